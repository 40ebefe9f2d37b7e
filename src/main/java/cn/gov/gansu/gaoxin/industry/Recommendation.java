package cn.gov.gansu.gaoxin.industry;

import java.time.Instant;

import cn.gov.gansu.gaoxin.shared.Conflict;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;

/**
 * 高新区直接推荐申报 (第12条): a project or platform application a zone recommends directly to the
 * department, and the department's decision. The steps are on the aggregate: a submitted
 * recommendation is accepted or rejected once, with a comment, by someone other than its submitter,
 * or withdrawn by the zone before that. Amount in 元 as a string; null = not given.
 */
public record Recommendation(long id, String zone, int year,
        @io.swagger.v3.oas.annotations.media.Schema(description = "取值：PROJECT 项目、PLATFORM 平台", allowableValues = {"PROJECT", "PLATFORM"}) String category, String categoryName, String name, String applicant,
        String amount, String note, RecommendationStatus status, String statusName, Instant submittedAt, String submittedBy,
        Instant decidedAt, String decidedBy, String comment, int version) {

    /** The department's decision: ACCEPTED or REJECTED, by {@code by}, now. */
    Recommendation decide(RecommendationStatus decision, String by, String decisionComment, Instant at) {
        if (decision != RecommendationStatus.ACCEPTED && decision != RecommendationStatus.REJECTED) {
            throw new InvalidInput("字段“decision”：须为 ACCEPT（采纳）或 REJECT（不予采纳）");
        }
        requireSubmitted();
        if (by.equals(submittedBy)) {
            throw new Forbidden("推荐人不能决定自己提交的推荐（须由另一位省科技厅管理员决定）");
        }
        if (decisionComment == null || decisionComment.isBlank()) {
            throw new InvalidInput("字段“comment”：须填写决定意见");
        }
        if (decisionComment.trim().length() > 1000) {
            throw new InvalidInput("字段“comment”：最多1000字");
        }
        return new Recommendation(id, zone, year, category, categoryName, name, applicant, amount, note, decision,
                decision.chineseName(), submittedAt, submittedBy, at, by, decisionComment.trim(), version + 1);
    }

    /** The zone takes back a recommendation not yet decided. */
    Recommendation withdraw(String by, Instant at) {
        requireSubmitted();
        return new Recommendation(id, zone, year, category, categoryName, name, applicant, amount, note,
                RecommendationStatus.WITHDRAWN, RecommendationStatus.WITHDRAWN.chineseName(), submittedAt, submittedBy, at, by,
                null, version + 1);
    }

    private void requireSubmitted() {
        if (status != RecommendationStatus.SUBMITTED) {
            throw new Conflict("推荐“" + name + "”" + statusName() + "，不能再决定或撤回");
        }
    }
}
