package cn.gov.gansu.gaoxin.innovation;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** The innovation points and ladder API contract on a real PostgreSQL. */
@OnPostgres
class InnovationApiPostgresTests extends InnovationApiContract {
}
