package cn.gov.gansu.gaoxin.innovation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Enums;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 倍增计划 (clause 10: 实施科技创新型企业和高新技术企业倍增计划): per zone and qualification a target number
 * of enterprises by a year, against the count at the end of a base year. The target is data the
 * province administrator sets; the counts come from the registry (enterprises in the zone on 31
 * December holding a valid qualification of that kind, dated membership), so progress is never stored.
 */
@Component
public class DoublingPlans {

    private final JdbcClient jdbc;
    private final InnovationPoints points;
    private final AuditTrail audit;

    DoublingPlans(JdbcClient jdbc, InnovationPoints points, AuditTrail audit) {
        this.jdbc = jdbc;
        this.points = points;
        this.audit = audit;
    }

    /** A target as sent. */
    public record NewTarget(
            @io.swagger.v3.oas.annotations.media.Schema(implementation = QualificationType.class, description = "资质，如 HIGH_TECH_ENTERPRISE、TECH_SME") String qualification,
            Integer baseYear, Integer targetYear, Integer targetCount, String note) {
    }

    /**
     * A target with its progress at the end of {@code year}: {@code baseCount} at the base year's end,
     * {@code current} at the year's end, {@code progress} = (current − base) ÷ (target − base), null when the
     * target is not above the base; {@code expected} = where a straight line from base to target would be.
     */
    public record Target(String zone,
            @io.swagger.v3.oas.annotations.media.Schema(implementation = QualificationType.class) String qualification, String qualificationName, int baseYear, int targetYear,
            int targetCount, String note, long baseCount, int year, long current, Long remaining, Double progress,
            Double expected, Boolean onTrack, boolean reached) {
    }

    public record Plan(String zone, int year, List<Target> targets) {
    }

    @Transactional
    public Target set(String zone, NewTarget t) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        points.requireZoneInScope(scope, zone);
        if (t == null) {
            throw new InvalidInput("请求体不能为空");
        }
        QualificationType q = Enums.required(QualificationType.class, t.qualification(), "字段“qualification”");
        if (t.baseYear() == null || t.baseYear() < 2000 || t.baseYear() > 2100) {
            throw new InvalidInput("字段“baseYear”：基准年度须为2000至2100之间的年度");
        }
        if (t.targetYear() == null || t.targetYear() <= t.baseYear() || t.targetYear() > 2100) {
            throw new InvalidInput("字段“targetYear”：目标年度须晚于基准年度且不晚于2100年");
        }
        if (t.targetCount() == null || t.targetCount() < 1 || t.targetCount() > 1_000_000) {
            throw new InvalidInput("字段“targetCount”：目标数须为1至1000000之间的整数");
        }
        String note = t.note() == null || t.note().isBlank() ? null : t.note().trim();
        if (note != null && note.length() > 500) {
            throw new InvalidInput("字段“note”：最多500字");
        }
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql("UPDATE zone_doubling_target SET base_year = :b, target_year = :t, target_count = :c, note = :n, "
                        + "set_at = :at, set_by = :by WHERE zone_code = :z AND qualification = :q")
                .param("b", t.baseYear()).param("t", t.targetYear()).param("c", t.targetCount()).param("n", note).param("at", now)
                .param("by", scope.username()).param("z", zone).param("q", q.name()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO zone_doubling_target (zone_code, qualification, base_year, target_year, target_count, note, set_at, set_by) "
                            + "VALUES (:z, :q, :b, :t, :c, :n, :at, :by)")
                    .param("z", zone).param("q", q.name()).param("b", t.baseYear()).param("t", t.targetYear()).param("c", t.targetCount())
                    .param("n", note).param("at", now).param("by", scope.username()).update();
        }
        audit.record("DOUBLING_TARGET_SET", "ZONE", zone, q.chineseName() + "倍增目标：" + t.baseYear() + "年末基数 → "
                + t.targetYear() + "年达到" + t.targetCount() + "家");
        int year = Math.min(LocalDate.now().getYear() - 1, t.targetYear());
        return progress(zone, Math.max(year, t.baseYear())).stream().filter(x -> x.qualification().equals(q.name())).findFirst()
                .orElseThrow();
    }

    @Transactional
    public void remove(String zone, String qualification) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        points.requireZoneInScope(scope, zone);
        QualificationType q = Enums.required(QualificationType.class, qualification, "参数“qualification”");
        int n = jdbc.sql("DELETE FROM zone_doubling_target WHERE zone_code = :z AND qualification = :q").param("z", zone)
                .param("q", q.name()).update();
        if (n == 0) {
            throw new cn.gov.gansu.gaoxin.shared.NotFound("高新区“" + zone + "”没有" + q.chineseName() + "倍增目标");
        }
        audit.record("DOUBLING_TARGET_REMOVED", "ZONE", zone, "删除" + q.chineseName() + "倍增目标");
    }

    /** The zone's targets with progress at the end of {@code year}, within the caller's scope. */
    @Transactional(readOnly = true)
    public Plan plan(DataScope scope, String zone, int year) {
        InnovationPoints.checkYear(year);
        points.requireZoneInScope(scope, zone);
        return new Plan(zone, year, progress(zone, year));
    }

    /** Unscoped: the caller checked the zone. */
    @Transactional(readOnly = true)
    public List<Target> progress(String zone, int year) {
        record Row(String q, int base, int target, int count, String note) {
        }
        List<Row> rows = jdbc.sql("SELECT qualification, base_year, target_year, target_count, note FROM zone_doubling_target "
                        + "WHERE zone_code = :z ORDER BY qualification")
                .param("z", zone).query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5)))
                .list();
        List<Target> out = new ArrayList<>();
        for (Row r : rows) {
            QualificationType q = QualificationType.valueOf(r.q());
            long base = count(zone, r.base(), q);
            long current = count(zone, year, q);
            Double progress = r.count() > base ? round((double) (current - base) / (r.count() - base)) : null;
            Double expected = null;
            Boolean onTrack = null;
            if (year >= r.base() && r.count() > base) {
                expected = round(Math.min(1.0, (double) (year - r.base()) / (r.target() - r.base())));
                onTrack = progress >= expected;
            }
            out.add(new Target(zone, q.name(), q.chineseName(), r.base(), r.target(), r.count(), r.note(), base, year, current,
                    Math.max(0, r.count() - current), progress, expected, onTrack, current >= r.count()));
        }
        return out;
    }

    private long count(String zone, int year, QualificationType q) {
        return points.zoneMembers(zone, year).stream().filter(m -> Boolean.TRUE.equals(m.validAtYearEnd().get(q))).count();
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }
}
