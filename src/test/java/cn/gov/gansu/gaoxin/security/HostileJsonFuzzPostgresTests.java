package cn.gov.gansu.gaoxin.security;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** {@link HostileJsonFuzzContract} on PostgreSQL. */
@OnPostgres
class HostileJsonFuzzPostgresTests extends HostileJsonFuzzContract {
}
