package cn.gov.gansu.gaoxin.transfer;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Conflict;
import cn.gov.gansu.gaoxin.shared.Enums;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 科技成果征集 (clause 6 "常态化开展科技成果征集、发布"): the province opens a campaign, owners (or their
 * zone) submit achievements from the library until it closes, the province accepts or rejects each
 * submission, and publishes the campaign once nothing awaits review — the published list is the
 * accepted achievements.
 */
@Service
public class Campaigns {

    public enum Status {
        OPEN("征集中"), PUBLISHED("已发布");

        private final String chineseName;

        Status(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    public enum SubmissionStatus {
        SUBMITTED("待审核"), ACCEPTED("已入选"), REJECTED("未入选");

        private final String chineseName;

        SubmissionStatus(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    /** The decision of a review: only ACCEPTED or REJECTED. */
    public enum Decision {
        ACCEPTED, REJECTED
    }

    public record Campaign(long id, String title, String field, LocalDate closesOn, Status status, List<Submission> submissions) {
    }

    public record Submission(long achievement, String title, String owner, SubmissionStatus status, String comment) {
    }

    public record NewCampaign(String title, String field, LocalDate closesOn) {
    }

    public record Review(@io.swagger.v3.oas.annotations.media.Schema(implementation = Decision.class) String decision, String comment) {
    }

    private final JdbcClient jdbc;
    private final EnterpriseRegistry enterprises;
    private final AuditTrail audit;

    Campaigns(JdbcClient jdbc, EnterpriseRegistry enterprises, AuditTrail audit) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.audit = audit;
    }

    @Transactional
    public Campaign open(NewCampaign r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        if (r == null) {
            throw new InvalidInput("请求体不能为空");
        }
        String title = r.title() == null ? "" : r.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new InvalidInput("字段“title”：征集活动名称须为1至200字");
        }
        String field = r.field() == null || r.field().isBlank() ? null : r.field().strip();
        if (field != null && field.length() > 100) {
            throw new InvalidInput("字段“field”：技术领域过长（最多100字）");
        }
        if (r.closesOn() == null) {
            throw new InvalidInput("字段“closesOn”：截止日期不能为空（格式 yyyy-MM-dd）");
        }
        if (r.closesOn().isBefore(today())) {
            throw new InvalidInput("字段“closesOn”：截止日期 " + r.closesOn() + " 已过");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO achievement_campaign (title, field, closes_on, status, created_at, created_by) "
                        + "VALUES (:title, :field, :closes, 'OPEN', :at, :by)")
                .param("title", title).param("field", field).param("closes", Date.valueOf(r.closesOn()))
                .param("at", Timestamp.from(Instant.now())).param("by", scope.username()).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("CAMPAIGN_OPENED", "ACHIEVEMENT_CAMPAIGN", String.valueOf(id), "发起科技成果征集“" + title + "”，截止 " + r.closesOn());
        return find(id).orElseThrow();
    }

    @Transactional
    public Campaign submit(long campaignId, Long achievementId) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER, Role.ENTERPRISE);
        Campaign c = find(campaignId).orElseThrow(() -> new NotFound("征集活动 " + campaignId + " 不存在"));
        if (achievementId == null) {
            throw new InvalidInput("字段“achievement”：须填写成果库中的成果编号");
        }
        if (c.status() != Status.OPEN) {
            throw new Conflict("征集活动“" + c.title() + "”已发布，不再接受申报");
        }
        if (c.closesOn().isBefore(today())) {
            throw new Conflict("征集活动“" + c.title() + "”已于 " + c.closesOn() + " 截止");
        }
        record Owner(String uscc, String title) {
        }
        Owner owner = jdbc.sql("SELECT owner_uscc, title FROM tech_achievement WHERE id = :id").param("id", achievementId)
                .query((rs, n) -> new Owner(rs.getString(1), rs.getString(2))).optional()
                .orElseThrow(() -> new NotFound("字段“achievement”：科技成果 " + achievementId + " 不存在"));
        boolean mayAct = scope.provinceWide()
                || (owner.uscc() != null && enterprises.find(scope, owner.uscc()).isPresent());
        if (!mayAct) {
            throw new Forbidden("只能申报本企业或本高新区企业持有的成果");
        }
        try {
            jdbc.sql("INSERT INTO campaign_submission (campaign_id, achievement_id, status, submitted_at, submitted_by) "
                            + "VALUES (:c, :a, 'SUBMITTED', :at, :by)")
                    .param("c", campaignId).param("a", achievementId).param("at", Timestamp.from(Instant.now()))
                    .param("by", scope.username()).update();
        } catch (DuplicateKeyException e) {
            throw new Conflict("成果“" + owner.title() + "”已申报本次征集");
        }
        audit.record("CAMPAIGN_SUBMITTED", "ACHIEVEMENT_CAMPAIGN", String.valueOf(campaignId),
                "申报成果 " + achievementId + "“" + owner.title() + "”");
        return find(campaignId).orElseThrow();
    }

