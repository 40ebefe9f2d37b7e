package cn.gov.gansu.gaoxin.industry;

import static cn.gov.gansu.gaoxin.industry.ZoneRows.amount;
import static cn.gov.gansu.gaoxin.industry.ZoneRows.text;
import static cn.gov.gansu.gaoxin.industry.ZoneRows.year;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Conflict;
import cn.gov.gansu.gaoxin.shared.Enums;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 高新区直接推荐申报 (第12条): a zone officer submits a project or platform application for its zone; a
 * province administrator other than the submitter accepts or rejects it with a comment; the zone may
 * withdraw it before. Reads within the caller's scope; the province administrator's 待办 are the
 * submitted ones it did not submit. Every step audited in its transaction; a decision on a changed
 * recommendation is refused (optimistic version).
 */
@Component
public class Recommendations {

    static final String COLUMNS = "id, zone_code, rec_year, category, name, applicant, amount, note, status, submitted_at, "
            + "submitted_by, decided_at, decided_by, decision_comment, version";
    static final Map<String, String> CATEGORIES = RecordKind.RECOMMENDATION.categories();

    private final JdbcClient jdbc;
    private final ZoneDirectory zones;
    private final AuditTrail audit;

    Recommendations(JdbcClient jdbc, ZoneDirectory zones, AuditTrail audit) {
        this.jdbc = jdbc;
        this.zones = zones;
        this.audit = audit;
    }

    /** A recommendation as sent by the zone. Money as a string in 元. */
    public record NewRecommendation(Integer year,
            @io.swagger.v3.oas.annotations.media.Schema(description = "取值：PROJECT 项目、PLATFORM 平台", allowableValues = {"PROJECT", "PLATFORM"}) String category, String name,
            @io.swagger.v3.oas.annotations.media.Schema(description = "申报单位") String applicant,
            @io.swagger.v3.oas.annotations.media.Schema(description = "拟申请支持金额（元），可空") String amountYuan, String note) {
    }

    /** The department's decision. */
    public record Decision(@io.swagger.v3.oas.annotations.media.Schema(description = "取值：ACCEPT 采纳、REJECT 不予采纳", allowableValues = {"ACCEPT", "REJECT"}) String decision,
            @io.swagger.v3.oas.annotations.media.Schema(description = "决定意见（必填）") String comment) {
    }

    /** The list's filter: a zone, a status, a year, and {@code todo} = what the caller may decide now. */
    public record Filter(String zone, RecommendationStatus status, Integer year, boolean todo) {
    }

    public record Page(List<Recommendation> items, long total) {
    }

