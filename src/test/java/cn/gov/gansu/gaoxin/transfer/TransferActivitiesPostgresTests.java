package cn.gov.gansu.gaoxin.transfer;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** 成果征集 and 对接活动 on a real PostgreSQL. */
@OnPostgres
class TransferActivitiesPostgresTests extends TransferActivitiesContract {
}
