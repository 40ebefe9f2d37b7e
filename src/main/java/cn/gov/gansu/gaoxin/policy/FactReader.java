package cn.gov.gansu.gaoxin.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.gansu.gaoxin.policy.rules.AwardLine;
import cn.gov.gansu.gaoxin.policy.rules.Fact;
import cn.gov.gansu.gaoxin.policy.rules.FactType;
import cn.gov.gansu.gaoxin.policy.rules.Fen;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.Money;
import cn.gov.gansu.gaoxin.shared.Uscc;

/**
 * Reads the facts of contracts §3 from JSON, refusing bad input with a Chinese message that names
 * the field ({@code facts[2].fundingLandedYuan}). A field that is merely absent is not an error: the
 * rule that needs it answers UNKNOWN naming it.
 */
final class FactReader {

    static final int MAX_FACTS = 10_000;

    private FactReader() {
    }

    static List<Fact> read(Object body) {
        if (!(body instanceof Map<?, ?> map)) {
            throw new InvalidInput("请求体应为对象：{\"facts\":[…]}");
        }
        Object facts = map.get("facts");
        if (!(facts instanceof List<?> list)) {
            throw new InvalidInput("字段“facts”不能为空，应为事实数组");
        }
        if (list.size() > MAX_FACTS) {
            throw new InvalidInput("字段“facts”：一次最多评估" + MAX_FACTS + "项事实");
        }
        List<Fact> out = new ArrayList<>(list.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "facts[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> m)) {
                throw new InvalidInput("字段“" + at + "”应为对象");
            }
            Fact f = readOne(m, at);
            if (!ids.add(f.id())) {
                throw new InvalidInput("字段“" + at + ".id”：事实编号“" + f.id() + "”重复");
            }
            out.add(f);
        }
        return out;
    }

    static Fact readOne(Map<?, ?> m, String at) {
        String id = string(m, "id", at);
        if (id == null || id.isBlank()) {
            throw new InvalidInput("字段“" + at + ".id”不能为空（每项事实须有编号）");
        }
        if (id.length() > 64) {
            throw new InvalidInput("字段“" + at + ".id”：事实编号最多64个字符");
        }
        String typeText = string(m, "type", at);
        if (typeText == null || typeText.isBlank()) {
            throw new InvalidInput("字段“" + at + ".type”不能为空（可选：" + allTypes() + "）");
        }
        FactType type = FactType.parse(typeText.trim());
        if (type == null) {
            throw new InvalidInput("字段“" + at + ".type”：未知的事实类型“" + abbreviate(typeText) + "”（可选：" + allTypes() + "）");
        }
        LocalDate date = date(m, "date", at);
        return switch (type) {
            case ZONE_RECOGNISED -> new Fact.ZoneRecognised(id, zone(m, "zone", at), level(m, at), date);
            case ZONE_APPROVED_NATIONAL -> new Fact.ZoneApprovedNational(id, zone(m, "zone", at), date);
            case NATIONAL_PROJECT_WON -> {
                String programme = string(m, "programme", at);
                String money = money(m, "fundingLandedYuan", at);
                long fen = money == null ? 0 : Fen.of(new java.math.BigDecimal(money));
                String project = string(m, "project", at);
                if (project != null && project.length() > 100) {
                    throw new InvalidInput("字段“" + at + ".project”：项目（课题）编号最多100个字符");
                }
                if (programme != null && programme.isBlank()) {
                    programme = null;
                }
                yield new Fact.NationalProjectWon(id, uscc(m, "unit", at), zone(m, "zone", at), Fact.Programme.parse(programme),
                        programme == null ? "未填写" : programme.trim(), project, fen, money != null, date);
            }
            case QUALIFICATION_RECOGNISED -> new Fact.QualificationRecognised(id, uscc(m, "enterprise", at), zone(m, "zone", at),
                    choice(Fact.Qualification.class, m, "qualification", at), choice(Fact.Recognition.class, m, "recognition", at), date);
            case ENTERPRISE_INTRODUCED -> new Fact.EnterpriseIntroduced(id, uscc(m, "enterprise", at), zone(m, "zone", at),
                    choice(Fact.Category.class, m, "category", at), date);
            case ZONE_REVOKED -> new Fact.ZoneRevoked(id, required(zone(m, "zone", at), at, "zone"), date);
            case ENCLAVE_PARK -> new Fact.EnclavePark(id, required(zone(m, "zone", at), at, "zone"),
                    required(zone(m, "parentZone", at), at, "parentZone"), date);
            case AWARD_ALREADY_GRANTED -> {
                String line = required(string(m, "line", at), at, "line");
                AwardLine l = AwardLine.parse(line.trim());
                if (l == null) {
                    throw new InvalidInput("字段“" + at + ".line”：未知的奖补项目“" + abbreviate(line) + "”（可选："
                            + Arrays.stream(AwardLine.values()).map(Enum::name).collect(Collectors.joining("、")) + "）");
                }
                Integer year = integer(m, "year", at, null);
                if (year == null) {
                    year = integer(m, "evaluationYear", at, null);
                }
                yield new Fact.AwardAlreadyGranted(id, beneficiary(m, at), l, string(m, "project", at), year, date);
            }
            case EVALUATION_REWARDED -> new Fact.EvaluationRewarded(id, zone(m, "zone", at),
                    integer(m, "evaluationYear", at, null), integer(m, "rank", at, 0), date);
        };
    }

    private static String allTypes() {
        return Arrays.stream(FactType.values()).map(Enum::name).collect(Collectors.joining("、"));
    }

    private static <T> T required(T value, String at, String field) {
        if (value == null) {
            throw new InvalidInput("字段“" + at + "." + field + "”不能为空");
        }
        return value;
    }

    static String string(Map<?, ?> m, String field, String at) {
        Object v = m.get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof Map || v instanceof List) {
            throw new InvalidInput("字段“" + at + "." + field + "”应为文本");
        }
        String s = String.valueOf(v);
        if (s.length() > 200) {
            throw new InvalidInput("字段“" + at + "." + field + "”过长（最多200个字符）");
        }
        return s;
    }

    private static String zone(Map<?, ?> m, String field, String at) {
        String s = string(m, field, at);
        if (s == null || s.isBlank()) {
            return null;
        }
        s = s.trim();
        if (s.length() > 64) {
            throw new InvalidInput("字段“" + at + "." + field + "”：高新区代码最多64个字符");
        }
        return s;
    }

    private static String uscc(Map<?, ?> m, String field, String at) {
        String s = string(m, field, at);
        if (s == null || s.isBlank()) {
            return null;
        }
        String problem = Uscc.problemWith(s.trim().toUpperCase());
        if (problem != null) {
            throw new InvalidInput("字段“" + at + "." + field + "”：" + problem);
        }
        return s.trim().toUpperCase();
    }

    private static String beneficiary(Map<?, ?> m, String at) {
        String s = required(string(m, "beneficiary", at), at, "beneficiary").trim();
        if (s.matches("[0-9A-Za-z]{18}") && !s.matches("[a-z\\-]+")) {
            String problem = Uscc.problemWith(s.toUpperCase());
            if (problem != null) {
                throw new InvalidInput("字段“" + at + ".beneficiary”：" + problem);
            }
            return s.toUpperCase();
        }
        if (s.isEmpty() || s.length() > 64) {
            throw new InvalidInput("字段“" + at + ".beneficiary”：应为统一社会信用代码或高新区代码");
        }
        return s;
    }

    private static String level(Map<?, ?> m, String at) {
        String s = string(m, "level", at);
        if (s == null) {
            return null;
        }
        if (!s.equals("PROVINCIAL") && !s.equals("NATIONAL")) {
            throw new InvalidInput("字段“" + at + ".level”：“" + abbreviate(s) + "”无效（可选：PROVINCIAL、NATIONAL）");
        }
        return s;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, Map<?, ?> m, String field, String at) {
        String s = string(m, field, at);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("字段“" + at + "." + field + "”：“" + abbreviate(s) + "”无效（可选："
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining("、")) + "）");
        }
    }

    private static LocalDate date(Map<?, ?> m, String field, String at) {
        String s = string(m, field, at);
        if (s == null) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(s.trim());
        } catch (RuntimeException e) {
            throw new InvalidInput("字段“" + at + "." + field + "”：“" + abbreviate(s) + "”不是有效日期（格式 yyyy-MM-dd）");
        }
        if (d.getYear() < 1980 || d.getYear() > 2100) {
            throw new InvalidInput("字段“" + at + "." + field + "”：日期" + d + "超出允许范围（1980-01-01至2100-12-31）");
        }
        return d;
    }

    private static String money(Map<?, ?> m, String field, String at) {
        Object v = m.get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean || v instanceof Map || v instanceof List) {
            throw new InvalidInput("字段“" + at + "." + field + "”：应为以元为单位的金额字符串，如 \"4200000.00\"");
        }
        Money money;
        try {
            money = Money.parse(String.valueOf(v));
        } catch (InvalidInput e) {
            throw new InvalidInput("字段“" + at + "." + field + "”：" + e.getMessage());
        }
        if (money.isNegative()) {
            throw new InvalidInput("字段“" + at + "." + field + "”：金额不能为负数");
        }
        return money.plain();
    }

    /** An integer field; {@code fallback} when absent (null for "not given": never a default year). */
    private static Integer integer(Map<?, ?> m, String field, String at, Integer fallback) {
        Object v = m.get(field);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(String.valueOf(v).trim());
            if (n < 0 || n > 3000) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInput("字段“" + at + "." + field + "”：“" + abbreviate(String.valueOf(v)) + "”不是有效的整数");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
