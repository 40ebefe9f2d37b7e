package cn.gov.gansu.gaoxin.evaluation;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** Stored evaluations on PostgreSQL. */
@OnPostgres
class EvaluationWorkflowApiPostgresTests extends EvaluationWorkflowApiContract {
}
