package cn.gov.gansu.gaoxin.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.policy.clauses.MatchingAward;
import cn.gov.gansu.gaoxin.policy.engine.CompiledPolicy;
import cn.gov.gansu.gaoxin.policy.engine.ParameterCatalogue;
import cn.gov.gansu.gaoxin.policy.engine.PolicyEngine;
import cn.gov.gansu.gaoxin.policy.rules.AmountType;
import cn.gov.gansu.gaoxin.policy.rules.AwardLine;
import cn.gov.gansu.gaoxin.policy.rules.Fen;
import cn.gov.gansu.gaoxin.policy.rules.OncePer;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.Money;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The policy's dated parameters: the YAML of the document plus the versions entered since (stored in
 * {@code policy_parameter_version}), and the matching-award lines of cities and zones. Compiles the
 * engine for "now" once per change and for any earlier knowledge instant on demand (replay).
 */
@Component
class PolicyParameters {

    static final String DOCUMENT = "policy/gansu-2023/parameters.yaml";

    /** The official approver roles an approval chain may hold, each at most once (contracts §8). */
    static final java.util.Set<String> APPROVER_ROLES = java.util.Set.of("ZONE_OFFICER", "CITY_OFFICER", "PROVINCE_ADMIN",
            "PROVINCE_FINANCE", "PROVINCE_GOVERNMENT");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ZoneDirectory zones;
    private final ParameterCatalogue base;
    private volatile Cached current;

    PolicyParameters(JdbcClient jdbc, AuditTrail audit, ZoneDirectory zones) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.zones = zones;
        try (InputStream in = new ClassPathResource(DOCUMENT).getInputStream()) {
            this.base = ParameterCatalogue.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The engine with every version entered so far. Cached, and rebuilt when the stored versions or
     * matching lines change (checked by one cheap query, so that every instance of a cluster sees a
     * version another instance entered).
     */
    PolicyEngine engine() {
        String stamp = jdbc.sql("SELECT (SELECT COUNT(*) FROM policy_parameter_version), "
                        + "(SELECT COALESCE(MAX(id), 0) FROM policy_parameter_version), "
                        + "(SELECT COUNT(*) FROM policy_matching_line_version), (SELECT COALESCE(MAX(id), 0) FROM policy_matching_line_version)")
                .query((rs, n) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getLong(4)).single();
        Cached c = current;
        if (c == null || !c.stamp().equals(stamp)) {
            c = new Cached(stamp, build(catalogue(), Instant.now()));
            current = c;
        }
        return c.engine();
    }

    private record Cached(String stamp, PolicyEngine engine) {
    }

    /** The engine as known at an instant: only versions entered by then (replays past results exactly). */
    PolicyEngine engineAsOf(Instant asOf) {
        return build(catalogue(), asOf);
    }

    /** The engine with draft versions added (what-if); nothing is stored. */
    PolicyEngine engineWith(List<Draft> drafts) {
        return engineWith(drafts, List.of());
    }

    /** The engine with draft parameter versions and draft matching-line versions added (what-if); nothing is stored. */
    PolicyEngine engineWith(List<Draft> drafts, List<LineVersion> draftLines) {
        ParameterCatalogue c = catalogue();
        Instant now = Instant.now();
        for (Draft d : drafts) {
            ParameterCatalogue.Parameter p = c.parameter(d.name());
            if (p == null) {
                throw new InvalidInput("字段“overrides.name”：参数“" + d.name() + "”不存在");
            }
            c = c.with(d.name(), new ParameterCatalogue.Version(d.validFrom(), d.validTo(), now, "what-if",
                    checkValue(d.name(), d.value()), "假设情景"));
        }
        List<LineVersion> lines = new ArrayList<>(lineVersions());
        lines.addAll(draftLines);
        return new PolicyEngine(new CompiledPolicy(c, now.plusSeconds(1)), segments(lines, now.plusSeconds(1)));
    }

    ParameterCatalogue catalogue() {
        ParameterCatalogue c = base;
        for (Row r : jdbc.sql("SELECT name, valid_from, valid_to, value_text, value_list, entered_at, entered_by, note "
                + "FROM policy_parameter_version ORDER BY id").query((rs, n) -> new Row(rs.getString(1), date(rs.getDate(2)),
                date(rs.getDate(3)), rs.getString(4), rs.getBoolean(5), rs.getTimestamp(6).toInstant(), rs.getString(7),
                rs.getString(8))).list()) {
            if (c.parameter(r.name) == null) {
                continue;
            }
            Object value = r.value == null ? null : r.list ? Arrays.asList(r.value.split(",")) : r.value;
            c = c.with(r.name, new ParameterCatalogue.Version(r.from, r.to, r.at, r.by, value, r.note));
        }
        return c;
    }

    /**
     * Checks a proposed dated version of a parameter (contracts §8: a proposal, stored only once a
     * second PROVINCE_ADMIN approves it); answers the version to store.
     */
    Draft checkVersion(String name, NewVersion v) {
        ParameterCatalogue.Parameter p = base.parameter(name);
        if (p == null) {
            throw new NotFound("参数“" + name + "”不存在");
        }
        if (v == null) {
            throw new InvalidInput("请求体不能为空");
        }
        LocalDate from = parseDate(v.validFrom(), "validFrom", true);
        LocalDate to = parseDate(v.validTo(), "validTo", false);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("字段“validTo”：截止日期" + to + "早于起始日期" + from);
        }
        if (v.note() != null && v.note().length() > 1000) {
            throw new InvalidInput("字段“note”：说明不能超过1000字");
        }
        return new Draft(name, from, to, checkValue(name, v.value()));
    }

