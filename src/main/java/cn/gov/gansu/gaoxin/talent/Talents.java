package cn.gov.gansu.gaoxin.talent;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.gansu.gaoxin.enterprise.Enterprise;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.platform.Platform;
import cn.gov.gansu.gaoxin.platform.PlatformKind;
import cn.gov.gansu.gaoxin.platform.PlatformRegistry;
import cn.gov.gansu.gaoxin.shared.Conflict;
import cn.gov.gansu.gaoxin.shared.Enums;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.Uscc;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 人才登记 (clauses 7–9): the province anywhere, a zone officer in its zone, records youth programme
 * members, 双聘 / 旋转门 appointments and foreign high-end talent cases; a foreign case's permit
 * status moves forward only (受理 → 工作许可 → 居留许可, or 未获批准). A record typed wrong is corrected
 * (修改, the creation checks again); one entered by mistake is withdrawn (撤销, kept but no longer
 * listed or counted, and frozen).
 */
@Service
public class Talents {

    private final JdbcClient jdbc;
    private final EnterpriseRegistry enterprises;
    private final ZoneDirectory zones;
    private final AuditTrail audit;
    private final PlatformRegistry platforms;

    /** The carriers a talent record may name: stations whose teams clause 7 counts, and clause 8's joint training platforms. */
    public static final Set<PlatformKind> CARRIER_KINDS = java.util.EnumSet.of(PlatformKind.ACADEMICIAN_WORKSTATION,
            PlatformKind.POSTDOC_STATION, PlatformKind.JOINT_TRAINING_PLATFORM);

    Talents(JdbcClient jdbc, EnterpriseRegistry enterprises, ZoneDirectory zones, AuditTrail audit, PlatformRegistry platforms) {
        this.platforms = platforms;
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.zones = zones;
        this.audit = audit;
    }

    public record NewTalent(@io.swagger.v3.oas.annotations.media.Schema(implementation = TalentKind.class) String kind, String name, String zone, String enterprise, String institution, @io.swagger.v3.oas.annotations.media.Schema(description = "人才计划名称（自由文本，取值不限，非代码）") String programme,
            String field, String nationality, @io.swagger.v3.oas.annotations.media.Schema(implementation = PermitStatus.class) String permitStatus, LocalDate startedOn,
            @io.swagger.v3.oas.annotations.media.Schema(description = "所在载体：创新平台 id（院士工作站、博士后科研工作站或校企联合人才培养平台）；团队成员必填") Long carrier) {
    }

    /** List filters, each optional; {@code year} keeps the records started in that year. */
    public record Filter(String zone, TalentKind kind, PermitStatus permit, Long carrier, Integer year) {
    }

    /**
     * For one zone and kind (team members also by their carrier's kind): records started in the year,
     * records on record at its end (started on or before it and not ended by then), and for foreign
     * talent those of them whose work or residence permit has been issued (current status); null for
     * other kinds.
     */
    public record ZoneCount(String zone, TalentKind kind, String carrierKind, long startedInYear, long atYearEnd, Long permitsIssued) {
    }

    public record Page(List<Talent> items, long total) {
    }

    /** A request that passed every check of creation (and of correction): the values to store. */
    private record Checked(TalentKind kind, String name, String zone, String uscc, String institution, String programme, String field,
            String nationality, PermitStatus permit, LocalDate startedOn, Platform carrier) {
    }

