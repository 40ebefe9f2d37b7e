package cn.gov.gansu.gaoxin.award;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** Separation of duties (contracts §8) on a real PostgreSQL, where the races are real row locks. */
@OnPostgres
class SeparationOfDutiesPostgresTests extends SeparationOfDutiesContract {
}
