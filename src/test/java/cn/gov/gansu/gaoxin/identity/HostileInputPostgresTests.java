package cn.gov.gansu.gaoxin.identity;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** {@link HostileInputContract} on PostgreSQL. */
@OnPostgres
class HostileInputPostgresTests extends HostileInputContract {
}
