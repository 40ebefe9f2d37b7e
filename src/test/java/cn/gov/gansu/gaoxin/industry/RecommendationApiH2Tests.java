package cn.gov.gansu.gaoxin.industry;

/** The direct recommendations contract on the embedded H2 database. */
class RecommendationApiH2Tests extends RecommendationApiContract {
}
