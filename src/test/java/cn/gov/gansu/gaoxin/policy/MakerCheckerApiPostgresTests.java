package cn.gov.gansu.gaoxin.policy;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** Maker-checker for the money rules on PostgreSQL. */
@OnPostgres
class MakerCheckerApiPostgresTests extends MakerCheckerApiContract {
}