    /**
     * The checks of creation, shared by correction: {@code currentPermit} is the permit status a
     * corrected foreign-talent record already has (kept when the request names none), null on creation.
     */
    private Checked check(DataScope scope, NewTalent r, PermitStatus currentPermit) {
        if (r == null) {
            throw new InvalidInput("请求体不能为空");
        }
        TalentKind kind = Enums.required(TalentKind.class, r.kind(), "字段“kind”");
        String name = text(r.name(), "name", "姓名", 100, true);
        String zone = r.zone() == null ? "" : r.zone().strip();
        Platform carrier = null;
        if (r.carrier() != null) {
            long carrierId = r.carrier();
            carrier = platforms.find(scope, carrierId).orElseThrow(() -> new InvalidInput("字段“carrier”：创新平台 " + carrierId
                    + " 不存在或不在您的数据范围内"));
            if (!CARRIER_KINDS.contains(carrier.kind())) {
                throw new InvalidInput("字段“carrier”：所在载体须为院士工作站、博士后科研工作站或校企联合人才培养平台（“" + carrier.name()
                        + "”是" + carrier.kind().chineseName() + "）");
            }
            if (!zone.isEmpty() && !zone.equals(carrier.zone())) {
                throw new InvalidInput("字段“zone”：所在载体“" + carrier.name() + "”不在该高新区");
            }
            zone = carrier.zone();
        } else if (kind == TalentKind.TEAM_MEMBER) {
            throw new InvalidInput("字段“carrier”：工作站（平台）团队成员须填写所在载体（创新平台编号）");
        }
        String uscc = null;
        if (r.enterprise() != null && !r.enterprise().isBlank()) {
            uscc = r.enterprise().strip().toUpperCase();
            String problem = Uscc.problemWith(uscc);
            if (problem != null) {
                throw new InvalidInput("字段“enterprise”：" + problem);
            }
            String code = uscc;
            Enterprise e = enterprises.find(scope, uscc).orElseThrow(() -> enterprises.exists(code)
                    ? new Forbidden("只能登记本高新区企业的人才") : new NotFound("字段“enterprise”：企业 " + code + " 尚未登记"));
            if (zone.isEmpty() && e.zone() != null) {
                zone = e.zone();
            }
        }
        if (zone.isEmpty()) {
            throw new InvalidInput("字段“zone”：所在高新区不能为空");
        }
        if (!zones.exists(zone)) {
            throw new InvalidInput("字段“zone”：高新区“" + zone + "”不存在");
        }
        if (!zones.canSee(scope, zone)) {
            throw new Forbidden("只能登记本高新区的人才");
        }
        String institution = text(r.institution(), "institution", "高校、院所", 200, false);
        String programme = text(r.programme(), "programme", "人才项目名称", 200, false);
        String field = text(r.field(), "field", "专业领域", 100, false);
        String nationality = text(r.nationality(), "nationality", "国籍", 100, false);
        PermitStatus permit = Enums.optional(PermitStatus.class, r.permitStatus(), "字段“permitStatus”");
        switch (kind) {
            case YOUTH_PROGRAMME -> {
                if (programme == null) {
                    throw new InvalidInput("字段“programme”：青年人才项目须填写项目名称");
                }
            }
            case DUAL_APPOINTMENT, REVOLVING_DOOR -> {
                if (institution == null || uscc == null) {
                    throw new InvalidInput("字段“institution”和“enterprise”：" + kind.chineseName() + "须同时填写高校（院所）和企业");
                }
            }
            case TEAM_MEMBER -> {
                // the carrier is checked above
            }
            case FOREIGN_EXPERT -> {
                if (nationality == null) {
                    throw new InvalidInput("字段“nationality”：外籍高端人才须填写国籍");
                }
                if (permit == null) {
                    permit = currentPermit == null ? PermitStatus.APPLIED : currentPermit;
                }
            }
        }
        if (kind != TalentKind.FOREIGN_EXPERT && permit != null) {
            throw new InvalidInput("字段“permitStatus”：只有外籍高端人才有许可办理状态");
        }
        if (r.startedOn() == null || r.startedOn().getYear() < 1980 || r.startedOn().isAfter(LocalDate.now().plusYears(1))) {
            throw new InvalidInput("字段“startedOn”：开始日期不能为空，且须在1980年至明年之间");
        }
        return new Checked(kind, name, zone, uscc, institution, programme, field, nationality, permit, r.startedOn(), carrier);
    }

