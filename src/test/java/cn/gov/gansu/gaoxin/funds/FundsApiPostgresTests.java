package cn.gov.gansu.gaoxin.funds;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** Contracts §10 and the funds module on PostgreSQL, where the races are real row locks. */
@OnPostgres
class FundsApiPostgresTests extends FundsApiContract {
}
