package cn.gov.gansu.gaoxin.evaluation;

/** The evaluation preview on H2. */
class EvaluationPreviewApiH2Tests extends EvaluationPreviewApiContract {
}
