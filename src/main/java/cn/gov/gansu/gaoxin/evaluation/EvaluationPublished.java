package cn.gov.gansu.gaoxin.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 评价结果发布: a stored evaluation of a year was published (or a corrected version of it). The
 * policy engine listens to offer the clause 20 reward line (EVALUATION_TOP_RANK) to zones whose
 * consequences include REWARD.
 */
public record EvaluationPublished(int year, int version, LocalDate publishedOn, String method, List<Result> results) {

    /** One zone's published result; consequences as in contracts §4 (REWARD, PRAISE, …). */
    public record Result(String zone, int rank, boolean passed, BigDecimal total, List<String> consequences) {
    }
}
