package cn.gov.gansu.gaoxin.policy;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** Issue 7's rule fixes through the API, on PostgreSQL. */
@OnPostgres
class RuleFixApiPostgresTests extends RuleFixApiContract {
}
