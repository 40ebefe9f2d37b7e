package cn.gov.gansu.gaoxin.evaluation;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** The evaluation preview on PostgreSQL. */
@OnPostgres
class EvaluationPreviewApiPostgresTests extends EvaluationPreviewApiContract {
}