    @Transactional
    public Talent record(NewTalent r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Checked c = check(scope, r, null);
        TalentKind kind = c.kind();
        String name = c.name();
        String zone = c.zone();
        Platform carrier = c.carrier();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO talent_record (kind, name, zone_code, enterprise_uscc, institution, programme, field, nationality, "
                        + "permit_status, started_on, recorded_at, recorded_by, carrier_id, carrier_kind) VALUES (:kind, :name, :zone, :uscc, "
                        + ":inst, :prog, :field, :nat, :permit, :on, :at, :by, :carrier, :carrierKind)")
                .param("carrier", carrier == null ? null : carrier.id())
                .param("carrierKind", carrier == null ? null : carrier.kind().name())
                .param("kind", kind.name()).param("name", name).param("zone", zone).param("uscc", c.uscc()).param("inst", c.institution())
                .param("prog", c.programme()).param("field", c.field()).param("nat", c.nationality())
                .param("permit", c.permit() == null ? null : c.permit().name()).param("on", Date.valueOf(c.startedOn()))
                .param("at", Timestamp.from(Instant.now())).param("by", scope.username()).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("TALENT_RECORDED", "TALENT", String.valueOf(id), kind.chineseName() + " " + name + "，高新区 " + zone
                + (carrier == null ? "" : "，载体 " + carrier.kind().chineseName() + "“" + carrier.name() + "”"));
        return find(id).orElseThrow();
    }

    /**
     * 修改: corrects a record typed wrong, with the same fields and the same checks as {@link #record};
     * the province anywhere, a zone officer only in its zone (the record's and the new zone). The
     * permit status is kept (it moves by {@link #movePermit}); an ended or withdrawn record keeps that.
     * A withdrawn record cannot be corrected (409). The audit row names every field changed, before → after.
     */
    @Transactional
    public Talent correct(long id, NewTalent r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Talent t = writable(scope, id);
        if (r != null && r.permitStatus() != null && !r.permitStatus().isBlank()
                && (t.permitStatus() == null || !t.permitStatus().name().equals(r.permitStatus().strip()))) {
            throw new InvalidInput("字段“permitStatus”：修改记录时不能改许可状态，请用“更新许可状态”逐步办理");
        }
        Checked c = check(scope, r, t.permitStatus());
        if (t.endedOn() != null && c.startedOn().isAfter(t.endedOn())) {
            throw new InvalidInput("字段“startedOn”：开始日期不能晚于该记录的结束日期（" + t.endedOn() + "）");
        }
        List<String> changes = new java.util.ArrayList<>();
        change(changes, "类型", t.kind().chineseName(), c.kind().chineseName());
        change(changes, "姓名", t.name(), c.name());
        change(changes, "高新区", t.zone(), c.zone());
        change(changes, "企业", t.enterprise(), c.uscc());
        change(changes, "高校、院所", t.institution(), c.institution());
        change(changes, "人才项目", t.programme(), c.programme());
        change(changes, "专业领域", t.field(), c.field());
        change(changes, "国籍", t.nationality(), c.nationality());
        change(changes, "许可状态", t.permitStatus() == null ? null : t.permitStatus().chineseName(),
                c.permit() == null ? null : c.permit().chineseName());
        change(changes, "开始日期", String.valueOf(t.startedOn()), String.valueOf(c.startedOn()));
        change(changes, "所在载体", t.carrier() == null ? null : String.valueOf(t.carrier()),
                c.carrier() == null ? null : String.valueOf(c.carrier().id()));
        if (changes.isEmpty()) {
            return t;
        }
        int n = jdbc.sql("UPDATE talent_record SET kind = :kind, name = :name, zone_code = :zone, enterprise_uscc = :uscc, "
                        + "institution = :inst, programme = :prog, field = :field, nationality = :nat, permit_status = :permit, "
                        + "started_on = :on, carrier_id = :carrier, carrier_kind = :carrierKind WHERE id = :id AND withdrawn_at IS NULL")
                .param("kind", c.kind().name()).param("name", c.name()).param("zone", c.zone()).param("uscc", c.uscc())
                .param("inst", c.institution()).param("prog", c.programme()).param("field", c.field()).param("nat", c.nationality())
                .param("permit", c.permit() == null ? null : c.permit().name()).param("on", Date.valueOf(c.startedOn()))
                .param("carrier", c.carrier() == null ? null : c.carrier().id())
                .param("carrierKind", c.carrier() == null ? null : c.carrier().kind().name()).param("id", id).update();
        if (n == 0) {
            throw new Conflict("人才记录 " + id + " 已撤销，不能修改");
        }
        audit.record("TALENT_CORRECTED", "TALENT", String.valueOf(id), t.kind().chineseName() + " " + t.name() + " 修改：" + String.join("；", changes));
        return find(id).orElseThrow();
    }

