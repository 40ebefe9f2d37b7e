package cn.gov.gansu.gaoxin.innovation;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** 倍增计划, listings and tax incentives on a real PostgreSQL. */
@OnPostgres
class GrowthApiPostgresTests extends GrowthApiContract {
}
