package cn.gov.gansu.gaoxin.enterprise;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** The enterprise API on a real PostgreSQL. */
@OnPostgres
class EnterpriseApiPostgresTests extends EnterpriseApiContract {
}
