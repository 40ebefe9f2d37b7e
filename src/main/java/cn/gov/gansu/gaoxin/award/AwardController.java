package cn.gov.gansu.gaoxin.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.gov.gansu.gaoxin.award.AwardCases.HistoryEntry;
import cn.gov.gansu.gaoxin.award.AwardCases.Payment;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The award cases' JSON API (contracts §7): list, detail, confirmation, decisions, withdrawal, payment. */
@RestController
class AwardController {

    private final AwardCases cases;
    private final AwardManagement management;

    /** 已核验 (contracts §9): whether an imported official list confirmed the award's fact. */
    private final FactVerifications verifications;

    AwardController(AwardCases cases, AwardManagement management, FactVerifications verifications) {
        this.cases = cases;
        this.management = management;
        this.verifications = verifications;
    }

    @GetMapping("/api/awards")
    Page list(@RequestParam(required = false) String beneficiary, @RequestParam(required = false) String status,
            @RequestParam(required = false) String pendingRole, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        DataScope scope = CurrentUser.scope();
        String who = beneficiary == null || beneficiary.isBlank() ? null : beneficiary.trim();
        if (who != null && who.length() > 64) {
            throw new InvalidInput("参数“beneficiary”过长：应为统一社会信用代码或高新区代码");
        }
        if (who != null && who.length() == 18) {
            who = who.toUpperCase(Locale.ROOT);
        }
        AwardCases.Page found = cases.list(scope, who, parse(AwardStatus.class, status, "status"),
                parse(Role.class, pendingRole, "pendingRole"), new Paging(page, size));
        return new Page(found.items().stream().map(Summary::of).toList(), found.total());
    }

    @GetMapping("/api/awards/{id}")
    Detail get(@PathVariable long id) {
        Award a = cases.find(CurrentUser.scope(), id).orElseThrow(() -> new AwardProblems.AwardNotFound(id));
        return detail(a);
    }

    @PostMapping("/api/awards/{id}/confirmation")
    Detail confirm(@PathVariable long id, @RequestBody Confirmation body) {
        return detail(management.confirm(id, body.bankAccount()));
    }

    @PostMapping("/api/awards/{id}/decisions")
    Detail decide(@PathVariable long id, @RequestBody AwardManagement.DecisionRequest body) {
        return detail(management.decide(id, body));
    }

    @PostMapping("/api/awards/{id}/withdrawal")
    Detail withdraw(@PathVariable long id, @RequestBody Withdrawal body) {
        return detail(management.withdraw(id, body.comment()));
    }

    @PostMapping("/api/awards/{id}/payments")
    ResponseEntity<PaymentView> pay(@PathVariable long id, @RequestBody PaymentRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        AwardManagement.PaymentOutcome outcome = management.pay(id, body.amountYuan(), key);
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(PaymentView.of(outcome.payment(), AwardStatus.PAID));
    }

    private Detail detail(Award a) {
        List<HistoryEntry> history = cases.history(a.id());
        return new Detail(a.id(), a.line(), money(a.shownAmount()), a.status().name(),
                a.pendingRole() == null ? null : a.pendingRole().name(), a.status().chineseName(), a.beneficiary(),
                a.beneficiaryKind().name(), a.beneficiaryZone(), a.clause(), a.amountType().name(), money(a.offeredAmount()),
                a.payer(), a.payableYear(), a.approvals().stream().map(Role::name).toList(), a.explanation(), a.entitlementId(),
                a.eventDate(), masked(a.bankAccount()), a.approvedOn(), a.payableFrom(),
                cases.payments(a.id()).stream().map(p -> PaymentView.of(p, null)).toList(),
                history.stream().filter(HistoryEntry::isDecision).map(DecisionView::of).toList(),
                history.stream().map(HistoryView::of).toList(), a.confirmedOnBehalf(),
                a.allowedActions(CurrentUser.scope()).stream().map(Enum::name).toList(),
                verifications.isVerified(a.beneficiary(), a.eventDate()));
    }

