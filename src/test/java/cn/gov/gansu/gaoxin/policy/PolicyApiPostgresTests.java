package cn.gov.gansu.gaoxin.policy;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** The policy API on PostgreSQL. */
@OnPostgres
class PolicyApiPostgresTests extends PolicyApiContract {
}
