package cn.gov.gansu.gaoxin.reporting;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** The zone profile contract on a real PostgreSQL. */
@OnPostgres
class ZoneProfileApiPostgresTests extends ZoneProfileApiContract {
}
