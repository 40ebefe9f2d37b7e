package cn.gov.gansu.gaoxin.security;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** {@link ScopeProbeContract} on PostgreSQL. */
@OnPostgres
class ScopeProbePostgresTests extends ScopeProbeContract {
}