    private static void change(List<String> changes, String label, String before, String after) {
        if (!java.util.Objects.equals(before, after)) {
            changes.add(label + " " + (before == null ? "（空）" : before) + " → " + (after == null ? "（空）" : after));
        }
    }

    /**
     * 撤销: a record entered by mistake is withdrawn with a reason (required, at most 500 characters):
     * kept, audited, but gone from lists, counts, exports and clause reports, and unchangeable (409).
     */
    @Transactional
    public Talent withdraw(long id, String reason) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Talent t = writable(scope, id);
        String why = text(reason, "reason", "撤销原因", 500, true);
        int n = jdbc.sql("UPDATE talent_record SET withdrawn_at = :at, withdrawn_by = :by, withdrawal_reason = :why "
                        + "WHERE id = :id AND withdrawn_at IS NULL")
                .param("at", Timestamp.from(Instant.now())).param("by", scope.username()).param("why", why).param("id", id).update();
        if (n == 0) {
            throw new Conflict("人才记录 " + id + " 已撤销");
        }
        audit.record("TALENT_WITHDRAWN", "TALENT", String.valueOf(id), t.kind().chineseName() + " " + t.name() + "，高新区 " + t.zone()
                + " 撤销，原因：" + why);
        return find(id).orElseThrow();
    }

    /** One record the caller may change (404 outside the scope, 409 once withdrawn), for the edit form. */
    @Transactional(readOnly = true)
    public Talent editable(long id) {
        return writable(CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER), id);
    }

    private Talent writable(DataScope scope, long id) {
        Talent t = find(id).filter(x -> zones.canSee(scope, x.zone()))
                .orElseThrow(() -> new NotFound("人才记录 " + id + " 不存在或不在您的数据范围内"));
        if (t.withdrawn()) {
            throw new Conflict("人才记录 " + id + " 已撤销（误登记），不能再修改");
        }
        return t;
    }

    @Transactional
    public Talent movePermit(long id, String status) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Talent t = writable(scope, id);
        PermitStatus to = Enums.required(PermitStatus.class, status, "字段“status”");
        if (t.kind() != TalentKind.FOREIGN_EXPERT) {
            throw new Conflict("只有外籍高端人才有许可办理状态");
        }
        if (!t.permitStatus().next().contains(to)) {
            throw new Conflict("许可状态不能从“" + t.permitStatus().chineseName() + "”改为“" + to.chineseName() + "”");
        }
        jdbc.sql("UPDATE talent_record SET permit_status = :s WHERE id = :id AND permit_status = :from").param("s", to.name())
                .param("id", id).param("from", t.permitStatus().name()).update();
        audit.record("TALENT_PERMIT_CHANGED", "TALENT", String.valueOf(id),
                t.name() + " 许可状态 " + t.permitStatus().chineseName() + " → " + to.chineseName());
        return find(id).orElseThrow();
    }

    /**
     * 结束: the appointment, programme or team membership ended on {@code endedOn} (not before it
     * started, not after tomorrow); once only (409 after). A record ended on or before a year's end is
     * no longer counted at that year's end.
     */
    @Transactional
    public Talent end(long id, LocalDate endedOn) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Talent t = writable(scope, id);
        if (endedOn == null || endedOn.isBefore(t.startedOn()) || endedOn.isAfter(LocalDate.now().plusDays(1))) {
            throw new InvalidInput("字段“endedOn”：结束日期不能为空，不能早于开始日期（" + t.startedOn() + "），也不能晚于今天");
        }
        int n = jdbc.sql("UPDATE talent_record SET ended_on = :on WHERE id = :id AND ended_on IS NULL")
                .param("on", Date.valueOf(endedOn)).param("id", id).update();
        if (n == 0) {
            throw new Conflict("该记录已于 " + t.endedOn() + " 结束");
        }
        audit.record("TALENT_ENDED", "TALENT", String.valueOf(id), t.kind().chineseName() + " " + t.name() + " 于 " + endedOn + " 结束");
        return find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Page list(String zone, TalentKind kind, Paging paging) {
        return list(new Filter(zone, kind, null, null, null), paging);
    }

    /** A page of the records the caller's scope holds, newest first; an explicit zone outside the scope is refused. */
    @Transactional(readOnly = true)
    public Page list(Filter filter, Paging paging) {
        DataScope scope = CurrentUser.scope();
        String zone = filter.zone();
        TalentKind kind = filter.kind();
        if (zone != null && !scope.is(Role.ENTERPRISE) && !zones.canSee(scope, zone)) {
            throw new Forbidden("无权查看高新区“" + (zone.length() > 30 ? zone.substring(0, 30) : zone) + "”的人才记录");
        }
        StringBuilder where = new StringBuilder(" WHERE withdrawn_at IS NULL");
        Map<String, Object> params = new HashMap<>();
        Optional<Set<String>> visible = zones.visibleZones(scope);
        if (scope.is(Role.ENTERPRISE)) {
            where.append(" AND enterprise_uscc = :own");
            params.put("own", scope.enterprise());
        } else if (visible.isPresent()) {
            if (visible.get().isEmpty()) {
                return new Page(List.of(), 0);
            }
            where.append(" AND zone_code IN (:visible)");
            params.put("visible", visible.get());
        }
        if (zone != null) {
            where.append(" AND zone_code = :zone");
            params.put("zone", zone);
        }
        if (kind != null) {
            where.append(" AND kind = :kind");
            params.put("kind", kind.name());
        }
        if (filter.permit() != null) {
            where.append(" AND permit_status = :permit");
            params.put("permit", filter.permit().name());
        }
        if (filter.carrier() != null) {
            where.append(" AND carrier_id = :carrier");
            params.put("carrier", filter.carrier());
        }
        if (filter.year() != null) {
            where.append(" AND started_on >= :from AND started_on < :to");
            params.put("from", Date.valueOf(LocalDate.of(filter.year(), 1, 1)));
            params.put("to", Date.valueOf(LocalDate.of(filter.year() + 1, 1, 1)));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM talent_record" + where).params(params).query(Long.class).single();
        List<Talent> items = jdbc.sql("SELECT " + COLUMNS + " FROM talent_record" + where + " ORDER BY id DESC LIMIT :l OFFSET :o")
                .params(params).param("l", paging.size()).param("o", paging.offset()).query(Talents::map).list();
        return new Page(items, total);
    }

    /**
     * The record with the same natural key (zone, kind, name, start date) — how an import recognises a
     * row it has already written; empty when there is none.
     */
    public Optional<Talent> findSame(String zone, TalentKind kind, String name, LocalDate startedOn) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM talent_record WHERE zone_code = :z AND kind = :k AND name = :n AND started_on = :on "
                        + "ORDER BY id").param("z", zone).param("k", kind.name()).param("n", name == null ? "" : name.strip())
                .param("on", Date.valueOf(startedOn)).query(Talents::map).list().stream().findFirst();
    }

    /**
     * 人才分区统计 (for the monitor, the evaluation and the zone profile): per zone and kind, the records
     * started in {@code year} and those started on or before its end, within the caller's scope
     * (an enterprise sees none); {@code zone} null = every zone in scope. Zones without records are absent.
     */
    @Transactional(readOnly = true)
    public List<ZoneCount> counts(int year, String zone) {
        DataScope scope = CurrentUser.scope();
        checkYear(year);
        if (scope.is(Role.ENTERPRISE)) {
            return List.of();
        }
        if (zone != null && !zones.canSee(scope, zone)) {
            throw new Forbidden("无权查看高新区“" + (zone.length() > 30 ? zone.substring(0, 30) : zone) + "”的人才统计");
        }
        Optional<Set<String>> visible = zones.visibleZones(scope);
        List<ZoneCount> all = countsUnscoped(year, zone);
        return all.stream().filter(c -> visible.isEmpty() || visible.get().contains(c.zone())).toList();
    }

    static void checkYear(int year) {
        if (year < 1980 || year > 2100) {
            throw new InvalidInput("参数“year”：年度须在1980至2100之间");
        }
    }

    List<ZoneCount> countsUnscoped(int year, String zone) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", Date.valueOf(LocalDate.of(year, 1, 1)));
        params.put("to", Date.valueOf(LocalDate.of(year + 1, 1, 1)));
        String where = " WHERE started_on < :to AND withdrawn_at IS NULL";
        if (zone != null) {
            where += " AND zone_code = :z";
            params.put("z", zone);
        }
        return jdbc.sql("SELECT zone_code, kind, carrier_kind, SUM(CASE WHEN started_on >= :from THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN ended_on IS NULL OR ended_on >= :to THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN permit_status IN ('WORK_PERMIT_ISSUED', 'RESIDENCE_PERMIT_ISSUED') AND (ended_on IS NULL OR ended_on >= :to) "
                        + "THEN 1 ELSE 0 END) "
                        + "FROM talent_record" + where + " GROUP BY zone_code, kind, carrier_kind ORDER BY zone_code, kind, carrier_kind")
                .params(params).query((rs, n) -> {
                    TalentKind k = TalentKind.valueOf(rs.getString(2));
                    return new ZoneCount(rs.getString(1), k, rs.getString(3), rs.getLong(4), rs.getLong(5),
                            k == TalentKind.FOREIGN_EXPERT ? rs.getLong(6) : null);
                }).list();
    }

    Optional<Talent> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM talent_record WHERE id = :id").param("id", id).query(Talents::map).optional();
    }

    private static final String COLUMNS = "id, kind, name, zone_code, enterprise_uscc, institution, programme, field, nationality, "
            + "permit_status, started_on, carrier_id, carrier_kind, ended_on, withdrawn_at, withdrawal_reason";

    private static Talent map(ResultSet rs, int n) throws SQLException {
        String permit = rs.getString(10);
        return new Talent(rs.getLong(1), TalentKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), permit == null ? null : PermitStatus.valueOf(permit),
                rs.getDate(11).toLocalDate(), rs.getObject(12) == null ? null : rs.getLong(12), rs.getString(13),
                rs.getDate(14) == null ? null : rs.getDate(14).toLocalDate(),
                rs.getTimestamp(15) == null ? null : rs.getTimestamp(15).toInstant(), rs.getString(16));
    }

    private static String text(String raw, String field, String label, int max, boolean required) {
        String t = raw == null ? "" : raw.strip();
        if (t.isEmpty()) {
            if (required) {
                throw new InvalidInput("字段“" + field + "”：" + label + "不能为空");
            }
            return null;
        }
        if (t.length() > max) {
            throw new InvalidInput("字段“" + field + "”：" + label + "过长（最多" + max + "字）");
        }
        return t;
    }
}
