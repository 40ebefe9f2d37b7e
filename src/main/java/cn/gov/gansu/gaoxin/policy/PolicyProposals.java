package cn.gov.gansu.gaoxin.policy;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.policy.rules.AwardLine;
import cn.gov.gansu.gaoxin.policy.rules.Fen;
import cn.gov.gansu.gaoxin.shared.Conflict;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Maker-checker for the money rules (contracts §8): a change of a parameter (amount, rate,
 * threshold, cap, payer, approval chain…) or of a matching line (配套) is stored as a proposal with
 * the what-if of its effect, and takes effect only when a second user of the approving level —
 * a PROVINCE_ADMIN other than the proposer — approves it. Until then assessments and 免申即享 are
 * unchanged. Every step is audited in its transaction.
 */
@Component
class PolicyProposals {

    static final String PARAMETER = "PARAMETER_VERSION";
    static final String MATCHING = "MATCHING_LINE";
    /** Gainers and losers kept in a proposal's stored what-if (the totals count them all). */
    static final int WHAT_IF_ROWS = 50;

    private final JdbcClient jdbc;
    private final PolicyParameters parameters;
    private final WhatIf whatIf;
    private final AuditTrail audit;
    private final ZoneDirectory zones;
    private final ObjectMapper json;

    PolicyProposals(JdbcClient jdbc, PolicyParameters parameters, WhatIf whatIf, AuditTrail audit, ZoneDirectory zones,
            ObjectMapper json) {
        this.jdbc = jdbc;
        this.parameters = parameters;
        this.whatIf = whatIf;
        this.audit = audit;
        this.zones = zones;
        this.json = json;
    }

