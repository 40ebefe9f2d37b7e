package cn.gov.gansu.gaoxin.evaluation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评价数据: the indicator values of each evaluated zone and year — computed from the registries,
 * overridden by officials' corrections (each with its reason, audited, append-only) — and the
 * completeness check: a value that is neither computed nor corrected is flagged, never zero.
 */
@Component
class EvaluationData {

    private final JdbcClient jdbc;
    private final RegistryIndicators registry;
    private final IndicatorCatalogue catalogues;
    private final ZoneDirectory zones;
    private final AuditTrail audit;

    EvaluationData(JdbcClient jdbc, RegistryIndicators registry, IndicatorCatalogue catalogues, ZoneDirectory zones,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.catalogues = catalogues;
        this.zones = zones;
        this.audit = audit;
    }

    /** One indicator value: source COMPUTED, CORRECTED or MISSING; {@code note} says how or why. */
    record Cell(String code, Double value, String source, String note, String reason, String correctedBy) {
    }

    /** One zone's row of the data table. */
    record ZoneRow(String zone, String name, List<Cell> cells, List<String> missing) {
    }

    /** The values of every evaluated zone (zone → code → cell), corrections applied. */
    Map<String, Map<String, Cell>> values(int year, IndicatorCatalogue.Catalogue catalogue, List<Zone> evaluated) {
        Map<String, Map<String, RegistryIndicators.Measured>> computed = registry.compute(year, evaluated, catalogue);
        Map<String, Cell> corrections = new HashMap<>();
        jdbc.sql("SELECT zone_code, indicator, amount, reason, corrected_by FROM evaluation_correction WHERE eval_year = :y "
                        + "AND status = 'ACCEPTED' ORDER BY id")
                .param("y", year).query(rs -> {
                    corrections.put(rs.getString(1) + "|" + rs.getString(2), new Cell(rs.getString(2),
                            rs.getBigDecimal(3).doubleValue(), "CORRECTED", "人工更正", rs.getString(4), rs.getString(5)));
                });
        Map<String, Map<String, Cell>> out = new LinkedHashMap<>();
        for (Zone z : evaluated) {
            Map<String, Cell> row = new LinkedHashMap<>();
            computed.get(z.code()).forEach((code, m) -> {
                Cell c = corrections.get(z.code() + "|" + code);
                row.put(code, c != null ? c
                        : new Cell(code, m.value(), m.value() == null ? "MISSING" : "COMPUTED", m.note(), null, null));
            });
            out.put(z.code(), row);
        }
        return out;
    }

    /** The data table for the zones the caller may see, with what is missing per zone. */
    List<ZoneRow> table(int year) {
        DataScope scope = CurrentUser.scope();
        requireYear(year);
        IndicatorCatalogue.Catalogue catalogue = catalogues.forYear(year);
        List<Zone> evaluated = registry.evaluatedZones(year).stream().filter(z -> zones.canSee(scope, z.code())).toList();
        if (evaluated.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Cell>> values = values(year, catalogue, evaluated);
        List<ZoneRow> rows = new ArrayList<>();
        for (Zone z : evaluated) {
            List<Cell> cells = new ArrayList<>(values.get(z.code()).values());
            rows.add(new ZoneRow(z.code(), z.name(), cells,
                    cells.stream().filter(c -> c.value() == null).map(Cell::code).toList()));
        }
        return rows;
    }

    /** 更正指标值: a province admin anywhere, a zone officer for its own zone; the reason is required. */
    @Transactional
    Correction correct(int year, String zone, String indicator, Double value, String reason) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        requireYear(year);
        if (zone == null || !zones.exists(zone)) {
            throw new InvalidInput("字段“zone”：高新区“" + zone + "”不在高新区名录中");
        }
        if (!zones.canSee(scope, zone)) {
            throw new Forbidden("无权更正其他高新区的评价数据");
        }
        IndicatorCatalogue.Catalogue catalogue = catalogues.forYear(year);
        boolean known = indicator != null && (catalogue.indicator(indicator).isPresent() || catalogue.bonusItem(indicator).isPresent());
        if (!known) {
            throw new InvalidInput("字段“indicator”：未知的指标代码“" + indicator + "”");
        }
        if (value == null || !Double.isFinite(value) || Math.abs(value) > PreviewRequests.MAX_MAGNITUDE) {
            throw new InvalidInput("字段“value”：须为有限数值");
        }
        Double min = catalogue.indicator(indicator).map(IndicatorCatalogue.Definition::minimum).orElse(0.0);
        if (min != null && value < min) {
            throw new InvalidInput("字段“value”：指标“" + indicator + "”的值不能小于" + PreviewRequests.plain(min));
        }
        if (catalogue.bonusItem(indicator).isPresent() && value != Math.rint(value)) {
            throw new InvalidInput("字段“value”：加分项数量须为整数");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInput("字段“reason”：请填写更正理由（不超过500字）");
        }
        // a zone officer's correction of its own input is a proposal until province staff accept it (contracts §8)
        String status = scope.role() == Role.ZONE_OFFICER ? "PENDING" : "ACCEPTED";
        jdbc.sql("INSERT INTO evaluation_correction (zone_code, eval_year, indicator, amount, reason, corrected_at, corrected_by, status) "
                        + "VALUES (:z, :y, :i, :a, :r, :at, :by, :s)")
                .param("z", zone).param("y", year).param("i", indicator).param("a", BigDecimal.valueOf(value))
                .param("r", reason.trim()).param("at", Timestamp.from(Instant.now())).param("by", scope.username())
                .param("s", status).update();
        long id = jdbc.sql("SELECT MAX(id) FROM evaluation_correction WHERE corrected_by = :by").param("by", scope.username())
                .query(Long.class).single();
        audit.record("PENDING".equals(status) ? "EVALUATION_CORRECTION_PROPOSED" : "EVALUATION_VALUE_CORRECTED", "ZONE", zone,
                year + "年度指标" + indicator + ("PENDING".equals(status) ? "拟更正为" : "更正为") + PreviewRequests.plain(value)
                        + "，理由：" + reason.trim() + ("PENDING".equals(status) ? "（更正提案" + id + "，待省科技厅接受）" : ""));
        return new Correction(id, zone, year, indicator, value, reason.trim(), status, scope.username(), null, null);
    }

