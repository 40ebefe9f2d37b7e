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
import cn.gov.gansu.gaoxin.identity.CurrentUser;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * The policy's dated parameters: the YAML of the document plus the versions entered since (stored in
 * {@code policy_parameter_version}), and the matching-award lines of cities and zones. Compiles the
 * engine for "now" once per change and for any earlier knowledge instant on demand (replay).
 */
@Component
class PolicyParameters {

    static final String DOCUMENT = "policy/gansu-2023/parameters.yaml";

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
                        + "(SELECT COUNT(*) FROM policy_matching_line), (SELECT COALESCE(MAX(id), 0) FROM policy_matching_line)")
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
        return build(c, now.plusSeconds(1));
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

    /** Adds a dated version of a parameter (PROVINCE_ADMIN), audited; later results use it, past ones replay. */
    @Transactional
    ParameterCatalogue.Parameter addVersion(String name, NewVersion v) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
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
        Object value = checkValue(name, v.value());
        Instant now = Instant.now();
        jdbc.sql("INSERT INTO policy_parameter_version (name, valid_from, valid_to, value_text, value_list, entered_at, entered_by, note) "
                        + "VALUES (:n, :f, :t, :v, :l, :at, :by, :note)")
                .param("n", name).param("f", from == null ? null : Date.valueOf(from)).param("t", to == null ? null : Date.valueOf(to))
                .param("v", value == null ? null : value instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList()) : value)
                .param("l", value instanceof List<?>).param("at", Timestamp.from(now)).param("by", scope.username())
                .param("note", v.note()).update();
        audit.record("POLICY_PARAMETER_VERSION_ADDED", "POLICY_PARAMETER", name, "值 " + value + "，" + (from == null ? "" : from + "起")
                + (to == null ? "" : "至" + to) + (v.note() == null ? "" : "，" + v.note()));
        return catalogue().parameter(name);
    }

    /** A city (CITY_OFFICER of it, or PROVINCE_ADMIN) or zone defines its matching line (配套). */
    @Transactional
    MatchingAward.Line addMatchingLine(NewMatchingLine m) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.CITY_OFFICER, Role.ZONE_OFFICER);
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
        BigDecimal rate = null;
        Money amount = null;
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
        } else {
            amount = parseMoney(m.amountYuan(), "amountYuan");
        }
        LocalDate from = parseDate(m.validFrom(), "validFrom", false);
        LocalDate to = parseDate(m.validTo(), "validTo", false);
        String code = owner + ":" + baseLine.name();
        jdbc.sql("INSERT INTO policy_matching_line (code, owner_code, owner_kind, base_line, rate, amount, valid_from, valid_to, note, entered_at, entered_by) "
                        + "VALUES (:c, :o, :k, :b, :r, :a, :f, :t, :n, :at, :by)")
                .param("c", code).param("o", owner).param("k", kind).param("b", baseLine.name()).param("r", rate)
                .param("a", amount == null ? null : amount.yuan()).param("f", from == null ? null : Date.valueOf(from))
                .param("t", to == null ? null : Date.valueOf(to)).param("n", m.note()).param("at", Timestamp.from(Instant.now()))
                .param("by", scope.username()).update();
        audit.record("MATCHING_LINE_ADDED", "POLICY_MATCHING_LINE", code, (rate != null ? "比例 " + rate : "固定金额 " + amount)
                + (m.note() == null ? "" : "，" + m.note()));
        return matchingLines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    List<MatchingAward.Line> matchingLines() {
        return jdbc.sql("SELECT code, owner_code, owner_kind, base_line, rate, amount, valid_from, valid_to, note, entered_at "
                        + "FROM policy_matching_line ORDER BY id")
                .query((rs, n) -> new MatchingAward.Line(rs.getString(1), rs.getString(2), rs.getString(3),
                        AwardLine.valueOf(rs.getString(4)), rs.getBigDecimal(5) == null ? null : rs.getBigDecimal(5).stripTrailingZeros(),
                        rs.getBigDecimal(6) == null ? Fen.NONE : Fen.of(rs.getBigDecimal(6)), date(rs.getDate(7)),
                        date(rs.getDate(8)), rs.getString(9), rs.getString(1) + "（录入于" + rs.getTimestamp(10).toInstant() + "）"))
                .list();
    }

    private PolicyEngine build(ParameterCatalogue c, Instant asOf) {
        return new PolicyEngine(new CompiledPolicy(c, asOf), matchingLines());
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
                    try {
                        Role.valueOf(s);
                    } catch (IllegalArgumentException e) {
                        throw new InvalidInput("字段“value”：审批角色“" + s + "”不存在");
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

    /** A matching line: {@code city} or {@code zone}; {@code rate} of the provincial amount or {@code amountYuan}. */
    record NewMatchingLine(String city, String zone, String baseLine, String rate, String amountYuan, String validFrom,
            String validTo, String note) {
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
