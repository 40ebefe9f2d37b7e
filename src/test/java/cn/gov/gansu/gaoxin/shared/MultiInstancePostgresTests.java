package cn.gov.gansu.gaoxin.shared;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** Several instances on one database, on PostgreSQL. */
@OnPostgres
class MultiInstancePostgresTests extends MultiInstanceContract {
}
