package cn.gov.gansu.gaoxin.evaluation;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** The registry indicators summed in the database equal the Java sums, on PostgreSQL. */
@OnPostgres
class RegistryIndicatorsPostgresTests extends RegistryIndicatorsContract {
}
