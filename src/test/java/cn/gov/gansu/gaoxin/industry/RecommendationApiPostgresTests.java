package cn.gov.gansu.gaoxin.industry;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** The direct recommendations contract on a real PostgreSQL. */
@OnPostgres
class RecommendationApiPostgresTests extends RecommendationApiContract {
}
