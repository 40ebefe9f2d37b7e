package cn.gov.gansu.gaoxin.talent;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** 人才 API on a real PostgreSQL. */
@OnPostgres
class TalentApiPostgresTests extends TalentApiContract {
}
