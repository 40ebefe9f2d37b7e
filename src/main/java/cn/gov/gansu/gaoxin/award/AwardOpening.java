package cn.gov.gansu.gaoxin.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.policy.EntitlementOffered;
import cn.gov.gansu.gaoxin.shared.HashChain;
import cn.gov.gansu.gaoxin.shared.Uscc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 免申即享开立奖补案件: opens the cases of offered entitlements — one or a re-scan's chunk of thousands —
 * in the caller's transaction with a few batched statements: which of them already have a case
 * (skipped: exactly one case per entitlement, the unique key {@code award_entitlement} guarding a
 * concurrent opening, whose loser rolls back), one batched INSERT of the cases, their ids read back by
 * entitlement, the first row of each case's hash-chained history ({@code award_event}, OFFERED) and one
 * {@code AWARD_OFFERED} audit row each, both appended as batches when the transaction commits. An
 * offer whose approval chain is not allowed opens no case and leaves an {@code AWARD_NOT_OPENED} audit
 * row; a FIXED or CAPPED offer without its amount opens none either (logged: never an amount an
 * approver types).
 */
@Component
class AwardOpening {

    private static final Logger log = LoggerFactory.getLogger(AwardOpening.class);

    /** Entitlement ids per look-up statement (well below the parameter limits of both databases). */
    static final int LOOKUP = 1_000;

    private static final String INSERT = "INSERT INTO award (entitlement_id, beneficiary, beneficiary_kind, beneficiary_zone, line, "
            + "clause, amount_type, offered_amount, amount, payer, payable_year, approvals, step, status, pending_role, version, "
            + "explanation, event_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0, ?, ?, ?, ?)";

    private static final int[] TYPES = {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.NUMERIC, Types.NUMERIC, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.DATE, Types.TIMESTAMP, Types.TIMESTAMP};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final HashChain chain;
    private final AuditTrail audit;

