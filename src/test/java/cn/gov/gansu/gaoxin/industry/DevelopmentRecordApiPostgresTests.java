package cn.gov.gansu.gaoxin.industry;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** The development records contract on a real PostgreSQL. */
@OnPostgres
class DevelopmentRecordApiPostgresTests extends DevelopmentRecordApiContract {
}
