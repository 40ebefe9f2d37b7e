package cn.gov.gansu.gaoxin.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import cn.gov.gansu.gaoxin.award.AwardCases.Payment;
import cn.gov.gansu.gaoxin.award.AwardProblems.AlreadyPaid;
import cn.gov.gansu.gaoxin.award.AwardProblems.AwardChanged;
import cn.gov.gansu.gaoxin.award.AwardProblems.AwardNotFound;
import cn.gov.gansu.gaoxin.award.AwardProblems.InPublicNotice;
import cn.gov.gansu.gaoxin.award.AwardProblems.KeyReused;
import cn.gov.gansu.gaoxin.award.AwardProblems.PaymentRaced;
import cn.gov.gansu.gaoxin.award.AwardProblems.WrongAmount;
import cn.gov.gansu.gaoxin.award.AwardProblems.WrongState;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.shared.HashChain;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.policy.EntitlementOffered;
import cn.gov.gansu.gaoxin.shared.Conflict;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.Money;
import cn.gov.gansu.gaoxin.shared.Uscc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 奖补管理: the award workflow — open a case from an entitlement (免申即享), confirmation by the
 * beneficiary, the decisions of the approval chain, the final approval that reserves the budget,
 * withdrawal, and the one payment. Each operation is one transaction; every state change of a case
 * is a conditional UPDATE on its version, so two people can never both move the same case, and is
 * audited in the same transaction. Transactions that lose a lock wait are retried a few times.
 */
@Service
public class AwardManagement {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(AwardManagement.class);
    private static final int ATTEMPTS = 6;

    private final JdbcClient jdbc;
    private final AwardCases cases;
    private final Budgets budgets;
    private final PublicNotice notice;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final TransactionTemplate newTx;
    private final HashChain chain;

