package cn.gov.gansu.gaoxin.funds;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * 第二十一条 规划: a zone's 十四五 industrial and innovation plans — uploaded (with the document) by the
 * zone, dated by their adoption, reviewed (accepted or returned) by its city or the province admin.
 */
@Service
public class ZonePlans {

    private final JdbcClient jdbc;
    private final FundsScope scopes;
    private final Attachments attachments;
    private final AuditTrail audit;
    private final Transactions tx;

    ZonePlans(JdbcClient jdbc, FundsScope scopes, Attachments attachments, AuditTrail audit, Transactions tx) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.attachments = attachments;
        this.audit = audit;
        this.tx = tx;
    }

    public Plan submit(NewPlan p) {
        DataScope scope = CurrentUser.requireAnyOf(Role.ZONE_OFFICER);
        if (p == null) {
            throw new InvalidInput("请求体不能为空");
        }
        String zone = p.zone() == null || p.zone().isBlank() ? scope.zone() : p.zone().trim();
        if (!scopes.canSeeZone(scope, zone)) {
            throw new Forbidden("只能报送本高新区的规划");
        }
        PlanKind kind = Enums.required(PlanKind.class, p.kind(), "字段“kind”");
        String title = SupportMeasures.required(p.title(), "title", "规划名称", 300);
        String period = p.period() == null || p.period().isBlank() ? "十四五" : p.period().trim();
        if (period.length() > 40) {
            throw new InvalidInput("字段“period”：规划期最多40字");
        }
        LocalDate adopted = SupportMeasures.date(p.adoptedOn(), "adoptedOn");
        return tx.run(() -> {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO zone_plan (zone, kind, title, plan_period, adopted_on, status, submitted_by, submitted_at) "
                            + "VALUES (:z, :k, :t, :p, :a, 'SUBMITTED', :by, :now)")
                    .param("z", zone).param("k", kind.name()).param("t", title).param("p", period).param("a", Date.valueOf(adopted))
                    .param("by", scope.username()).param("now", Timestamp.from(Instant.now())).update(keys, "id");
            long id = keys.getKey().longValue();
            audit.record("ZONE_PLAN_SUBMITTED", "ZONE_PLAN", String.valueOf(id), scopes.zoneName(zone) + "报送" + period + kind.chineseName()
                    + "《" + title + "》（" + adopted + "印发）");
            return find(id).orElseThrow();
        });
    }

    public AttachmentInfo attach(long id, MultipartFile file) {
        DataScope scope = CurrentUser.requireAnyOf(Role.ZONE_OFFICER);
        Plan p = find(scope, id).orElseThrow(() -> new NotFound("规划“" + id + "”不存在"));
        return tx.run(() -> {
            AttachmentInfo info = attachments.add("PLAN", p.id(), file, scope.username());
            audit.record("ZONE_PLAN_ATTACHED", "ZONE_PLAN", String.valueOf(id), "上传规划文件" + info.fileName());
            return info;
        });
    }

    /** 审核: the zone's city officer or the province admin accepts (ACCEPT) or returns (RETURN, with a comment). */
    public Plan review(long id, String decision, String comment) {
        DataScope scope = CurrentUser.requireAnyOf(Role.CITY_OFFICER, Role.PROVINCE_ADMIN);
        Plan p = find(scope, id).orElseThrow(() -> new NotFound("规划“" + id + "”不存在"));
        String status = Review.status(decision, comment, "ACCEPTED");
        return tx.run(() -> {
            if (jdbc.sql("UPDATE zone_plan SET status = :s, reviewed_by = :by, reviewed_at = :now, review_comment = :c "
                            + "WHERE id = :id AND status = 'SUBMITTED'")
                    .param("s", status).param("by", scope.username()).param("now", Timestamp.from(Instant.now()))
                    .param("c", comment == null ? "" : comment.trim()).param("id", id).update() != 1) {
                throw new Conflict("规划“" + id + "”已审核，不能再次审核");
            }
            audit.record("ZONE_PLAN_REVIEWED", "ZONE_PLAN", String.valueOf(id), Review.name(status) + scopes.zoneName(p.zone()) + "规划《"
                    + p.title() + "》" + (comment == null || comment.isBlank() ? "" : "；意见：" + comment.trim()));
            return find(id).orElseThrow();
        });
    }

    public Optional<Plan> find(DataScope scope, long id) {
        return find(id).filter(p -> scopes.canSeeZone(scope, p.zone()) && scope.role() != Role.ENTERPRISE);
    }

    Optional<Plan> find(long id) {
        return query(" AND id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Plans of the zones in scope (an enterprise sees none), newest first. */
    public List<Plan> list(DataScope scope, String zone, String status) {
        return ScopedFilter.of(scopes.zones(scope), null).map(f -> query(f.zone(zone).status(status)))
                .orElse(List.of());
    }

    private List<Plan> query(ScopedFilter f) {
        return query(f.where(), f.params());
    }

    private List<Plan> query(String where, Map<String, Object> params) {
        return jdbc.sql("SELECT id, zone, kind, title, plan_period, adopted_on, status, submitted_by, reviewed_by, review_comment "
                        + "FROM zone_plan WHERE 1=1" + where + " ORDER BY id DESC LIMIT 1000").params(params)
                .query((rs, n) -> new Plan(rs.getLong(1), rs.getString(2), scopes.zoneName(rs.getString(2)), PlanKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), attachments.list("PLAN", rs.getLong(1))))
                .list();
    }

    public enum PlanKind {
        INDUSTRY("产业发展规划"), INNOVATION("创新发展规划");

        private final String chineseName;

        PlanKind(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    public record NewPlan(String zone, @io.swagger.v3.oas.annotations.media.Schema(implementation = PlanKind.class) String kind, String title, String period, String adoptedOn) {
    }

    public record Plan(long id, String zone, String zoneName, PlanKind kind, String title, String period, LocalDate adoptedOn,
            @io.swagger.v3.oas.annotations.media.Schema(description = "取值：SUBMITTED 已提交、ACCEPTED 已通过、RETURNED 已退回") String status, String submittedBy, String reviewedBy, String reviewComment, List<AttachmentInfo> attachments) {

        public String statusName() {
            return Review.name(status);
        }
    }
}