    /** A correction of an indicator value: ACCEPTED (counts), PENDING (a zone's proposal) or REJECTED. */
    record Correction(long id, String zone, int year, String indicator, double value, String reason,
            @io.swagger.v3.oas.annotations.media.Schema(description = "取值：ACCEPTED 已生效、PENDING 待接受、REJECTED 已驳回") String status,
            String correctedBy, String decidedBy, String comment) {
    }

    /** Corrections the caller may see (province: all; a zone officer: its zones'), newest first. */
    List<Correction> corrections(String status, Integer year) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.PROVINCE_FINANCE, Role.PROVINCE_GOVERNMENT,
                Role.AUDITOR, Role.ZONE_OFFICER, Role.CITY_OFFICER);
        if (status != null && !java.util.Set.of("PENDING", "ACCEPTED", "REJECTED").contains(status)) {
            throw new InvalidInput("参数“status”：须为 PENDING、ACCEPTED 或 REJECTED");
        }
        StringBuilder sql = new StringBuilder("SELECT id, zone_code, eval_year, indicator, amount, reason, status, corrected_by, "
                + "decided_by, decision_comment FROM evaluation_correction WHERE 1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (status != null) {
            sql.append(" AND status = :s");
            p.put("s", status);
        }
        if (year != null) {
            sql.append(" AND eval_year = :y");
            p.put("y", year);
        }
        java.util.Optional<java.util.Set<String>> visible = zones.visibleZones(scope);
        if (visible.isPresent()) {
            if (visible.get().isEmpty()) {
                return List.of();
            }
            sql.append(" AND zone_code IN (:zones)");
            p.put("zones", visible.get());
        }
        sql.append(" ORDER BY id DESC LIMIT 500");
        return jdbc.sql(sql.toString()).params(p).query((rs, n) -> new Correction(rs.getLong(1), rs.getString(2), rs.getInt(3),
                rs.getString(4), rs.getBigDecimal(5).doubleValue(), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getString(10))).list();
    }

    /** Province staff (PROVINCE_ADMIN) accept or reject a zone's correction proposal; audited. */
    @Transactional
    Correction decide(long id, String decision, String comment) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        if (!"ACCEPT".equals(decision) && !"REJECT".equals(decision)) {
            throw new InvalidInput("字段“decision”：须为 ACCEPT（接受）或 REJECT（不予接受）");
        }
        if ("REJECT".equals(decision) && (comment == null || comment.isBlank())) {
            throw new InvalidInput("字段“comment”：不予接受须说明理由");
        }
        if (comment != null && comment.length() > 500) {
            throw new InvalidInput("字段“comment”：意见不能超过500字");
        }
        Correction c = jdbc.sql("SELECT id, zone_code, eval_year, indicator, amount, reason, status, corrected_by, decided_by, "
                        + "decision_comment FROM evaluation_correction WHERE id = :id").param("id", id)
                .query((rs, n) -> new Correction(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getBigDecimal(5).doubleValue(), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10))).optional()
                .orElseThrow(() -> new cn.gov.gansu.gaoxin.shared.NotFound("更正提案" + id + "不存在"));
        if (c.correctedBy().equals(scope.username())) {
            throw new Forbidden("不能审核自己提出的更正");
        }
        if (!"PENDING".equals(c.status())) {
            throw new cn.gov.gansu.gaoxin.shared.Conflict("更正提案" + id + "已处理，不能再次审核");
        }
        String status = "ACCEPT".equals(decision) ? "ACCEPTED" : "REJECTED";
        int n = jdbc.sql("UPDATE evaluation_correction SET status = :s, decided_at = :at, decided_by = :by, decision_comment = :c "
                        + "WHERE id = :id AND status = 'PENDING'")
                .param("s", status).param("at", Timestamp.from(Instant.now())).param("by", scope.username())
                .param("c", comment == null || comment.isBlank() ? null : comment.trim()).param("id", id).update();
        if (n != 1) {
            throw new cn.gov.gansu.gaoxin.shared.Conflict("更正提案" + id + "已被他人处理，请刷新后查看");
        }
        audit.record("ACCEPTED".equals(status) ? "EVALUATION_CORRECTION_ACCEPTED" : "EVALUATION_CORRECTION_REJECTED", "ZONE", c.zone(),
                c.year() + "年度指标" + c.indicator() + "的更正提案" + id + ("ACCEPTED".equals(status) ? "已接受" : "不予接受")
                        + "（提出人 " + c.correctedBy() + "）" + (comment == null || comment.isBlank() ? "" : "，意见：" + comment.trim()));
        return new Correction(c.id(), c.zone(), c.year(), c.indicator(), c.value(), c.reason(), status, c.correctedBy(),
                scope.username(), comment);
    }

    static void requireYear(int year) {
        if (year < 1988 || year > LocalDate.now().getYear() + 1) {
            throw new InvalidInput("字段“year”：评价年度须在1988年至明年之间");
        }
    }
}
