package cn.gov.gansu.gaoxin.platform;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** The platform API contract on a real PostgreSQL. */
@OnPostgres
class PlatformApiPostgresTests extends PlatformApiContract {
}
