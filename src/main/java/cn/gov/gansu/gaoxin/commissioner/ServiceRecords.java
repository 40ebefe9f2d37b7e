package cn.gov.gansu.gaoxin.commissioner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Conflict;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 服务记录与满意度 (clause 7): the zone (or the province) logs what the assigned commissioner did for
 * a need; the enterprise rates it once (1–5); the yearly report gives per commissioner the needs
 * served, days and hours logged and the mean rating — null when no one rated (never zero).
 */
@Service
public class ServiceRecords {

    private final JdbcClient jdbc;
    private final ZoneDirectory zones;
    private final AuditTrail audit;

    ServiceRecords(JdbcClient jdbc, ZoneDirectory zones, AuditTrail audit) {
        this.jdbc = jdbc;
        this.zones = zones;
        this.audit = audit;
    }

    public record NewServiceLog(LocalDate date, BigDecimal hours, String content) {
    }

    public record Rating(Integer score, String comment) {
    }

    /** One commissioner's year: needs served in the year's latest plan, logs, hours, mean rating (null = none). */
    public record CommissionerYear(long commissioner, String name, long needsServed, long serviceLogs, BigDecimal hours,
            BigDecimal meanSatisfaction, long ratings) {
    }

    private record Assigned(long commissioner, String zone, String enterprise) {
    }

    private Assigned assigned(long dispatchId, long needId) {
        return jdbc.sql("SELECT l.commissioner_id, n.zone_code, n.enterprise_uscc FROM commissioner_dispatch_line l "
                        + "JOIN commissioner_need n ON n.id = l.need_id WHERE l.dispatch_id = :d AND l.need_id = :n")
                .param("d", dispatchId).param("n", needId)
                .query((rs, i) -> {
                    long c = rs.getLong(1);
                    return rs.wasNull() ? null : new Assigned(c, rs.getString(2), rs.getString(3));
                }).optional().orElseThrow(() -> new NotFound("需求 " + needId + " 不在选派方案 " + dispatchId + " 中，或尚未分配专员"));
    }

    @Transactional
    public long log(long dispatchId, long needId, NewServiceLog r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        if (r == null) {
            throw new InvalidInput("请求体不能为空");
        }
        Assigned a = assigned(dispatchId, needId);
        if (!zones.canSee(scope, a.zone())) {
            throw new Forbidden("只能记录本高新区企业的专员服务");
        }
        if (r.date() == null || r.date().isAfter(LocalDate.now().plusDays(1))) {
            throw new InvalidInput("字段“date”：服务日期不能为空，也不能晚于今天");
        }
        if (r.hours() == null || r.hours().compareTo(new BigDecimal("0.5")) < 0 || r.hours().compareTo(new BigDecimal("24")) > 0
                || r.hours().stripTrailingZeros().scale() > 1) {
            throw new InvalidInput("字段“hours”：服务时长须为0.5至24小时，最多一位小数");
        }
        String content = r.content() == null ? "" : r.content().strip();
        if (content.isEmpty() || content.length() > 2000) {
            throw new InvalidInput("字段“content”：服务内容须为1至2000字");
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO commissioner_service_log (dispatch_id, need_id, commissioner_id, served_on, hours, content, recorded_at, recorded_by) "
                        + "VALUES (:d, :n, :c, :on, :h, :content, :at, :by)")
                .param("d", dispatchId).param("n", needId).param("c", a.commissioner()).param("on", Date.valueOf(r.date()))
                .param("h", r.hours()).param("content", content).param("at", Timestamp.from(Instant.now()))
                .param("by", scope.username()).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("COMMISSIONER_SERVICE_LOGGED", "COMMISSIONER_DISPATCH", String.valueOf(dispatchId),
                "需求 " + needId + " 专员 " + a.commissioner() + " " + r.date() + " 服务 " + r.hours().toPlainString() + " 小时");
        return id;
    }

    @Transactional
    public void rate(long dispatchId, long needId, Rating r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.ENTERPRISE);
        Assigned a = assigned(dispatchId, needId);
        if (!a.enterprise().equals(scope.enterprise())) {
            throw new Forbidden("只有提出需求的企业可以评价专员服务");
        }
        if (r == null || r.score() == null || r.score() < 1 || r.score() > 5) {
            throw new InvalidInput("字段“score”：满意度须为1至5的整数");
        }
        String comment = r.comment() == null || r.comment().isBlank() ? null : r.comment().strip();
        if (comment != null && comment.length() > 1000) {
            throw new InvalidInput("字段“comment”：评价过长（最多1000字）");
        }
        try {
            jdbc.sql("INSERT INTO commissioner_satisfaction (dispatch_id, need_id, commissioner_id, score, comment, rated_at, rated_by) "
                            + "VALUES (:d, :n, :c, :s, :comment, :at, :by)")
                    .param("d", dispatchId).param("n", needId).param("c", a.commissioner()).param("s", r.score())
                    .param("comment", comment).param("at", Timestamp.from(Instant.now())).param("by", scope.username()).update();
        } catch (DuplicateKeyException e) {
            throw new Conflict("本需求的专员服务已评价过");
        }
        audit.record("COMMISSIONER_RATED", "COMMISSIONER_DISPATCH", String.valueOf(dispatchId),
                "需求 " + needId + " 企业评价专员 " + a.commissioner() + "：" + r.score() + " 分");
    }

    /** 年度报告: per commissioner, over the year's latest plan (province roles only). */
    @Transactional(readOnly = true)
    public List<CommissionerYear> report(int year) {
        DataScope scope = CurrentUser.scope();
        if (!scope.provinceWide()) {
            throw new Forbidden("科技专员年度报告仅供省级用户查看");
        }
        Long plan = jdbc.sql("SELECT MAX(id) FROM commissioner_dispatch WHERE dispatch_year = :y").param("y", year)
                .query(Long.class).optional().orElse(null);
        if (plan == null) {
            return List.of();
        }
        return jdbc.sql("SELECT c.id, c.name, "
                        + "(SELECT COUNT(*) FROM commissioner_dispatch_line l WHERE l.dispatch_id = :p AND l.commissioner_id = c.id), "
                        + "(SELECT COUNT(*) FROM commissioner_service_log s WHERE s.dispatch_id = :p AND s.commissioner_id = c.id), "
                        + "(SELECT SUM(s.hours) FROM commissioner_service_log s WHERE s.dispatch_id = :p AND s.commissioner_id = c.id), "
                        + "(SELECT SUM(r.score) FROM commissioner_satisfaction r WHERE r.dispatch_id = :p AND r.commissioner_id = c.id), "
                        + "(SELECT COUNT(*) FROM commissioner_satisfaction r WHERE r.dispatch_id = :p AND r.commissioner_id = c.id) "
                        + "FROM commissioner c WHERE EXISTS (SELECT 1 FROM commissioner_dispatch_line l WHERE l.dispatch_id = :p "
                        + "AND l.commissioner_id = c.id) ORDER BY c.id")
                .param("p", plan).query((rs, n) -> {
                    BigDecimal hours = rs.getBigDecimal(5);
                    long ratings = rs.getLong(7);
                    BigDecimal mean = ratings == 0 ? null
                            : rs.getBigDecimal(6).divide(BigDecimal.valueOf(ratings), 2, RoundingMode.HALF_UP);
                    return new CommissionerYear(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                            hours == null ? BigDecimal.ZERO.setScale(1) : hours, mean, ratings);
                }).list();
    }
}