    AwardManagement(JdbcClient jdbc, AwardCases cases, Budgets budgets, PublicNotice notice, AuditTrail audit,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, HashChain chain) {
        this.chain = chain;
        this.jdbc = jdbc;
        this.cases = cases;
        this.budgets = budgets;
        this.notice = notice;
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.newTx = new TransactionTemplate(transactions);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    // ------------------------------------------------------------------ opening a case (免申即享)

    /** Opens the case of an offered entitlement; a repeated offer of the same entitlement changes nothing. */
    public void open(EntitlementOffered offer) {
        if (cases.existsForEntitlement(require(offer.entitlementId(), "entitlementId"))) {
            log.debug("entitlement {} already has an award case", offer.entitlementId());
            return;
        }
        try {
            retrying(newTx, () -> {
                insertCase(offer);
                return null;
            });
        } catch (DuplicateKeyException raced) {
            log.debug("entitlement {} was opened concurrently", offer.entitlementId());
        }
    }

    private void insertCase(EntitlementOffered offer) {
        String beneficiary = require(offer.beneficiary(), "beneficiary");
        Award.BeneficiaryKind kind = Uscc.isValid(beneficiary) ? Award.BeneficiaryKind.ENTERPRISE : Award.BeneficiaryKind.ZONE;
        Award.AmountType type = Award.AmountType.valueOf(require(offer.amountType(), "amountType").toUpperCase(Locale.ROOT));
        BigDecimal offered = offer.amountYuan() == null ? null : offer.amountYuan().setScale(2, RoundingMode.HALF_UP);
        if (offered == null && type != Award.AmountType.TO_BE_DECIDED) {
            log.warn("entitlement {} of type {} carries no amount; treated as TO_BE_DECIDED", offer.entitlementId(), type);
            type = Award.AmountType.TO_BE_DECIDED;
        }
        List<Role> chain = chain(offer.approvals());
        AwardStatus status = kind == Award.BeneficiaryKind.ENTERPRISE ? AwardStatus.PENDING_CONFIRMATION : AwardStatus.UNDER_REVIEW;
        Role pending = status == AwardStatus.PENDING_CONFIRMATION ? Role.ENTERPRISE : chain.get(0);
        String zone = offer.beneficiaryZone() != null ? offer.beneficiaryZone()
                : kind == Award.BeneficiaryKind.ZONE ? beneficiary : null;
        Timestamp now = Timestamp.from(Instant.now());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO award (entitlement_id, beneficiary, beneficiary_kind, beneficiary_zone, line, clause, "
                        + "amount_type, offered_amount, amount, payer, payable_year, approvals, step, status, pending_role, version, "
                        + "explanation, event_date, created_at, updated_at) VALUES (:e, :b, :kind, :zone, :line, :clause, :type, "
                        + ":offered, :amount, :payer, :year, :approvals, 0, :status, :pending, 0, :explanation, :eventDate, :now, :now)")
                .param("e", offer.entitlementId()).param("b", beneficiary).param("kind", kind.name()).param("zone", zone)
                .param("line", require(offer.line(), "line")).param("clause", require(offer.clause(), "clause"))
                .param("type", type.name()).param("offered", offered)
                .param("amount", type.decidedCaseByCase() ? null : offered)
                .param("payer", require(offer.payer(), "payer")).param("year", offer.payableYear())
                .param("approvals", chain.stream().map(Role::name).collect(Collectors.joining(",")))
                .param("status", status.name()).param("pending", pending.name())
                .param("explanation", offer.explanation() == null ? "" : offer.explanation())
                .param("eventDate", offer.eventDate() == null ? null : Date.valueOf(offer.eventDate()))
                .param("now", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        event(id, "OFFERED", "system", null, null, status, offered, "免申即享：依据第" + offer.clause() + "条自动生成");
        audit.recordAs("system", "AWARD_OFFERED", "AWARD", String.valueOf(id), "免申即享生成奖补：受益方 " + beneficiary
                + "，条款 第" + offer.clause() + "条，项目 " + offer.line() + "，金额 " + AwardProblems.yuan(offered) + "（" + type
                + "），付款单位 " + offer.payer() + "，" + offer.payableYear() + "年度，审批链 " + chain + "；" + status.chineseName());
    }

    private static List<Role> chain(List<String> approvals) {
        List<Role> chain = new ArrayList<>();
        if (approvals != null) {
            for (String name : approvals) {
                try {
                    chain.add(Role.valueOf(name.trim().toUpperCase(Locale.ROOT)));
                } catch (RuntimeException unknown) {
                    log.warn("approval chain names unknown role {}; skipped", name);
                }
            }
        }
        if (chain.isEmpty()) {
            chain.add(Role.PROVINCE_ADMIN); // 省科技厅 gives the final approval of awards (SPEC roles)
        }
        return chain;
    }

    // ------------------------------------------------------------------ confirmation

    /** 确认: the enterprise, or its zone officer on its behalf, confirms the award and the bank account. */
    public Award confirm(long id, String bankAccount) {
        DataScope scope = CurrentUser.requireAnyOf(Role.ENTERPRISE, Role.ZONE_OFFICER);
        String account = bankAccount == null ? "" : bankAccount.replace(" ", "").replace("-", "");
        return retrying(tx, () -> {
            Award a = locate(scope, id);
            if (!account.matches("[0-9]{8,30}")) {
                throw new InvalidInput("字段“bankAccount”：银行账号须为8至30位数字");
            }
            if (a.status() != AwardStatus.PENDING_CONFIRMATION) {
                throw new WrongState(id, a.status(), "确认（只有待企业确认的奖补需要确认）");
            }
            Role first = a.approvals().get(0);
            move(a, "status = :status, pending_role = :pending, step = 0, bank_account = :bank",
                    spec -> spec.param("status", AwardStatus.UNDER_REVIEW.name()).param("pending", first.name())
                            .param("bank", account));
            String who = scope.is(Role.ENTERPRISE) ? "企业确认" : "高新区管委会代企业确认";
            event(id, "CONFIRMED", scope.username(), scope.role(), a.status(), AwardStatus.UNDER_REVIEW, null,
                    who + "，收款账号尾号" + tail(account));
            audit.record("AWARD_CONFIRMED", "AWARD", String.valueOf(id), who + "（角色 " + scope.role() + "），收款账号尾号"
                    + tail(account) + "；转入审核，待" + first.chineseName() + "决定");
            return reread(id);
        });
    }

    // ------------------------------------------------------------------ decisions

    /** A decision of the role at the current step; the last approval reserves the budget. */
    public Award decide(long id, DecisionRequest request) {
        DataScope scope = CurrentUser.scope();
        return retrying(tx, () -> {
            Award a = locate(scope, id);
            Role role = scope.role();
            if (a.status().terminal()) {
                if (a.approvals().contains(role)) {
                    throw new WrongState(id, a.status(), "再作审批决定");
                }
                throw new Forbidden("奖补“" + id + "”已审结，您的角色无权作出决定");
            }
            Role pending = a.pendingRole();
            if (role != pending) {
                throw new Forbidden("奖补“" + id + "”当前待“" + pending.chineseName() + "”（" + pending + "）处理，您的角色“"
                        + role.chineseName() + "”无权作出决定");
            }
            String decision = request.decision() == null ? "" : request.decision().trim().toUpperCase(Locale.ROOT);
            if (!decision.equals("APPROVE") && !decision.equals("REJECT")) {
                throw new InvalidInput("字段“decision”：须为 APPROVE（批准）或 REJECT（驳回）");
            }
            String comment = request.comment() == null ? "" : request.comment().trim();
            if (comment.length() > 2000) {
                throw new InvalidInput("字段“comment”：意见最多2000字");
            }
            if (decision.equals("REJECT")) {
                if (comment.isEmpty()) {
                    throw new InvalidInput("字段“comment”：驳回须填写理由");
                }
                return reject(scope, a, comment);
            }
            if (a.status() == AwardStatus.PENDING_CONFIRMATION) {
                throw new InvalidInput("字段“decision”：企业确认奖补请通过 POST /api/awards/" + id
                        + "/confirmation 提交收款银行账号；不接受此奖补可选择 REJECT 并说明理由");
            }
            BigDecimal proposed = amount(a, request.amountYuan());
            return a.atFinalStep() ? approveFinally(scope, a, proposed, comment) : approveStep(scope, a, proposed, comment);
        });
    }

    private Award reject(DataScope scope, Award a, String comment) {
        move(a, "status = :status, pending_role = NULL", spec -> spec.param("status", AwardStatus.REJECTED.name()));
        event(a.id(), "REJECT", scope.username(), scope.role(), a.status(), AwardStatus.REJECTED, null, comment);
        audit.record("AWARD_REJECTED", "AWARD", String.valueOf(a.id()), "驳回（角色 " + scope.role() + "）：" + comment);
        return reread(a.id());
    }

    private Award approveStep(DataScope scope, Award a, BigDecimal proposed, String comment) {
        Role next = a.approvals().get(a.step() + 1);
        move(a, "step = :step, pending_role = :pending", spec -> spec.param("step", a.step() + 1).param("pending", next.name()));
        event(a.id(), "APPROVE", scope.username(), scope.role(), a.status(), AwardStatus.UNDER_REVIEW, proposed, comment);
        audit.record("AWARD_STEP_APPROVED", "AWARD", String.valueOf(a.id()), "审核通过（角色 " + scope.role() + "）"
                + (proposed == null ? "" : "，建议金额" + AwardProblems.yuan(proposed)) + "；意见：" + comment
                + "；转待" + next.chineseName() + "决定");
        return reread(a.id());
    }

    private Award approveFinally(DataScope scope, Award a, BigDecimal proposed, String comment) {
        BigDecimal amount;
        if (a.amountType().decidedCaseByCase()) {
            if (proposed == null) {
                throw new InvalidInput("字段“amountYuan”：该奖补金额为一事一议（" + a.amountType() + "），最终批准须给出决定金额"
                        + (a.offeredAmount() == null ? "" : "（不低于" + AwardProblems.yuan(a.offeredAmount()) + "）"));
            }
            amount = proposed;
        } else {
            amount = a.amount();
        }
        LocalDate today = LocalDate.now(CHINA);
        LocalDate payableFrom = today.plusDays(notice.days());
        move(a, "status = :status, pending_role = NULL, amount = :amount, approved_on = :today, payable_from = :from",
                spec -> spec.param("status", AwardStatus.APPROVED.name()).param("amount", amount)
                        .param("today", Date.valueOf(today)).param("from", Date.valueOf(payableFrom)));
        budgets.reserve(a.payer(), a.payableYear(), amount, a.id(), scope.username());
        event(a.id(), "APPROVE", scope.username(), scope.role(), a.status(), AwardStatus.APPROVED, amount, comment);
        audit.record("AWARD_APPROVED", "AWARD", String.valueOf(a.id()), "最终批准（角色 " + scope.role() + "），金额"
                + AwardProblems.yuan(amount) + "，从 " + a.payer() + " " + a.payableYear() + "年度预算预留；公示" + notice.days()
                + "天，自" + payableFrom + "起可支付；意见：" + comment);
        events.publishEvent(new AwardApproved(a.id(), a.entitlementId(), a.beneficiary(), a.line(), amount, a.payer(),
                a.payableYear(), today, payableFrom));
        return reread(a.id());
    }

    /** The amount sent with an approval, checked against the award's amount type; null when none was sent. */
    private static BigDecimal amount(Award a, String amountYuan) {
        if (amountYuan == null || amountYuan.isBlank()) {
            return null;
        }
        BigDecimal value = Money.parse(amountYuan).yuan();
        if (value.signum() <= 0) {
            throw new InvalidInput("字段“amountYuan”：金额须大于0");
        }
        switch (a.amountType()) {
            case MINIMUM -> {
                if (value.compareTo(a.offeredAmount()) < 0) {
                    throw new InvalidInput("字段“amountYuan”：一事一议金额" + AwardProblems.yuan(value) + "低于政策规定的最低额"
                            + AwardProblems.yuan(a.offeredAmount()) + "（第" + a.clause() + "条）");
                }
            }
            case TO_BE_DECIDED -> {
            }
            default -> {
                if (value.compareTo(a.amount()) != 0) {
                    throw new InvalidInput("字段“amountYuan”：该奖补金额按政策确定为" + AwardProblems.yuan(a.amount())
                            + "（" + a.amountType() + "），不得改为" + AwardProblems.yuan(value));
                }
            }
        }
        return value;
    }

    // ------------------------------------------------------------------ withdrawal

    /** 撤回: the department withdraws an approved, unpaid award; its reservation goes back to the budget. */
    public Award withdraw(long id, String comment) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        String reason = comment == null ? "" : comment.trim();
        if (reason.isEmpty() || reason.length() > 2000) {
            throw new InvalidInput("字段“comment”：撤回须填写理由（最多2000字）");
        }
        return retrying(tx, () -> {
            Award a = locate(scope, id);
            if (a.status() != AwardStatus.APPROVED) {
                throw new WrongState(id, a.status(), "撤回（只能撤回已批准、未支付的奖补）");
            }
            move(a, "status = :status, pending_role = NULL", spec -> spec.param("status", AwardStatus.REJECTED.name()));
            budgets.release(a.payer(), a.payableYear(), a.amount(), id, scope.username());
            event(id, "WITHDRAWN", scope.username(), scope.role(), a.status(), AwardStatus.REJECTED, a.amount(), reason);
            audit.record("AWARD_WITHDRAWN", "AWARD", String.valueOf(id), "撤回已批准奖补（角色 " + scope.role() + "），释放预留"
                    + AwardProblems.yuan(a.amount()) + "；理由：" + reason);
            return reread(id);
        });
    }

    // ------------------------------------------------------------------ payment

    /**
     * Records the one payment of an approved award. The same idempotency key answers the same payment
     * ({@code created} false). Safe under any number of concurrent requests: the award's status moves
     * APPROVED→PAID by one conditional UPDATE, and payment(award_id) and payment(idempotency_key) are
     * unique; the loser of a race rolls back, re-reads and answers the winner's payment when the key is
     * its own, else 409.
     */
    public PaymentOutcome pay(long id, String amountYuan, String idempotencyKey) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_FINANCE, Role.PROVINCE_ADMIN);
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new InvalidInput("缺少请求头“Idempotency-Key”：支付请求须带幂等键，重复提交时以此识别同一笔支付");
        }
        String key = idempotencyKey.trim();
        if (key.length() > 200) {
            throw new InvalidInput("请求头“Idempotency-Key”最长200个字符");
        }
        if (amountYuan == null || amountYuan.isBlank()) {
            throw new InvalidInput("字段“amountYuan”：支付金额不能为空");
        }
        BigDecimal amount = Money.parse(amountYuan).yuan();
        for (int attempt = 1;; attempt++) {
            try {
                return retrying(tx, () -> {
                    Optional<PaymentOutcome> replay = replay(id, key, amount);
                    if (replay.isPresent()) {
                        return replay.get();
                    }
                    return payOnce(scope, id, key, amount);
                });
            } catch (PaymentRaced | DuplicateKeyException raced) {
                // another request paid (or is paying) this award: everything here rolled back; look again
                if (attempt >= ATTEMPTS) {
                    throw new AwardChanged(id);
                }
            }
        }
    }

    private Optional<PaymentOutcome> replay(long id, String key, BigDecimal amount) {
        Optional<Payment> earlier = cases.paymentByKey(key);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        Payment p = earlier.get();
        if (p.awardId() != id || p.amount().compareTo(amount) != 0) {
            throw new KeyReused(key);
        }
        return Optional.of(new PaymentOutcome(p, false));
    }

    private PaymentOutcome payOnce(DataScope scope, long id, String key, BigDecimal amount) {
        Award a = locate(scope, id);
        if (a.status() == AwardStatus.PAID) {
            // read after the PAID status, the payment (committed with it) is visible: it answers our key, or refuses
            Payment paid = cases.payments(id).stream().findFirst().orElseThrow(PaymentRaced::new);
            if (paid.idempotencyKey().equals(key) && paid.amount().compareTo(amount) == 0) {
                return new PaymentOutcome(paid, false);
            }
            throw new AlreadyPaid(id, paid.id());
        }
        if (a.status() != AwardStatus.APPROVED) {
            throw new WrongState(id, a.status(), "支付（只能支付已批准的奖补）");
        }
        if (a.amount().compareTo(amount) != 0) {
            throw new WrongAmount(id, a.amount(), amount);
        }
        LocalDate today = LocalDate.now(CHINA);
        if (a.payableFrom() != null && today.isBefore(a.payableFrom())) {
            throw new InPublicNotice(id, a.payableFrom());
        }
        Timestamp now = Timestamp.from(Instant.now());
        int moved = jdbc.sql("UPDATE award SET status = 'PAID', pending_role = NULL, version = version + 1, updated_at = :now "
                        + "WHERE id = :id AND status = 'APPROVED' AND version = :v")
                .param("now", now).param("id", id).param("v", a.version()).update();
        if (moved != 1) {
            throw new PaymentRaced();
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO payment (award_id, idempotency_key, amount, payer, budget_year, paid_at, paid_by, "
                        + "paid_by_role) VALUES (:award, :key, :amount, :payer, :year, :now, :by, :role)")
                .param("award", id).param("key", key).param("amount", amount).param("payer", a.payer())
                .param("year", a.payableYear()).param("now", now).param("by", scope.username()).param("role", scope.role().name())
                .update(keys, "id");
        long paymentId = keys.getKey().longValue();
        budgets.pay(a.payer(), a.payableYear(), amount, id, paymentId, scope.username());
        event(id, "PAID", scope.username(), scope.role(), AwardStatus.APPROVED, AwardStatus.PAID, amount, "付款记录" + paymentId);
        audit.record("AWARD_PAID", "AWARD", String.valueOf(id), "支付（角色 " + scope.role() + "）" + AwardProblems.yuan(amount)
                + "，付款单位 " + a.payer() + " " + a.payableYear() + "年度，付款记录" + paymentId + "，幂等键 " + key);
        events.publishEvent(new AwardPaid(id, paymentId, a.beneficiary(), a.line(), amount, a.payer(), a.payableYear(), today));
        return new PaymentOutcome(cases.paymentByKey(key).orElseThrow(), true);
    }

    /** The payment answered, and whether this request created it. */
    public record PaymentOutcome(Payment payment, boolean created) {
    }

    // ------------------------------------------------------------------ budgets

    /** Sets a payer's budget for a year (省科技厅 only); answers whether it was created. */
    public boolean setBudget(String payer, Integer year, String amountYuan) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        String code = payer == null ? "" : payer.trim();
        if (!code.matches("[A-Za-z0-9_-]{2,64}")) {
            throw new InvalidInput("字段“payer”：付款单位代码须为2至64位字母、数字、下划线或连字符，如 PROVINCE_DEPARTMENT");
        }
        if (year == null || year < 2000 || year > 2100) {
            throw new InvalidInput("字段“year”：年度须为2000至2100之间的整数");
        }
        if (amountYuan == null || amountYuan.isBlank()) {
            throw new InvalidInput("字段“amountYuan”：预算金额不能为空");
        }
        BigDecimal amount = Money.parse(amountYuan).yuan();
        if (amount.signum() < 0) {
            throw new InvalidInput("字段“amountYuan”：预算金额不能为负数");
        }
        try {
            return set(scope, code, year, amount);
        } catch (DuplicateKeyException createdConcurrently) {
            return set(scope, code, year, amount);
        }
    }

    private boolean set(DataScope scope, String payer, int year, BigDecimal amount) {
        return retrying(tx, () -> {
            boolean created = budgets.set(payer, year, amount, scope.username());
            audit.record(created ? "BUDGET_CREATED" : "BUDGET_CHANGED", "BUDGET", payer + "/" + year,
                    (created ? "设置" : "调整") + "付款单位 " + payer + " " + year + "年度预算为" + AwardProblems.yuan(amount));
            return created;
        });
    }

    // ------------------------------------------------------------------ helpers

    /** The case if the scope holds it: 404 when it does not exist, 403 when it exists outside the scope (a write). */
    private Award locate(DataScope scope, long id) {
        Optional<Award> found = cases.find(scope, id);
        if (found.isPresent()) {
            return found.get();
        }
        if (cases.find(id).isPresent()) {
            throw new Forbidden("奖补“" + id + "”不在您的数据范围内，无权操作");
        }
        throw new AwardNotFound(id);
    }

    private Award reread(long id) {
        return cases.find(id).orElseThrow(() -> new AwardNotFound(id));
    }

    /** One guarded state change: only if nobody changed the case since it was read. */
    private void move(Award a, String set, java.util.function.UnaryOperator<JdbcClient.StatementSpec> params) {
        JdbcClient.StatementSpec spec = jdbc.sql("UPDATE award SET " + set + ", version = version + 1, updated_at = :now "
                        + "WHERE id = :id AND version = :v AND status = :fromStatus")
                .param("now", Timestamp.from(Instant.now())).param("id", a.id()).param("v", a.version())
                .param("fromStatus", a.status().name());
        if (params.apply(spec).update() != 1) {
            throw new AwardChanged(a.id());
        }
    }

    private void event(long awardId, String kind, String actor, Role role, AwardStatus from, AwardStatus to, BigDecimal amount,
            String comment) {
        // appended to the case history's hash chain (AwardChains); the database refuses UPDATE and DELETE
        chain.append(AwardChains.AWARD_EVENT, java.util.Arrays.asList(awardId, kind, actor, role == null ? null : role.name(),
                Timestamp.from(Instant.now()), from == null ? null : from.name(), to.name(), amount, comment));
    }

    /** Runs {@code work} in a transaction, again when it lost a lock wait or a deadlock (nothing was written). */
    private static <T> T retrying(TransactionTemplate template, Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return template.execute(status -> work.get());
            } catch (DataAccessException busy) {
                if (!transient_(busy)) {
                    throw busy;
                }
                if (attempt >= ATTEMPTS) {
                    throw new Conflict("系统繁忙：数据正被他人修改，本次操作未执行，请稍后重试");
                }
                try {
                    Thread.sleep(10L * attempt + ThreadLocalRandom.current().nextInt(20));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw busy;
                }
            }
        }
    }

    /**
     * A lock wait lost, a deadlock, a serialization failure, or H2's concurrent-update error: the
     * transaction wrote nothing and may simply run again.
     */
    private static boolean transient_(DataAccessException e) {
        if (e instanceof TransientDataAccessException) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == 90131 || "40001".equals(sql.getSQLState())
                    || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("entitlement without " + field);
        }
        return value.trim();
    }

    private static String tail(String account) {
        return account.substring(account.length() - 4);
    }

    /** The body of a decision. {@code amountYuan}: the decided amount for MINIMUM and TO_BE_DECIDED awards. */
    public record DecisionRequest(String decision, String comment, String amountYuan) {
    }
}