    /** A PROVINCE_ADMIN proposes a dated version of a parameter. */
    @Transactional
    Map<String, Object> proposeVersion(String name, PolicyParameters.NewVersion v) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        PolicyParameters.Draft d = parameters.checkVersion(name, v);
        Map<String, Object> effect = trimmed(whatIf.run(List.of(d), List.of(), d.validFrom(), d.validTo(), LocalDate.now().getYear()));
        Object value = d.value();
        long id = insert(PARAMETER, name, null, null, null,
                value == null ? null : value instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList())
                        : String.valueOf(value), value instanceof List<?>, null, null, null, null, d.validFrom(), d.validTo(),
                false, false, v.note(), scope, effect);
        audit.record("POLICY_PROPOSAL_SUBMITTED", "POLICY_PROPOSAL", String.valueOf(id), "参数“" + name + "”拟改为 " + value
                + "（" + (d.validFrom() == null ? "" : d.validFrom() + "起") + (d.validTo() == null ? "" : "至" + d.validTo())
                + "），测算变化 " + effect.get("changeYuan") + "元，待另一位省科技厅管理员审批");
        return get(id);
    }

    /** A city (its CITY_OFFICER or PROVINCE_ADMIN) or zone proposes a version of its matching line. */
    @Transactional
    Map<String, Object> proposeLine(PolicyParameters.NewMatchingLine m) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.CITY_OFFICER, Role.ZONE_OFFICER);
        PolicyParameters.LineVersion l = parameters.checkLine(m, scope);
        // the checker sees the line's effect on the period it covers, as if in force from its validFrom
        PolicyParameters.LineVersion asIf = new PolicyParameters.LineVersion(0, l.code(), l.owner(), l.ownerKind(), l.baseLine(),
                l.rate(), l.amountFen(), l.capFen(), l.budgetFen(), l.validFrom(), l.validTo(), true, l.ended(), l.note(),
                Instant.now(), l.enteredBy(), null);
        Map<String, Object> effect = trimmed(whatIf.run(List.of(), List.of(asIf), l.validFrom(), l.validTo(), LocalDate.now().getYear()));
        if (!l.retroactive()) {
            effect.put("note", "测算按本配套项目自生效日期起适用于登记事件；本提案不追溯，批准前发生的事件不予配套");
        }
        long id = insert(MATCHING, l.code(), l.ownerKind(), l.owner(), l.baseLine().name(), null, false, l.rate(),
                PolicyParameters.yuanOrNull(l.amountFen()), PolicyParameters.yuanOrNull(l.capFen()),
                PolicyParameters.yuanOrNull(l.budgetFen()), l.validFrom(), l.validTo(), l.retroactive(), l.ended(), l.note(), scope,
                effect);
        audit.record("POLICY_PROPOSAL_SUBMITTED", "POLICY_PROPOSAL", String.valueOf(id), "配套项目“" + l.code() + "”"
                + (l.ended() ? l.validFrom() + "起终止" : l.rate() != null ? "按比例 " + l.rate().toPlainString() : "固定金额 "
                        + Fen.text(l.amountFen()) + "元") + "，测算变化 " + effect.get("changeYuan") + "元，待省科技厅管理员审批");
        return get(id);
    }

    /** APPROVE (then the change is stored and takes effect) or REJECT (with a reason) a pending proposal. */
    @Transactional
    Map<String, Object> decide(long id, String decision, String comment) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
            throw new InvalidInput("字段“decision”：须为 APPROVE（批准）或 REJECT（驳回）");
        }
        if (comment != null && comment.length() > 1000) {
            throw new InvalidInput("字段“comment”：意见不能超过1000字");
        }
        if ("REJECT".equals(decision) && (comment == null || comment.isBlank())) {
            throw new InvalidInput("字段“comment”：驳回须说明理由");
        }
        Row r = row(id).orElseThrow(() -> new NotFound("提案" + id + "不存在"));
        if (r.proposedBy().equals(scope.username())) {
            throw new Forbidden("提案人不能审批自己的提案：涉及资金的规则变更须由另一位省科技厅管理员审批（双人复核）");
        }
        if (!"PENDING".equals(r.status())) {
            throw new Conflict("提案" + id + "已" + ("APPROVED".equals(r.status()) ? "批准" : "驳回") + "，不能再次审批");
        }
        String status = "APPROVE".equals(decision) ? "APPROVED" : "REJECTED";
        int n = jdbc.sql("UPDATE policy_proposal SET status = :s, decided_at = :at, decided_by = :by, decision_comment = :c "
                        + "WHERE id = :id AND status = 'PENDING'")
                .param("s", status).param("at", Timestamp.from(Instant.now())).param("by", scope.username())
                .param("c", comment == null || comment.isBlank() ? null : comment.trim()).param("id", id).update();
        if (n != 1) {
            throw new Conflict("提案" + id + "已被他人审批，请刷新后查看");
        }
        if ("APPROVED".equals(status)) {
            if (PARAMETER.equals(r.kind())) {
                Object value = r.valueText() == null ? null : r.valueList() ? Arrays.asList(r.valueText().split(",")) : r.valueText();
                parameters.applyVersion(new PolicyParameters.Draft(r.target(), r.validFrom(), r.validTo(), value), r.note(),
                        r.proposedBy(), scope.username(), id);
            } else {
                parameters.applyLine(r.line(), r.proposedBy(), scope.username(), id);
            }
        }
        audit.record("APPROVED".equals(status) ? "POLICY_PROPOSAL_APPROVED" : "POLICY_PROPOSAL_REJECTED", "POLICY_PROPOSAL",
                String.valueOf(id), ("APPROVED".equals(status) ? "批准" : "驳回") + (PARAMETER.equals(r.kind()) ? "参数“" : "配套项目“")
                        + r.target() + "”的变更（提案人 " + r.proposedBy() + "）" + (comment == null || comment.isBlank() ? "" : "，意见：" + comment.trim()));
        return get(id);
    }

    /** One proposal, if the caller may see it. */
    Map<String, Object> find(long id) {
        DataScope scope = CurrentUser.scope();
        Row r = row(id).filter(x -> visible(scope, x)).orElseThrow(() -> new NotFound("提案" + id + "不存在"));
        return describe(r);
    }

    /** Proposals the caller may see, newest first; {@code status} PENDING, APPROVED or REJECTED. */
    List<Map<String, Object>> list(String status, String kind, int page, int size) {
        DataScope scope = CurrentUser.scope();
        if (!scope.provinceWide() && scope.role() != Role.CITY_OFFICER && scope.role() != Role.ZONE_OFFICER) {
            throw new Forbidden("无权查看政策规则变更提案");
        }
        if (status != null && !Set.of("PENDING", "APPROVED", "REJECTED").contains(status)) {
            throw new InvalidInput("参数“status”：须为 PENDING、APPROVED 或 REJECTED");
        }
        if (kind != null && !Set.of(PARAMETER, MATCHING).contains(kind)) {
            throw new InvalidInput("参数“kind”：须为 PARAMETER_VERSION 或 MATCHING_LINE");
        }
        StringBuilder sql = new StringBuilder(SELECT + " WHERE 1 = 1");
        Map<String, Object> p = new LinkedHashMap<>();
        if (status != null) {
            sql.append(" AND status = :s");
            p.put("s", status);
        }
        if (kind != null) {
            sql.append(" AND kind = :k");
            p.put("k", kind);
        }
        if (!scope.provinceWide()) {
            Set<String> owners = new java.util.HashSet<>(zones.visibleZones(scope).orElse(Set.of()));
            if (scope.city() != null) {
                owners.add(scope.city());
            }
            if (owners.isEmpty()) {
                return List.of();
            }
            sql.append(" AND kind = 'MATCHING_LINE' AND owner_code IN (:owners)");
            p.put("owners", owners);
        }
        sql.append(" ORDER BY id DESC LIMIT :lim OFFSET :off");
        p.put("lim", size);
        p.put("off", (long) page * size);
        return jdbc.sql(sql.toString()).params(p).query(this::map).list().stream().map(this::describe).toList();
    }

    private boolean visible(DataScope scope, Row r) {
        if (scope.provinceWide()) {
            return true;
        }
        if (!MATCHING.equals(r.kind())) {
            return false;
        }
        if (scope.role() == Role.CITY_OFFICER && r.ownerCode().equals(scope.city())) {
            return true;
        }
        return (scope.role() == Role.CITY_OFFICER || scope.role() == Role.ZONE_OFFICER) && "ZONE".equals(r.ownerKind())
                && zones.canSee(scope, r.ownerCode());
    }

    private Map<String, Object> get(long id) {
        return describe(row(id).orElseThrow());
    }

    private long insert(String kind, String target, String ownerKind, String ownerCode, String baseLine, String valueText,
            boolean valueList, BigDecimal rate, BigDecimal amount, BigDecimal cap, BigDecimal budget, LocalDate from, LocalDate to,
            boolean retroactive, boolean ended, String note, DataScope scope, Map<String, Object> effect) {
        String text = json.writeValueAsString(effect);
        jdbc.sql("INSERT INTO policy_proposal (kind, target, owner_kind, owner_code, base_line, value_text, value_list, rate, amount, "
                        + "cap, budget, valid_from, valid_to, retroactive, ended, note, status, proposed_at, proposed_by, proposer_role, "
                        + "what_if) VALUES (:kind, :target, :ok, :oc, :bl, :vt, :vl, :r, :a, :cap, :bud, :f, :t, :retro, :end, :note, "
                        + "'PENDING', :at, :by, :role, :wi)")
                .param("kind", kind).param("target", target).param("ok", ownerKind).param("oc", ownerCode).param("bl", baseLine)
                .param("vt", valueText).param("vl", valueList).param("r", rate).param("a", amount).param("cap", cap)
                .param("bud", budget).param("f", from == null ? null : Date.valueOf(from))
                .param("t", to == null ? null : Date.valueOf(to)).param("retro", retroactive).param("end", ended)
                .param("note", note).param("at", Timestamp.from(Instant.now())).param("by", scope.username())
                .param("role", scope.role().name()).param("wi", text).update();
        return jdbc.sql("SELECT MAX(id) FROM policy_proposal WHERE proposed_by = :by AND target = :t").param("by", scope.username())
                .param("t", target).query(Long.class).single();
    }

    /** The what-if as stored with a proposal: the totals and change, and the first gainers and losers. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> trimmed(Map<String, Object> w) {
        Map<String, Object> out = new LinkedHashMap<>(w);
        for (String k : List.of("gainers", "losers")) {
            List<Object> l = (List<Object>) w.get(k);
            out.put(k + "Count", l.size());
            out.put(k, l.size() > WHAT_IF_ROWS ? new ArrayList<>(l.subList(0, WHAT_IF_ROWS)) : l);
        }
        out.put("computedAt", Instant.now().toString());
        return out;
    }

    private static final String SELECT = "SELECT id, kind, target, owner_kind, owner_code, base_line, value_text, value_list, rate, "
            + "amount, cap, budget, valid_from, valid_to, retroactive, ended, note, status, proposed_at, proposed_by, proposer_role, "
            + "decided_at, decided_by, decision_comment, what_if FROM policy_proposal";

    private Optional<Row> row(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::map).optional();
    }

    private Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getBoolean(8), PolicyParameters.normalise(rs.getBigDecimal(9)), rs.getBigDecimal(10),
                rs.getBigDecimal(11), rs.getBigDecimal(12), date(rs.getDate(13)), date(rs.getDate(14)), rs.getBoolean(15),
                rs.getBoolean(16), rs.getString(17), rs.getString(18), rs.getTimestamp(19).toInstant(), rs.getString(20),
                rs.getString(21), rs.getTimestamp(22) == null ? null : rs.getTimestamp(22).toInstant(), rs.getString(23),
                rs.getString(24), rs.getString(25));
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private Map<String, Object> describe(Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("kind", r.kind());
        m.put("kindName", PARAMETER.equals(r.kind()) ? "政策参数版本" : "配套奖补项目");
        m.put("target", r.target());
        m.put("status", r.status());
        m.put("statusName", switch (r.status()) {
            case "PENDING" -> "待审批";
            case "APPROVED" -> "已批准";
            default -> "已驳回";
        });
        Map<String, Object> change = new LinkedHashMap<>();
        if (PARAMETER.equals(r.kind())) {
            change.put("name", r.target());
            change.put("value", r.valueText() == null ? null : r.valueList() ? List.of(r.valueText().split(",")) : r.valueText());
        } else {
            change.put("code", r.target());
            change.put("CITY".equals(r.ownerKind()) ? "city" : "zone", r.ownerCode());
            change.put("baseLine", r.baseLine());
            change.put("rate", r.rate() == null ? null : r.rate().toPlainString());
            change.put("amountYuan", money(r.amount()));
            change.put("capYuan", money(r.cap()));
            change.put("budgetYuan", money(r.budget()));
            change.put("retroactive", r.retroactive());
            change.put("ended", r.ended());
        }
        change.put("validFrom", r.validFrom() == null ? null : r.validFrom().toString());
        change.put("validTo", r.validTo() == null ? null : r.validTo().toString());
        change.put("note", r.note());
        m.put("change", change);
        m.put("proposedBy", r.proposedBy());
        m.put("proposerRole", r.proposerRole());
        m.put("proposedAt", r.proposedAt().toString());
        m.put("approverRole", Role.PROVINCE_ADMIN.name());
        m.put("approverRoleName", Role.PROVINCE_ADMIN.chineseName());
        m.put("decidedBy", r.decidedBy());
        m.put("decidedAt", r.decidedAt() == null ? null : r.decidedAt().toString());
        m.put("comment", r.comment());
        m.put("whatIf", r.whatIf() == null ? null : json.readValue(r.whatIf(), Map.class));
        return m;
    }

    private static String money(BigDecimal b) {
        return b == null ? null : b.setScale(2).toPlainString();
    }

    private record Row(long id, String kind, String target, String ownerKind, String ownerCode, String baseLine, String valueText,
            boolean valueList, BigDecimal rate, BigDecimal amount, BigDecimal cap, BigDecimal budget, LocalDate validFrom,
            LocalDate validTo, boolean retroactive, boolean ended, String note, String status, Instant proposedAt,
            String proposedBy, String proposerRole, Instant decidedAt, String decidedBy, String comment, String whatIf) {

        PolicyParameters.LineVersion line() {
            return new PolicyParameters.LineVersion(0, target, ownerCode, ownerKind, AwardLine.valueOf(baseLine), rate,
                    amount == null ? Fen.NONE : Fen.of(amount), cap == null ? Fen.NONE : Fen.of(cap),
                    budget == null ? Fen.NONE : Fen.of(budget), validFrom, validTo, retroactive, ended, note, Instant.now(),
                    proposedBy, null);
        }
    }
}
