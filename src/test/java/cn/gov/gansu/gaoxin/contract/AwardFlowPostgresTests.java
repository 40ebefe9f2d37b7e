package cn.gov.gansu.gaoxin.contract;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** Contracts §7 end to end on PostgreSQL. */
@OnPostgres
class AwardFlowPostgresTests extends AwardFlowContract {
}
