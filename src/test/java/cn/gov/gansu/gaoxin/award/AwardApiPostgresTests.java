package cn.gov.gansu.gaoxin.award;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** The award API on a real PostgreSQL, where the races are real row locks. */
@OnPostgres
class AwardApiPostgresTests extends AwardApiContract {
}
