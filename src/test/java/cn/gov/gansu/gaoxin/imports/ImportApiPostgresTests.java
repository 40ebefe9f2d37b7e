package cn.gov.gansu.gaoxin.imports;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** Excel import on a real PostgreSQL. */
@OnPostgres
class ImportApiPostgresTests extends ImportApiContract {
}