    /** Stores an approved parameter version (entered now: results from now on use it, the past replays). */
    void applyVersion(Draft d, String note, String proposedBy, String approvedBy, long proposalId) {
        Object value = d.value();
        jdbc.sql("INSERT INTO policy_parameter_version (name, valid_from, valid_to, value_text, value_list, entered_at, entered_by, note, "
                        + "approved_by, proposal_id) VALUES (:n, :f, :t, :v, :l, :at, :by, :note, :ab, :pid)")
                .param("n", d.name()).param("f", d.validFrom() == null ? null : Date.valueOf(d.validFrom()))
                .param("t", d.validTo() == null ? null : Date.valueOf(d.validTo()))
                .param("v", value == null ? null : value instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList()) : value)
                .param("l", value instanceof List<?>).param("at", Timestamp.from(Instant.now())).param("by", proposedBy)
                .param("note", note).param("ab", approvedBy).param("pid", proposalId).update();
    }

    /**
     * Checks a proposed matching line version (配套): a city's by its CITY_OFFICER or PROVINCE_ADMIN, a
     * zone's by its ZONE_OFFICER or PROVINCE_ADMIN. Answers the version (not stored).
     */
    LineVersion checkLine(NewMatchingLine m, DataScope scope) {
        if (m == null) {
            throw new InvalidInput("请求体不能为空");
        }
        String kind;
        String owner;
        if (m.city() != null && m.zone() == null) {
            kind = "CITY";
            owner = m.city();
            if (!zones.cityExists(owner)) {
                throw new InvalidInput("字段“city”：市(州)代码“" + owner + "”不存在");
            }
            if (scope.role() == Role.CITY_OFFICER ? !owner.equals(scope.city()) : scope.role() != Role.PROVINCE_ADMIN) {
                throw new Forbidden("无权为市(州)“" + owner + "”设立配套奖补");
            }
        } else if (m.zone() != null && m.city() == null) {
            kind = "ZONE";
            owner = m.zone();
            if (!zones.exists(owner)) {
                throw new InvalidInput("字段“zone”：高新区代码“" + owner + "”不存在");
            }
            if (scope.role() == Role.ZONE_OFFICER ? !owner.equals(scope.zone()) : scope.role() != Role.PROVINCE_ADMIN) {
                throw new Forbidden("无权为高新区“" + owner + "”设立配套奖补");
            }
        } else {
            throw new InvalidInput("字段“city”或“zone”：须且只须给出其一（配套奖补的设立方和支付方）");
        }
        AwardLine baseLine = AwardLine.parse(m.baseLine());
        if (baseLine == null) {
            throw new InvalidInput("字段“baseLine”：省级奖补项目“" + m.baseLine() + "”不存在");
        }
        String code = owner + ":" + baseLine.name();
        boolean ended = Boolean.TRUE.equals(m.ended());
        LocalDate from = parseDate(m.validFrom(), "validFrom", ended);
        LocalDate to = parseDate(m.validTo(), "validTo", false);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("字段“validTo”：截止日期" + to + "早于起始日期" + from);
        }
        if (m.note() != null && m.note().length() > 1000) {
            throw new InvalidInput("字段“note”：说明不能超过1000字");
        }
        BigDecimal rate = null;
        Money amount = null;
        Money cap = m.capYuan() == null ? null : parseMoney(m.capYuan(), "capYuan");
        Money budget = m.budgetYuan() == null ? null : parseMoney(m.budgetYuan(), "budgetYuan");
        if (ended) {
            if (m.rate() != null || m.amountYuan() != null || to != null) {
                throw new InvalidInput("字段“ended”：终止配套项目时只需给出终止生效日期“validFrom”，不能同时给出比例、金额或截止日期");
            }
            if (lineVersions().stream().noneMatch(l -> l.code().equals(code))) {
                throw new InvalidInput("字段“baseLine”：配套项目“" + code + "”尚未设立，无需终止");
            }
        } else {
            if ((m.rate() == null) == (m.amountYuan() == null)) {
                throw new InvalidInput("字段“rate”或“amountYuan”：须且只须给出其一（按省级金额的比例，或固定金额）");
            }
            if (m.rate() != null) {
                try {
                    rate = new BigDecimal(m.rate().trim());
                } catch (NumberFormatException e) {
                    throw new InvalidInput("字段“rate”：“" + m.rate() + "”不是有效的比例（如 \"0.5\" 表示50%）");
                }
                if (rate.signum() <= 0 || rate.compareTo(BigDecimal.TEN) > 0 || rate.scale() > 6) {
                    throw new InvalidInput("字段“rate”：比例须大于0、不超过10，最多6位小数");
                }
                rate = normalise(rate);
            } else {
                amount = parseMoney(m.amountYuan(), "amountYuan");
            }
        }
        return new LineVersion(0, code, owner, kind, baseLine, rate, amount == null ? Fen.NONE : Fen.of(amount.yuan()),
                cap == null ? Fen.NONE : Fen.of(cap.yuan()), budget == null ? Fen.NONE : Fen.of(budget.yuan()), from, to,
                Boolean.TRUE.equals(m.retroactive()), ended, m.note(), Instant.now(), scope.username(), null);
    }

    /** Stores an approved matching line version (entered now). */
    void applyLine(LineVersion l, String proposedBy, String approvedBy, long proposalId) {
        jdbc.sql("INSERT INTO policy_matching_line_version (code, owner_code, owner_kind, base_line, rate, amount, cap, budget, "
                        + "valid_from, valid_to, retroactive, ended, note, entered_at, entered_by, approved_by, proposal_id) "
                        + "VALUES (:c, :o, :k, :b, :r, :a, :cap, :bud, :f, :t, :retro, :end, :n, :at, :by, :ab, :pid)")
                .param("c", l.code()).param("o", l.owner()).param("k", l.ownerKind()).param("b", l.baseLine().name())
                .param("r", l.rate()).param("a", yuanOrNull(l.amountFen())).param("cap", yuanOrNull(l.capFen()))
                .param("bud", yuanOrNull(l.budgetFen())).param("f", l.validFrom() == null ? null : Date.valueOf(l.validFrom()))
                .param("t", l.validTo() == null ? null : Date.valueOf(l.validTo())).param("retro", l.retroactive())
                .param("end", l.ended()).param("n", l.note()).param("at", Timestamp.from(Instant.now())).param("by", proposedBy)
                .param("ab", approvedBy).param("pid", proposalId).update();
    }

    static BigDecimal yuanOrNull(long fen) {
        return fen == Fen.NONE ? null : BigDecimal.valueOf(fen, 2);
    }

    /**
     * A rate as stored: never a negative scale. {@code stripTrailingZeros} turns 10 (1000 %) into
     * 1E+1, whose unscaled value 1 over 10^0 was computed as 100 %.
     */
    static BigDecimal normalise(BigDecimal rate) {
        if (rate == null) {
            return null;
        }
        BigDecimal r = rate.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** Every stored matching line version, in the order they were approved. */
    List<LineVersion> lineVersions() {
        return jdbc.sql("SELECT id, code, owner_code, owner_kind, base_line, rate, amount, cap, budget, valid_from, valid_to, "
                        + "retroactive, ended, note, entered_at, entered_by, approved_by FROM policy_matching_line_version ORDER BY id")
                .query((rs, n) -> new LineVersion(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        AwardLine.valueOf(rs.getString(5)), normalise(rs.getBigDecimal(6)),
                        rs.getBigDecimal(7) == null ? Fen.NONE : Fen.of(rs.getBigDecimal(7)),
                        rs.getBigDecimal(8) == null ? Fen.NONE : Fen.of(rs.getBigDecimal(8)),
                        rs.getBigDecimal(9) == null ? Fen.NONE : Fen.of(rs.getBigDecimal(9)), date(rs.getDate(10)),
                        date(rs.getDate(11)), rs.getBoolean(12), rs.getBoolean(13), rs.getString(14),
                        rs.getTimestamp(15).toInstant(), rs.getString(16), rs.getString(17)))
                .list();
    }

    /** The matching lines in force as known now (each line's dated versions resolved into disjoint periods). */
    List<MatchingAward.Line> matchingLines() {
        return segments(lineVersions(), Instant.now());
    }

    /** Each line's budget of its own (配套预算): the latest approved version's, or none. */
    Map<String, Long> lineBudgets() {
        Map<String, Long> out = new java.util.HashMap<>();
        for (LineVersion l : lineVersions()) {
            out.put(l.code(), l.budgetFen());
        }
        return out;
    }

    /** The day a line version was approved, in the province's time. */
    static LocalDate approvedOn(Instant enteredAt) {
        return LocalDate.ofInstant(enteredAt, java.time.ZoneId.of("Asia/Shanghai"));
    }

    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    /**
     * The lines as known at {@code asOf}: each code's versions, in the order approved, carve their
     * period out of the earlier ones (a later version changes or ends the line from its date on). A
     * version that is not retroactive starts no earlier than the day it was approved, so a new line
     * never pays for events before it was known.
     */
    static List<MatchingAward.Line> segments(List<LineVersion> versions, Instant asOf) {
        Map<String, List<Object[]>> byCode = new java.util.LinkedHashMap<>();
        for (LineVersion v : versions) {
            if (v.enteredAt().isAfter(asOf)) {
                continue;
            }
            LocalDate from = v.validFrom() == null ? FIRST : v.validFrom();
            if (!v.retroactive()) {
                LocalDate approved = approvedOn(v.enteredAt());
                if (approved.isAfter(from)) {
                    from = approved;
                }
            }
            LocalDate to = v.validTo() == null ? LAST : v.validTo();
            List<Object[]> segs = byCode.computeIfAbsent(v.code(), k -> new ArrayList<>());
            List<Object[]> kept = new ArrayList<>();
            for (Object[] seg : segs) {
                LocalDate a = (LocalDate) seg[0];
                LocalDate b = (LocalDate) seg[1];
                if (b.isBefore(from) || a.isAfter(to) || to.isBefore(from)) {
                    kept.add(seg);
                    continue;
                }
                if (a.isBefore(from)) {
                    kept.add(new Object[] {a, from.minusDays(1), seg[2]});
                }
                if (b.isAfter(to)) {
                    kept.add(new Object[] {to.plusDays(1), b, seg[2]});
                }
            }
            if (!v.ended() && !to.isBefore(from)) {
                kept.add(new Object[] {from, to, v});
            }
            byCode.put(v.code(), kept);
        }
        List<MatchingAward.Line> out = new ArrayList<>();
        byCode.forEach((code, segs) -> {
            for (Object[] seg : segs) {
                LineVersion v = (LineVersion) seg[2];
                LocalDate a = (LocalDate) seg[0];
                LocalDate b = (LocalDate) seg[1];
                out.add(new MatchingAward.Line(code, v.owner(), v.ownerKind(), v.baseLine(), v.rate(), v.amountFen(),
                        a.equals(FIRST) ? null : a, b.equals(LAST) ? null : b, v.note(),
                        code + "（" + (v.id() == 0 ? "提案" : "第" + v.id() + "号版本") + "，批准于" + v.enteredAt() + "）", v.capFen()));
            }
        });
        return out;
    }

    private PolicyEngine build(ParameterCatalogue c, Instant asOf) {
        return new PolicyEngine(new CompiledPolicy(c, asOf), segments(lineVersions(), asOf));
    }

    /** Checks a value against the kind of parameter it is; answers the value to store. */
    static Object checkValue(String name, Object raw) {
        String field = name.substring(name.lastIndexOf('.') + 1);
        if (raw == null) {
            if (field.equals("amountYuan")) {
                return null;
            }
            throw new InvalidInput("字段“value”：参数“" + name + "”的值不能为空");
        }
        if (field.equals("approvals") || field.equals("programmes")) {
            if (!(raw instanceof List<?> l) || l.isEmpty()) {
                throw new InvalidInput("字段“value”：参数“" + name + "”应为非空列表");
            }
            List<String> out = new ArrayList<>();
            for (Object o : l) {
                String s = String.valueOf(o);
                if (!s.matches("[A-Z_]{2,40}")) {
                    throw new InvalidInput("字段“value”：“" + s + "”不是有效的代码");
                }
                if (field.equals("approvals")) {
                    if (!APPROVER_ROLES.contains(s)) {
                        throw new InvalidInput("字段“value”：审批链只能包含官方审批角色（高新区管委会、市(州)科技局、省科技厅管理员、"
                                + "省财政厅、省政府），“" + s + "”不是审批角色");
                    }
                    if (out.contains(s)) {
                        throw new InvalidInput("字段“value”：审批链中“" + Role.valueOf(s).chineseName() + "”出现多次，每个角色至多一次");
                    }
                }
                out.add(s);
            }
            return out;
        }
        String s = String.valueOf(raw).trim();
        switch (field) {
            case "amountYuan", "thresholdYuan", "capYuan" -> {
                return parseMoney(s, "value").plain();
            }
            case "rate" -> {
                try {
                    BigDecimal r = new BigDecimal(s);
                    if (r.signum() < 0 || r.compareTo(BigDecimal.ONE) > 0 || r.scale() > 6) {
                        throw new InvalidInput("字段“value”：比例须在0到1之间，最多6位小数");
                    }
                    return r.toPlainString();
                } catch (NumberFormatException e) {
                    throw new InvalidInput("字段“value”：“" + s + "”不是有效的比例");
                }
            }
            case "payableYearOffset" -> {
                if (!s.matches("[0-3]")) {
                    throw new InvalidInput("字段“value”：兑付年度偏移须为0到3的整数");
                }
                return s;
            }
            case "amountType" -> {
                try {
                    AmountType t = AmountType.valueOf(s);
                    if (t != AmountType.FIXED && t != AmountType.MINIMUM) {
                        throw new IllegalArgumentException();
                    }
                } catch (IllegalArgumentException e) {
                    throw new InvalidInput("字段“value”：金额类型须为 FIXED 或 MINIMUM");
                }
                return s;
            }
            case "oncePer" -> {
                try {
                    OncePer.valueOf(s);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInput("字段“value”：须为 BENEFICIARY、PROJECT 或 YEAR");
                }
                return s;
            }
            case "effectiveFrom" -> {
                return parseDate(s, "value", true).toString();
            }
            default -> {
                if (!s.matches("[A-Za-z_\\-]{2,64}")) {
                    throw new InvalidInput("字段“value”：“" + s + "”不是有效的代码");
                }
                return s;
            }
        }
    }

    static Money parseMoney(String text, String field) {
        Money m;
        try {
            m = Money.parse(text);
        } catch (InvalidInput e) {
            throw new InvalidInput("字段“" + field + "”：" + e.getMessage());
        }
        if (m.isNegative()) {
            throw new InvalidInput("字段“" + field + "”：金额不能为负数");
        }
        return m;
    }

    static LocalDate parseDate(String text, String field, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new InvalidInput("字段“" + field + "”不能为空（日期，格式 yyyy-MM-dd）");
            }
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(text.trim());
        } catch (RuntimeException e) {
            throw new InvalidInput("字段“" + field + "”：“" + text + "”不是有效日期（格式 yyyy-MM-dd）");
        }
        if (d.getYear() < 1980 || d.getYear() > 2100) {
            throw new InvalidInput("字段“" + field + "”：日期" + d + "超出允许范围（1980年至2100年）");
        }
        return d;
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private record Row(String name, LocalDate from, LocalDate to, String value, boolean list, Instant at, String by,
            String note) {
    }

    /** A new dated version: {@code value} a string, a list of strings (approvals, programmes) or null (amount unset). */
    record NewVersion(String validFrom, String validTo, Object value, String note) {
    }

    /** A draft version for what-if. */
    record Draft(String name, LocalDate validFrom, LocalDate validTo, Object value) {
    }

    /**
     * A matching line version: {@code city} or {@code zone}; {@code rate} of the provincial amount or
     * {@code amountYuan}; optional {@code capYuan} (per award) and {@code budgetYuan} (the line's own
     * budget); {@code retroactive} to pay for events before its approval; {@code ended} with
     * {@code validFrom} ends the line from that day.
     */
    record NewMatchingLine(String city, String zone, String baseLine, String rate, String amountYuan, String capYuan,
            String budgetYuan, String validFrom, String validTo, Boolean retroactive, Boolean ended, String note) {
    }

    /** One stored (or proposed, id 0) version of a matching line. Money in fen, {@link Fen#NONE} when unset. */
    record LineVersion(long id, String code, String owner, String ownerKind, AwardLine baseLine, BigDecimal rate, long amountFen,
            long capFen, long budgetFen, LocalDate validFrom, LocalDate validTo, boolean retroactive, boolean ended, String note,
            Instant enteredAt, String enteredBy, String approvedBy) {
    }

    static Map<String, Object> describe(ParameterCatalogue.Parameter p) {
        List<Map<String, Object>> versions = new ArrayList<>();
        for (ParameterCatalogue.Version v : p.versions()) {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("validFrom", v.validFrom());
            m.put("validTo", v.validTo());
            m.put("value", v.value());
            m.put("enteredAt", v.enteredAt().toString());
            m.put("enteredBy", v.enteredBy());
            m.put("note", v.note());
            versions.add(m);
        }
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", p.name());
        m.put("clause", p.clause());
        m.put("text", p.text());
        m.put("description", p.description());
        m.put("versions", versions);
        return m;
    }
}