    @Transactional
    public Campaign review(long campaignId, long achievementId, Review r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        Campaign c = find(campaignId).orElseThrow(() -> new NotFound("征集活动 " + campaignId + " 不存在"));
        Decision decision = Enums.required(Decision.class, r == null ? null : r.decision(), "字段“decision”");
        String comment = r.comment() == null || r.comment().isBlank() ? null : r.comment().strip();
        if (comment != null && comment.length() > 1000) {
            throw new InvalidInput("字段“comment”：审核意见过长（最多1000字）");
        }
        if (decision == Decision.REJECTED && comment == null) {
            throw new InvalidInput("字段“comment”：不予入选须写明理由");
        }
        if (c.status() != Status.OPEN) {
            throw new Conflict("征集活动已发布，审核结果不能再改");
        }
        int changed = jdbc.sql("UPDATE campaign_submission SET status = :s, review_comment = :comment, reviewed_at = :at, reviewed_by = :by "
                        + "WHERE campaign_id = :c AND achievement_id = :a AND status = 'SUBMITTED'")
                .param("s", decision.name()).param("comment", comment).param("at", Timestamp.from(Instant.now()))
                .param("by", scope.username()).param("c", campaignId).param("a", achievementId).update();
        if (changed == 0) {
            boolean exists = c.submissions().stream().anyMatch(s -> s.achievement() == achievementId);
            throw exists ? new Conflict("成果 " + achievementId + " 已审核") : new NotFound("成果 " + achievementId + " 未申报本次征集");
        }
        audit.record("CAMPAIGN_REVIEWED", "ACHIEVEMENT_CAMPAIGN", String.valueOf(campaignId),
                "成果 " + achievementId + (decision == Decision.ACCEPTED ? " 入选" : " 未入选：" + comment));
        return find(campaignId).orElseThrow();
    }

    @Transactional
    public Campaign publish(long campaignId) {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        Campaign c = find(campaignId).orElseThrow(() -> new NotFound("征集活动 " + campaignId + " 不存在"));
        if (c.status() == Status.PUBLISHED) {
            throw new Conflict("征集活动“" + c.title() + "”已发布");
        }
        long pending = c.submissions().stream().filter(s -> s.status() == SubmissionStatus.SUBMITTED).count();
        if (pending > 0) {
            throw new Conflict("尚有 " + pending + " 项申报未审核，审核完毕后才能发布");
        }
        jdbc.sql("UPDATE achievement_campaign SET status = 'PUBLISHED', published_at = :at WHERE id = :id AND status = 'OPEN'")
                .param("at", Timestamp.from(Instant.now())).param("id", campaignId).update();
        long accepted = c.submissions().stream().filter(s -> s.status() == SubmissionStatus.ACCEPTED).count();
        audit.record("CAMPAIGN_PUBLISHED", "ACHIEVEMENT_CAMPAIGN", String.valueOf(campaignId),
                "发布征集结果“" + c.title() + "”，入选成果 " + accepted + " 项");
        return find(campaignId).orElseThrow();
    }

    /**
     * What a list of campaigns is narrowed to, each part optional: words of the title, the technical
     * field (exact), the status and the closing date from / to (inclusive).
     */
    public record CampaignFilter(String title, String field, Status status, LocalDate closesFrom, LocalDate closesTo) {

        public static final CampaignFilter NONE = new CampaignFilter(null, null, null, null, null);
    }

    /**
     * A page of campaigns, newest first, narrowed by the filter. Campaigns are province-wide and public to
     * signed-in users, so every role sees the same rows; a closing-date range ending before it starts is a 400.
     */
    @Transactional(readOnly = true)
    public TransferManagement.Page<Campaign> list(CampaignFilter f, cn.gov.gansu.gaoxin.shared.web.Paging paging) {
        CurrentUser.scope();
        CampaignFilter filter = f == null ? CampaignFilter.NONE : f;
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String title = filter.title() == null || filter.title().isBlank() ? null : filter.title().strip();
        if (title != null) {
            where.append(" AND title LIKE :title");
            params.put("title", "%" + title.replace("%", "").replace("_", "") + "%");
        }
        String field = filter.field() == null || filter.field().isBlank() ? null : filter.field().strip();
        if (field != null) {
            where.append(" AND field = :field");
            params.put("field", field);
        }
        if (filter.status() != null) {
            where.append(" AND status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.closesFrom() != null && filter.closesTo() != null && filter.closesTo().isBefore(filter.closesFrom())) {
            throw new InvalidInput("参数“closesTo”：截止日期范围的结束 " + filter.closesTo() + " 早于开始 " + filter.closesFrom());
        }
        if (filter.closesFrom() != null) {
            where.append(" AND closes_on >= :from");
            params.put("from", Date.valueOf(filter.closesFrom()));
        }
        if (filter.closesTo() != null) {
            where.append(" AND closes_on <= :to");
            params.put("to", Date.valueOf(filter.closesTo()));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM achievement_campaign" + where).params(params).query(Long.class).single();
        List<Campaign> items = jdbc.sql("SELECT id FROM achievement_campaign" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset()).query(Long.class).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
        return new TransferManagement.Page<>(items, total);
    }

    /** A campaign with all its submissions (the library and campaigns are public to signed-in users). */
    @Transactional(readOnly = true)
    public Optional<Campaign> find(long id) {
        CurrentUser.scope();
        List<Submission> subs = jdbc.sql("SELECT s.achievement_id, a.title, a.owner_name, s.status, s.review_comment "
                        + "FROM campaign_submission s JOIN tech_achievement a ON a.id = s.achievement_id "
                        + "WHERE s.campaign_id = :id ORDER BY s.achievement_id")
                .param("id", id).query((rs, n) -> new Submission(rs.getLong(1), rs.getString(2), rs.getString(3),
                        SubmissionStatus.valueOf(rs.getString(4)), rs.getString(5)))
                .list();
        return jdbc.sql("SELECT id, title, field, closes_on, status FROM achievement_campaign WHERE id = :id").param("id", id)
                .query((rs, n) -> new Campaign(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                        Status.valueOf(rs.getString(5)), subs))
                .optional();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
