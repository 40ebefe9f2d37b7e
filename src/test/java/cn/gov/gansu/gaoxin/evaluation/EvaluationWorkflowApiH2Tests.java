package cn.gov.gansu.gaoxin.evaluation;

/** Stored evaluations on H2. */
class EvaluationWorkflowApiH2Tests extends EvaluationWorkflowApiContract {
}