    AwardOpening(JdbcClient jdbc, JdbcTemplate batch, HashChain chain, AuditTrail audit) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.chain = chain;
        this.audit = audit;
    }

    /** What one opening did. */
    record Opened(int opened, int alreadyOpen, int refused) {
    }

    /**
     * Opens the case of every offer that has none yet, in the caller's transaction (which must exist).
     * An offer repeated in the list, or already opened, changes nothing.
     */
    Opened openAll(List<EntitlementOffered> offers) {
        Map<String, EntitlementOffered> byId = new LinkedHashMap<>();
        for (EntitlementOffered offer : offers) {
            require(offer.entitlementId(), "entitlementId");
            byId.putIfAbsent(offer.entitlementId(), offer);
        }
        Set<String> open = existing(byId.keySet());
        List<NewCase> cases = new ArrayList<>(byId.size());
        Map<String, String> refusals = new LinkedHashMap<>();
        for (EntitlementOffered offer : byId.values()) {
            if (open.contains(offer.entitlementId())) {
                continue;
            }
            List<Role> approvals;
            try {
                approvals = Award.chain(offer.approvals());
            } catch (IllegalArgumentException invalid) {
                log.error("award case for entitlement {} not opened: {}", offer.entitlementId(), invalid.getMessage());
                refusals.put(offer.entitlementId(), refusal(offer));
                continue;
            }
            NewCase c = plan(offer, approvals);
            if (c != null) {
                cases.add(c);
            }
        }
        if (!refusals.isEmpty()) {
            audit.recordAllAs("system", "AWARD_NOT_OPENED", "ENTITLEMENT", refusals);
        }
        if (!cases.isEmpty()) {
            insert(cases);
        }
        return new Opened(cases.size(), open.size(), refusals.size());
    }

    /** The entitlement ids among {@code ids} that already have a case. */
    private Set<String> existing(Set<String> ids) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += LOOKUP) {
            found.addAll(jdbc.sql("SELECT entitlement_id FROM award WHERE entitlement_id IN (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + LOOKUP))).query(String.class).list());
        }
        return found;
    }

    /** A case to open: the offer and what the award module makes of it. */
    private record NewCase(EntitlementOffered offer, String beneficiary, Award.BeneficiaryKind kind, Award.AmountType type,
            BigDecimal offered, List<Role> approvals, AwardStatus status, Role pending, String zone) {
    }

    /** The case an offer opens, or null when it opens none (a FIXED or CAPPED line without its amount: logged). */
    private static NewCase plan(EntitlementOffered offer, List<Role> approvals) {
        String beneficiary = require(offer.beneficiary(), "beneficiary");
        require(offer.line(), "line");
        require(offer.clause(), "clause");
        require(offer.payer(), "payer");
        Award.BeneficiaryKind kind = Uscc.isValid(beneficiary) ? Award.BeneficiaryKind.ENTERPRISE : Award.BeneficiaryKind.ZONE;
        Award.AmountType type = Award.AmountType.valueOf(require(offer.amountType(), "amountType").toUpperCase(Locale.ROOT));
        BigDecimal offered = offer.amountYuan() == null ? null : offer.amountYuan().setScale(2, RoundingMode.HALF_UP);
        if (offered == null && (type == Award.AmountType.FIXED || type == Award.AmountType.CAPPED)) {
            // issue 7: a FIXED line without its amount is blocked, never an amount the approver types
            log.error("权益{}为{}金额但未给出金额，不开立奖补案件：金额须由经审批的参数确定，不能由审批人填写", offer.entitlementId(), type);
            return null;
        }
        if (offered == null && type != Award.AmountType.TO_BE_DECIDED) {
            log.warn("entitlement {} of type {} carries no amount; treated as TO_BE_DECIDED", offer.entitlementId(), type);
            type = Award.AmountType.TO_BE_DECIDED;
        }
        AwardStatus status = kind == Award.BeneficiaryKind.ENTERPRISE ? AwardStatus.PENDING_CONFIRMATION : AwardStatus.UNDER_REVIEW;
        Role pending = status == AwardStatus.PENDING_CONFIRMATION ? Role.ENTERPRISE : approvals.get(0);
        String zone = offer.beneficiaryZone() != null ? offer.beneficiaryZone()
                : kind == Award.BeneficiaryKind.ZONE ? beneficiary : null;
        return new NewCase(offer, beneficiary, kind, type, offered, approvals, status, pending, zone);
    }

    /** One batched INSERT of the cases, their ids by entitlement, then their first history rows and audit rows. */
    private void insert(List<NewCase> cases) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>(cases.size());
        for (NewCase c : cases) {
            EntitlementOffered o = c.offer();
            rows.add(new Object[] {o.entitlementId(), c.beneficiary(), c.kind().name(), c.zone(), o.line().trim(),
                o.clause().trim(), c.type().name(), c.offered(), c.type().decidedCaseByCase() ? null : c.offered(), o.payer().trim(),
                o.payableYear(), c.approvals().stream().map(Role::name).collect(Collectors.joining(",")), c.status().name(),
                c.pending().name(), o.explanation() == null ? "" : o.explanation(),
                o.eventDate() == null ? null : Date.valueOf(o.eventDate()), now, now});
        }
        batch.batchUpdate(INSERT, rows, TYPES);
        Map<String, Long> ids = ids(cases);
        List<List<Object>> history = new ArrayList<>(cases.size());
        Map<String, String> details = new LinkedHashMap<>();
        for (NewCase c : cases) {
            EntitlementOffered o = c.offer();
            Long id = ids.get(o.entitlementId());
            if (id == null) {
                throw new IllegalStateException("award case of entitlement " + o.entitlementId() + " not found after its insert");
            }
            history.add(Arrays.asList(id, "OFFERED", "system", null, now, null, c.status().name(), c.offered(),
                    "免申即享：依据第" + o.clause() + "条自动生成", null));
            details.put(String.valueOf(id), "免申即享生成奖补：受益方 " + c.beneficiary() + "，条款 第" + o.clause() + "条，项目 "
                    + o.line() + "，金额 " + AwardProblems.yuan(c.offered()) + "（" + c.type() + "），付款单位 " + o.payer() + "，"
                    + o.payableYear() + "年度，审批链 " + c.approvals() + "；" + c.status().chineseName());
        }
        // appended to the case history's hash chain (AwardChains) and the audit chain when the transaction commits
        chain.appendAll(AwardChains.AWARD_EVENT, history);
        audit.recordAllAs("system", "AWARD_OFFERED", "AWARD", details);
    }

    private Map<String, Long> ids(List<NewCase> cases) {
        Map<String, Long> ids = new HashMap<>(cases.size() * 2);
        for (int from = 0; from < cases.size(); from += LOOKUP) {
            List<String> some = cases.subList(from, Math.min(cases.size(), from + LOOKUP)).stream()
                    .map(c -> c.offer().entitlementId()).toList();
            jdbc.sql("SELECT entitlement_id, id FROM award WHERE entitlement_id IN (:ids)").param("ids", some)
                    .query(rs -> {
                        ids.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return ids;
    }

    /**
     * An offer whose approval chain holds a non-official role or a role twice opens no case: nobody
     * could approve it under contracts §8 without either skipping a step or one person taking two.
     * The refusal is logged as an error and written to the audit log (a durable record an official reads).
     */
    private static String refusal(EntitlementOffered offer) {
        return "审批链不合规，未生成奖补：受益方 " + offer.beneficiary() + "，条款 第" + offer.clause() + "条，项目 " + offer.line()
                + "，审批链 " + offer.approvals() + "（审批链只能包含高新区管委会、市(州)、省科技厅、省财政厅、省政府等审批角色，且每个角色至多一次）";
    }

    private static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("entitlement without " + field);
        }
        return value.trim();
    }
}
