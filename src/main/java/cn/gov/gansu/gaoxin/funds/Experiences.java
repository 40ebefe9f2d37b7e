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
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * 第二十一条 可复制可推广经验: submitted by a zone, reviewed by the province admin, who publishes it (then
 * every signed-in user reads it) or returns it with a comment. Unpublished ones are read within scope.
 */
@Service
public class Experiences {

    private final JdbcClient jdbc;
    private final FundsScope scopes;
    private final AuditTrail audit;
    private final Transactions tx;

    Experiences(JdbcClient jdbc, FundsScope scopes, AuditTrail audit, Transactions tx) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.audit = audit;
        this.tx = tx;
    }

    public Experience submit(NewExperience e) {
        DataScope scope = CurrentUser.requireAnyOf(Role.ZONE_OFFICER);
        if (e == null) {
            throw new InvalidInput("请求体不能为空");
        }
        String zone = e.zone() == null || e.zone().isBlank() ? scope.zone() : e.zone().trim();
        if (!scopes.canSeeZone(scope, zone)) {
            throw new Forbidden("只能报送本高新区的经验");
        }
        String title = SupportMeasures.required(e.title(), "title", "经验标题", 300);
        String summary = SupportMeasures.required(e.summary(), "summary", "经验内容", 8000);
        return tx.run(() -> {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO zone_experience (zone, title, summary, status, submitted_by, submitted_at) "
                            + "VALUES (:z, :t, :s, 'SUBMITTED', :by, :now)")
                    .param("z", zone).param("t", title).param("s", summary).param("by", scope.username())
                    .param("now", Timestamp.from(Instant.now())).update(keys, "id");
            long id = keys.getKey().longValue();
            audit.record("EXPERIENCE_SUBMITTED", "ZONE_EXPERIENCE", String.valueOf(id), scopes.zoneName(zone) + "报送经验《" + title + "》");
            return find(id).orElseThrow();
        });
    }

    /** 审核发布: PUBLISH or RETURN (with a comment), by the province admin. */
    public Experience review(long id, String decision, String comment) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        Experience x = find(id).orElseThrow(() -> new NotFound("经验“" + id + "”不存在"));
        String status = Review.status(decision, comment, "PUBLISHED");
        return tx.run(() -> {
            if (jdbc.sql("UPDATE zone_experience SET status = :s, reviewed_by = :by, reviewed_at = :now, review_comment = :c, "
                            + "published_on = :on WHERE id = :id AND status = 'SUBMITTED'")
                    .param("s", status).param("by", scope.username()).param("now", Timestamp.from(Instant.now()))
                    .param("c", comment == null ? "" : comment.trim())
                    .param("on", status.equals("PUBLISHED") ? Date.valueOf(FundUse.today()) : null).param("id", id).update() != 1) {
                throw new Conflict("经验“" + id + "”已审核，不能再次审核");
            }
            audit.record("EXPERIENCE_REVIEWED", "ZONE_EXPERIENCE", String.valueOf(id), Review.name(status) + "经验《" + x.title() + "》"
                    + (comment == null || comment.isBlank() ? "" : "；意见：" + comment.trim()));
            return find(id).orElseThrow();
        });
    }

    public Optional<Experience> find(DataScope scope, long id) {
        return find(id).filter(x -> x.status().equals("PUBLISHED") || (scope.role() != Role.ENTERPRISE && scopes.canSeeZone(scope, x.zone())));
    }

    Optional<Experience> find(long id) {
        return query(" AND id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Published experiences, and the unpublished ones of the zones in scope; newest first. */
    public List<Experience> list(DataScope scope, String zone, String status) {
        return ScopedFilter.of(scopes.zones(scope), "status = 'PUBLISHED'").map(f -> query(f.zone(zone).status(status)))
                .orElse(List.of());
    }

    private List<Experience> query(ScopedFilter f) {
        return query(f.where(), f.params());
    }

    private List<Experience> query(String where, Map<String, Object> params) {
        return jdbc.sql("SELECT id, zone, title, summary, status, submitted_by, reviewed_by, review_comment, published_on "
                        + "FROM zone_experience WHERE 1=1" + where + " ORDER BY id DESC LIMIT 1000").params(params)
                .query((rs, n) -> new Experience(rs.getLong(1), rs.getString(2), scopes.zoneName(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate()))
                .list();
    }

    public record NewExperience(String zone, String title, String summary) {
    }

    public record Experience(long id, String zone, String zoneName, String title, String summary, @io.swagger.v3.oas.annotations.media.Schema(description = "取值：SUBMITTED 已提交、PUBLISHED 已发布、RETURNED 已退回") String status, String submittedBy,
            String reviewedBy, String reviewComment, LocalDate publishedOn) {

        public String statusName() {
            return Review.name(status);
        }
    }
}
