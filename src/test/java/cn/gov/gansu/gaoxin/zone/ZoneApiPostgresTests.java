package cn.gov.gansu.gaoxin.zone;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** The zone registry on PostgreSQL. */
@OnPostgres
class ZoneApiPostgresTests extends ZoneApiContract {
}
