package cn.gov.gansu.gaoxin.award;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import cn.gov.gansu.gaoxin.award.AwardCases.Payment;
import cn.gov.gansu.gaoxin.award.AwardProblems.AlreadyPaid;
import cn.gov.gansu.gaoxin.award.AwardProblems.AwardChanged;
import cn.gov.gansu.gaoxin.award.AwardProblems.AwardNotFound;
import cn.gov.gansu.gaoxin.award.AwardProblems.KeyReused;
import cn.gov.gansu.gaoxin.award.AwardProblems.PaymentRaced;
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

    private final cn.gov.gansu.gaoxin.shared.FieldCipher cipher;
    private final AwardOpening opening;

    AwardManagement(JdbcClient jdbc, AwardCases cases, Budgets budgets, PublicNotice notice, AuditTrail audit,
            ApplicationEventPublisher events, PlatformTransactionManager transactions, HashChain chain,
            cn.gov.gansu.gaoxin.shared.FieldCipher cipher, AwardOpening opening) {
        this.opening = opening;
        this.cipher = cipher;
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

    /**
     * Opens the case of an offered entitlement in a transaction of its own; a repeated offer of the same
     * entitlement changes nothing. An approval chain that is not allowed opens no case (AWARD_NOT_OPENED).
     */
    public void open(EntitlementOffered offer) {
        require(offer.entitlementId(), "entitlementId");
        try {
            retrying(newTx, () -> opening.openAll(List.of(offer)));
        } catch (DuplicateKeyException raced) {
            log.debug("entitlement {} was opened concurrently", offer.entitlementId());
        }
    }

    /**
     * 免申即享 in sets: opens the cases of many offered entitlements (a re-scan's chunk) in the caller's
     * transaction with batched statements — so that they commit with the entitlements or not at all —
     * or in a transaction of its own when there is none. Offers already opened change nothing; a
     * concurrent opening of the same entitlement makes the unique key refuse, and the transaction rolls back.
     */
    void openAll(List<EntitlementOffered> offers) {
        if (!offers.isEmpty()) {
            tx.execute(status -> opening.openAll(offers));
        }
    }

    // ------------------------------------------------------------------ the steps: load, ask the award, save, audit

    /** 确认: the enterprise, or its zone officer on its behalf, confirms the award and the bank account. */
    public Award confirm(long id, String bankAccount) {
        DataScope scope = CurrentUser.scope();
        Award.roleRefusal(AwardAction.CONFIRM, scope).ifPresent(refused -> {
            throw refused;
        });
        return retrying(tx, () -> save(locate(scope, id).confirm(scope, bankAccount)));
    }

    /** A decision of the role at the current step; the last approval reserves the budget. */
    public Award decide(long id, DecisionRequest request) {
        DataScope scope = CurrentUser.scope();
        return retrying(tx, () -> save(locate(scope, id).decide(scope, request.decision(), request.comment(),
                request.amountYuan())));
    }

    /**
     * 退回修改: the role at the current step sends the case back to the previous step of the chain, or
     * from the first step back to the beneficiary's confirmation; the comment says what to correct.
     */
    public Award sendBack(long id, String comment) {
        DataScope scope = CurrentUser.scope();
        Award.roleRefusal(AwardAction.RETURN, scope).ifPresent(refused -> {
            throw refused;
        });
        return retrying(tx, () -> save(locate(scope, id).sendBack(scope, comment)));
    }

    /** 撤回: the department withdraws an approved, unpaid award; its reservation goes back to the budget. */
    public Award withdraw(long id, String comment) {
        DataScope scope = CurrentUser.scope();
        Award.roleRefusal(AwardAction.WITHDRAW, scope).ifPresent(refused -> {
            throw refused;
        });
        String reason = comment == null ? "" : comment.trim();
        if (reason.isEmpty() || reason.length() > 2000) {
            throw new InvalidInput("字段“comment”：撤回须填写理由（最多2000字）");
        }
        return retrying(tx, () -> save(locate(scope, id).withdraw(scope, reason)));
    }

    /** Records a change the award allowed: guarded UPDATE on the version read, event, money, audit, domain event. */
    private Award save(AwardChange change) {
        Award a = change.award();
        DataScope by = change.by();
        String id = String.valueOf(a.id());
        if (change instanceof AwardChange.Confirmed c) {
            // security (issue 8 item 5): the account is stored encrypted, with a keyed fingerprint for look-ups
            String index = cipher.index(c.bankAccount(), "award.bank_account");
            move(a, "status = :status, pending_role = :pending, step = 0, bank_account = :bank, bank_account_index = :bankIndex",
                    spec -> spec.param("status", c.to().name()).param("pending", c.next().name())
                            .param("bank", cipher.encrypt(c.bankAccount(), "award.bank_account")).param("bankIndex", index));
            String who = c.onBehalf() ? "高新区管委会代企业确认" : "企业确认";
            long others = cases.otherBeneficiariesWithAccount(index, a.beneficiary());
            event(c, null, who + "，收款账号尾号" + tail(c.bankAccount())
                    + (others > 0 ? "；注意：该收款账号已被其他" + others + "个受益人使用，请审核人核实" : ""));
            audit.record("AWARD_CONFIRMED", "AWARD", id, who + "（角色 " + by.role() + "），收款账号尾号"
                    + tail(c.bankAccount()) + "；转入审核，待" + c.next().chineseName() + "决定");
        } else if (change instanceof AwardChange.StepApproved s) {
            move(a, "step = :step, pending_role = :pending",
                    spec -> spec.param("step", s.nextStep()).param("pending", s.next().name()));
            event(s, s.proposed(), s.comment());
            audit.record("AWARD_STEP_APPROVED", "AWARD", id, "审核通过（角色 " + by.role() + "）"
                    + (s.proposed() == null ? "" : "，建议金额" + AwardProblems.yuan(s.proposed())) + "；意见：" + s.comment()
                    + "；转待" + s.next().chineseName() + "决定");
        } else if (change instanceof AwardChange.Approved f) {
            LocalDate today = LocalDate.now(CHINA);
            LocalDate payableFrom = today.plusDays(notice.days());
            move(a, "status = :status, pending_role = NULL, amount = :amount, approved_on = :today, payable_from = :from",
                    spec -> spec.param("status", f.to().name()).param("amount", f.amount())
                            .param("today", Date.valueOf(today)).param("from", Date.valueOf(payableFrom)));
            budgets.reserve(a.payer(), a.payableYear(), f.amount(), a.id(), by.username());
            event(f, f.amount(), f.comment());
            audit.record("AWARD_APPROVED", "AWARD", id, "最终批准（角色 " + by.role() + "），金额"
                    + AwardProblems.yuan(f.amount()) + "，从 " + a.payer() + " " + a.payableYear() + "年度预算预留；公示"
                    + notice.days() + "天，自" + payableFrom + "起可支付；意见：" + f.comment());
            events.publishEvent(new AwardApproved(a.id(), a.entitlementId(), a.beneficiary(), a.line(), f.amount(), a.payer(),
                    a.payableYear(), today, payableFrom));
        } else if (change instanceof AwardChange.Rejected r) {
            move(a, "status = :status, pending_role = NULL", spec -> spec.param("status", r.to().name()));
            event(r, null, r.comment());
            audit.record("AWARD_REJECTED", "AWARD", id, "驳回（角色 " + by.role() + "）：" + r.comment());
        } else if (change instanceof AwardChange.Returned r) {
            if (r.toConfirmation()) {
                move(a, "status = :status, pending_role = :pending, step = 0, bank_account = NULL",
                        spec -> spec.param("status", r.to().name()).param("pending", r.next().name()));
            } else {
                move(a, "step = :step, pending_role = :pending",
                        spec -> spec.param("step", r.previousStep()).param("pending", r.next().name()));
            }
            event(a.id(), r.eventKind(), by.username(), by.role(), a.status(), r.to(), null, r.comment(), r.next().name());
            audit.record("AWARD_RETURNED", "AWARD", id, "退回修改（角色 " + by.role() + "），退回" + (r.toConfirmation()
                    ? "企业确认（收款账号须重新录入）" : r.next().chineseName() + "重新审核") + "；意见：" + r.comment());
        } else if (change instanceof AwardChange.Withdrawn w) {
            move(a, "status = :status, pending_role = NULL", spec -> spec.param("status", w.to().name()));
            budgets.release(a.payer(), a.payableYear(), a.amount(), a.id(), by.username());
            event(w, a.amount(), w.reason());
            audit.record("AWARD_WITHDRAWN", "AWARD", id, "撤回已批准奖补（角色 " + by.role() + "），释放预留"
                    + AwardProblems.yuan(a.amount()) + "；理由：" + w.reason());
        } else {
            throw new IllegalArgumentException("payments are saved by payOnce");
        }
        return reread(a.id());
    }

    // ------------------------------------------------------------------ payment

    /**
     * Records the one payment of an approved award (PROVINCE_FINANCE only, never by someone who took
     * another step on it). The same idempotency key answers the same payment ({@code created} false).
     * Safe under any number of concurrent requests: the award's status moves APPROVED→PAID by one
     * conditional UPDATE, and payment(award_id) and payment(idempotency_key) are unique; the loser of
     * a race rolls back, re-reads and answers the winner's payment when the key is its own, else 409.
     */
    public PaymentOutcome pay(long id, String amountYuan, String idempotencyKey) {
        DataScope scope = CurrentUser.scope();
        Award.roleRefusal(AwardAction.PAY, scope).ifPresent(refused -> {
            throw refused;
        });
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
        LocalDate today = LocalDate.now(CHINA);
        a.pay(scope, amount, today);
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

    /**
     * Sets a payer's budget for a year; answers whether it was created. 省科技厅 (PROVINCE_ADMIN) sets
     * any payer's; a city officer its own city's (payer = its city code, the payer of its matching lines).
     */
    public boolean setBudget(String payer, Integer year, String amountYuan) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.CITY_OFFICER);
        String code = payer == null ? "" : payer.trim();
        if (!code.matches("[A-Za-z0-9_-]{2,64}")) {
            throw new InvalidInput("字段“payer”：付款单位代码须为2至64位字母、数字、下划线或连字符，如 PROVINCE_DEPARTMENT");
        }
        Budgets.refusalToSet(scope, code).ifPresent(refused -> {
            throw refused;
        });
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

    private void event(AwardChange change, BigDecimal amount, String comment) {
        event(change.award().id(), change.eventKind(), change.by().username(), change.by().role(), change.award().status(),
                change.to(), amount, comment);
    }

    private void event(long awardId, String kind, String actor, Role role, AwardStatus from, AwardStatus to, BigDecimal amount,
            String comment) {
        event(awardId, kind, actor, role, from, to, amount, comment, null);
    }

    private void event(long awardId, String kind, String actor, Role role, AwardStatus from, AwardStatus to, BigDecimal amount,
            String comment, String returnedTo) {
        // appended to the case history's hash chain (AwardChains); the database refuses UPDATE and DELETE
        chain.append(AwardChains.AWARD_EVENT, java.util.Arrays.asList(awardId, kind, actor, role == null ? null : role.name(),
                Timestamp.from(Instant.now()), from == null ? null : from.name(), to.name(), amount, comment, returnedTo));
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
    @io.swagger.v3.oas.annotations.media.Schema(name = "AwardDecisionRequest", description = "对奖补的审核决定（不同于撤销建议的 RevocationDecisionRequest）")
    public record DecisionRequest(
            @io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"APPROVE", "REJECT"}, requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String decision,
            String comment,
            @io.swagger.v3.oas.annotations.media.Schema(description = "决定的金额（元）：MINIMUM 或 TO_BE_DECIDED 的奖补由批准者确定；其他情况可省略") String amountYuan) {
    }
}