    static String money(BigDecimal v) {
        return v == null ? null : v.setScale(2).toPlainString();
    }

    private static String masked(String account) {
        return account == null ? null : "*".repeat(Math.max(0, account.length() - 4)) + account.substring(account.length() - 4);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        return cn.gov.gansu.gaoxin.shared.Enums.optional(type, value, "参数“" + field + "”");
    }

    record Page(List<Summary> items, long total) {
    }

    /** An award in a list; {@code confirmedOnBehalf} as in the detail (contracts §8). */
    record Summary(long id, String line, String amountYuan, String status, String pendingRole, String beneficiary,
            String beneficiaryZone, String clause, String amountType, String payer, int payableYear, LocalDate approvedOn,
            LocalDate payableFrom, boolean confirmedOnBehalf) {
        static Summary of(Award a) {
            return new Summary(a.id(), a.line(), money(a.shownAmount()), a.status().name(),
                    a.pendingRole() == null ? null : a.pendingRole().name(), a.beneficiary(), a.beneficiaryZone(), a.clause(),
                    a.amountType().name(), a.payer(), a.payableYear(), a.approvedOn(), a.payableFrom(), a.confirmedOnBehalf());
        }
    }

    /**
     * One award with why its amount is what it is ({@code clause}, {@code explanation}), its payments
     * and its history. {@code amountYuan}: the decided amount, else the offered one (the floor when
     * {@code amountType} is MINIMUM), null while TO_BE_DECIDED. {@code confirmedOnBehalf}: the award
     * and its bank account were confirmed by the zone officer on the beneficiary's behalf (contracts
     * §8); {@code allowedActions}: what the caller may do now (CONFIRM, DECLINE, APPROVE, REJECT,
     * WITHDRAW, PAY).
     */
    record Detail(long id, String line, String amountYuan, String status, String pendingRole, String statusName,
            String beneficiary, String beneficiaryKind, String beneficiaryZone, String clause, String amountType,
            String offeredAmountYuan, String payer, int payableYear, List<String> approvals, String explanation,
            String entitlementId, LocalDate eventDate, String bankAccount, LocalDate approvedOn, LocalDate payableFrom,
            List<PaymentView> payments, List<DecisionView> decisions, List<HistoryView> history, boolean confirmedOnBehalf,
            List<String> allowedActions, boolean verified) {
    }

    /** A decision: who, in which role, when, APPROVE or REJECT, the comment and any amount decided or proposed. */
    record DecisionView(String who, String role, Instant when, String decision, String comment, String amountYuan) {
        static DecisionView of(HistoryEntry h) {
            return new DecisionView(h.actor(), h.role(), h.at(), h.kind(), h.comment(), money(h.amount()));
        }
    }

    /** Any step of the case (OFFERED, CONFIRMED, APPROVE, REJECT, WITHDRAWN, PAID). */
    record HistoryView(String kind, String who, String role, Instant when, String statusFrom, String statusTo,
            String comment, String amountYuan) {
        static HistoryView of(HistoryEntry h) {
            return new HistoryView(h.kind(), h.actor(), h.role(), h.at(), h.statusFrom(), h.statusTo(), h.comment(),
                    money(h.amount()));
        }
    }

    /** A payment. */
    record PaymentView(long id, long awardId, String amountYuan, String payer, int year, Instant paidAt, String paidBy,
            String paidByRole, String idempotencyKey, String status) {
        static PaymentView of(Payment p, AwardStatus status) {
            return new PaymentView(p.id(), p.awardId(), money(p.amount()), p.payer(), p.year(), p.paidAt(), p.paidBy(),
                    p.paidByRole(), p.idempotencyKey(), status == null ? null : status.name());
        }
    }

    record Confirmation(String bankAccount) {
    }

    record Withdrawal(String comment) {
    }

    record PaymentRequest(String amountYuan) {
    }
}