    @Transactional
    public Recommendation submit(String zone, NewRecommendation r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.ZONE_OFFICER);
        ZoneRows.requireZone(zones, scope, zone, "只能为本高新区提交推荐");
        if (r == null) {
            throw new InvalidInput("请求体不能为空");
        }
        int year = year(r.year());
        String category = r.category() == null ? "" : r.category().trim();
        if (!CATEGORIES.containsKey(category)) {
            throw new InvalidInput("字段“category”：须为 PROJECT（项目）或 PLATFORM（平台）");
        }
        String name = text(r.name(), "name", 200);
        if (name == null) {
            throw new InvalidInput("字段“name”：推荐的项目或平台名称不能为空");
        }
        BigDecimal amount = amount(r.amountYuan());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO zone_recommendation (zone_code, rec_year, category, name, applicant, amount, note, status, submitted_at, "
                        + "submitted_by, version) VALUES (:z, :y, :c, :n, :a, :amt, :note, 'SUBMITTED', :at, :by, 0)")
                .param("z", zone).param("y", year).param("c", category).param("n", name).param("a", text(r.applicant(), "applicant", 200))
                .param("amt", amount).param("note", text(r.note(), "note", 2000)).param("at", Timestamp.from(Instant.now()))
                .param("by", scope.username()).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("RECOMMENDATION_SUBMITTED", "ZONE_RECOMMENDATION", String.valueOf(id),
                zone + "推荐" + CATEGORIES.get(category) + "：" + name + "，" + year + "年度");
        return find(id).orElseThrow();
    }

    @Transactional
    public Recommendation decide(long id, Decision d) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        if (d == null) {
            throw new InvalidInput("请求体不能为空");
        }
        RecommendationStatus decision = switch (d.decision() == null ? "" : d.decision().trim()) {
            case "ACCEPT" -> RecommendationStatus.ACCEPTED;
            case "REJECT" -> RecommendationStatus.REJECTED;
            default -> throw new InvalidInput("字段“decision”：须为 ACCEPT（采纳）或 REJECT（不予采纳）");
        };
        Recommendation before = find(id).orElseThrow(() -> new NotFound("推荐“" + id + "”不存在"));
        Recommendation after = before.decide(decision, scope.username(), d.comment(), Instant.now());
        save(before, after);
        audit.record(decision == RecommendationStatus.ACCEPTED ? "RECOMMENDATION_ACCEPTED" : "RECOMMENDATION_REJECTED",
                "ZONE_RECOMMENDATION", String.valueOf(id), before.zone() + "推荐的" + before.categoryName() + "“" + before.name() + "”"
                        + after.statusName() + "；意见：" + after.comment());
        return after;
    }

    @Transactional
    public Recommendation withdraw(long id) {
        DataScope scope = CurrentUser.requireAnyOf(Role.ZONE_OFFICER);
        Recommendation before = find(id).filter(r -> zones.canSee(scope, r.zone()))
                .orElseThrow(() -> new NotFound("推荐“" + id + "”不存在"));
        Recommendation after = before.withdraw(scope.username(), Instant.now());
        save(before, after);
        audit.record("RECOMMENDATION_WITHDRAWN", "ZONE_RECOMMENDATION", String.valueOf(id),
                before.zone() + "撤回推荐的" + before.categoryName() + "“" + before.name() + "”");
        return after;
    }

    private void save(Recommendation before, Recommendation after) {
        int n = jdbc.sql("UPDATE zone_recommendation SET status = :s, decided_at = :at, decided_by = :by, decision_comment = :c, "
                        + "version = :v WHERE id = :id AND version = :old")
                .param("s", after.status().name()).param("at", Timestamp.from(after.decidedAt())).param("by", after.decidedBy())
                .param("c", after.comment()).param("v", after.version()).param("id", before.id()).param("old", before.version())
                .update();
        if (n != 1) {
            throw new Conflict("推荐“" + before.name() + "”已被他人处理，请刷新后重试");
        }
    }

    /** One recommendation the caller's scope holds (others: 404). */
    public Recommendation get(DataScope scope, long id) {
        requireReader(scope);
        return find(id).filter(r -> zones.canSee(scope, r.zone())).orElseThrow(() -> new NotFound("推荐“" + id + "”不存在"));
    }

    /** The recommendations in scope, newest first; {@code todo}: those the caller may decide now. */
    public Page list(DataScope scope, Filter f, Paging paging) {
        requireReader(scope);
        ZoneRows.Query q = new ZoneRows.Query("zone_recommendation");
        if (!q.withinScope(zones, scope) || f.todo() && !scope.is(Role.PROVINCE_ADMIN)) {
            return new Page(List.of(), 0);
        }
        q.where("zone_code = :z", "z", f.zone() == null || f.zone().isBlank() ? null : f.zone())
                .where("status = :s", "s", f.status() == null ? null : f.status().name()).where("rec_year = :y", "y", f.year())
                .where("status = 'SUBMITTED' AND submitted_by <> :me", "me", f.todo() ? scope.username() : null);
        ZoneRows.Rows<Recommendation> rows = q.page(jdbc, COLUMNS, "id DESC", paging, (rs, n) -> map(rs));
        return new Page(rows.items(), rows.total());
    }

    /** 待办 of the caller: submitted recommendations a province administrator other than the submitter may decide. */
    public long todoCount(DataScope scope) {
        if (!scope.is(Role.PROVINCE_ADMIN)) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM zone_recommendation WHERE status = 'SUBMITTED' AND submitted_by <> :me")
                .param("me", scope.username()).query(Long.class).single();
    }

    /** Unscoped: a zone's recommendations of one year, for the clause report. */
    List<Recommendation> ofYear(String zone, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM zone_recommendation WHERE zone_code = :z AND rec_year = :y ORDER BY id")
                .param("z", zone).param("y", year).query((rs, n) -> map(rs)).list();
    }

    private Optional<Recommendation> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM zone_recommendation WHERE id = :id").param("id", id).query((rs, n) -> map(rs))
                .optional();
    }

    private static void requireReader(DataScope scope) {
        if (scope.role().scopeKind() == Role.ScopeKind.ENTERPRISE) {
            throw new Forbidden("企业用户无权查看高新区推荐申报");
        }
    }

    static RecommendationStatus status(String text) {
        return Enums.optional(RecommendationStatus.class, text, "参数“status”");
    }

    private static Recommendation map(java.sql.ResultSet rs) throws java.sql.SQLException {
        RecommendationStatus status = RecommendationStatus.valueOf(rs.getString(9));
        BigDecimal amount = rs.getBigDecimal(7);
        Timestamp decided = rs.getTimestamp(12);
        return new Recommendation(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), CATEGORIES.get(rs.getString(4)),
                rs.getString(5), rs.getString(6), amount == null ? null : amount.setScale(2).toPlainString(), rs.getString(8), status,
                status.chineseName(), rs.getTimestamp(10).toInstant(), rs.getString(11), decided == null ? null : decided.toInstant(),
                rs.getString(13), rs.getString(14), rs.getInt(15));
    }
}
