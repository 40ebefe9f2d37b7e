package cn.gov.gansu.gaoxin.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.springframework.stereotype.Component;

/**
 * Read-only view of award cases and budgets for other modules (the console): every read takes the
 * caller's {@link DataScope}, which the SQL honours exactly as the JSON API does.
 */
@Component
public class AwardReads {

    private final AwardCases cases;
    private final Budgets budgets;

    /** 已核验 (contracts §9). */
    private final FactVerifications verifications;

    AwardReads(AwardCases cases, Budgets budgets, FactVerifications verifications) {
        this.cases = cases;
        this.budgets = budgets;
        this.verifications = verifications;
    }

    /** Awards in scope matching the filter (any criterion may be null), newest first. */
    public Page list(DataScope scope, Filter filter, Paging paging) {
        AwardCases.Page p = cases.list(scope, filter.beneficiary(), filter.beneficiaries(), filter.zone(), filter.line(), filter.status(),
                filter.pendingRole(), filter.tasks() == null ? null : AwardCases.Tasks.valueOf(filter.tasks().name()),
                filter.sort(), paging);
        return new Page(p.items().stream().map(AwardReads::summary).toList(), p.total());
    }

    /**
     * 我的待办: the awards in scope the caller may act on now — its role's turn and no earlier step of
     * its own on the award (contracts §8), a zone officer's awards awaiting confirmation, finance's
     * approved awards to pay.
     */
    public long countPending(DataScope scope) {
        return cases.countTodo(scope);
    }

    /** One award in scope with its history and payments; empty when unknown or outside the scope. */
    public Optional<Detail> find(DataScope scope, long id) {
        return cases.find(scope, id).map(a -> detail(a, scope));
    }

    /** The detail of a case; {@code scope} null for the system (no actions, no history). */
    private Detail detail(Award a, DataScope scope) {
        List<HistoryItem> history = scope == null ? List.of() : cases.history(a.id()).stream().map(h -> new HistoryItem(h.kind(),
                h.actor(), h.role(), h.at(), h.statusFrom(), h.statusTo(), h.amount(), h.comment())).toList();
        return new Detail(summary(a), a.beneficiaryKind().name(), a.amountType().name(),
                a.offeredAmount(), a.approvals(), a.step(), a.explanation(), a.entitlementId(), a.eventDate(),
                shown(a.bankAccount(), scope), a.amountType().decidedCaseByCase(), a.atFinalStep(), history,
                cases.payments(a.id()).stream().map(p -> new PaymentItem(p.id(), p.amount(), p.payer(), p.year(), p.paidAt(),
                        p.paidBy(), p.paidByRole())).toList(), a.confirmedOnBehalf(),
                scope == null ? java.util.Set.of() : a.allowedActions(scope), scope == null ? null : a.barredNote(scope),
                verifications.isVerified(a.beneficiary(), a.eventDate()));
    }

    /**
     * Budgets per payer and year: province roles and auditors all, a city or zone officer its own
     * payer; anyone else is refused (403).
     */
    public List<BudgetRow> budgets(DataScope scope, Integer year) {
        String payer = null;
        if (!scope.provinceWide()) {
            payer = Budgets.ownPayer(scope).orElseThrow(() -> new Forbidden("您的角色无权查看预算"));
        }
        return budgets.list(year, payer).stream()
                .map(b -> new BudgetRow(b.payer(), b.year(), b.amount(), b.reserved(), b.paid(), b.available())).toList();
    }

    /**
     * One award as the system sees it, whatever the caller's scope: for modules that keep their own
     * copy of awards (funds) and check scope themselves. Empty when unknown.
     */
    public Optional<Detail> findForSystem(long id) {
        return cases.find(id).map(a -> detail(a, null));
    }

    /** A payer's budget for a year whatever the caller's scope (the funds ledger books it); empty when none was set. */
    public Optional<BudgetRow> budgetForSystem(String payer, int year) {
        return budgets.find(payer, year)
                .map(b -> new BudgetRow(b.payer(), b.year(), b.amount(), b.reserved(), b.paid(), b.available()));
    }

    private static Summary summary(Award a) {
        return new Summary(a.id(), a.line(), a.clause(), a.beneficiary(), a.beneficiaryZone(), a.shownAmount(), a.status(),
                a.pendingRole(), a.payer(), a.payableYear(), a.approvedOn(), a.payableFrom(), a.createdAt(), a.confirmedOnBehalf());
    }

    /** security (issue 8 item 5): the payer (PROVINCE_FINANCE) sees the whole account; everyone else its last four digits. */
    private static String shown(String account, DataScope scope) {
        return scope != null && scope.role() == cn.gov.gansu.gaoxin.identity.Role.PROVINCE_FINANCE ? account : masked(account);
    }

    private static String masked(String account) {
        return account == null ? null : "*".repeat(Math.max(0, account.length() - 4)) + account.substring(account.length() - 4);
    }

    /**
     * List criteria; null means any. {@code beneficiary}: a USCC or a zone code; {@code zone}: the
     * beneficiary's zone; {@code sort}: id, amount, zone, status or year, "-" first for descending
     * (null or unknown: newest first); {@code tasks}: the caller's 我的待办 or 已办 (null: all in scope);
     * {@code beneficiaries}: any of these beneficiaries (null: any; empty: none), e.g. the enterprises
     * a name search found.
     */
    public record Filter(String beneficiary, String zone, String line, AwardStatus status, Role pendingRole, String sort,
            Tasks tasks, java.util.Set<String> beneficiaries) {

        public Filter {
            beneficiaries = beneficiaries == null ? null : java.util.Set.copyOf(beneficiaries);
        }

        public Filter(String beneficiary, String zone, String line, AwardStatus status, Role pendingRole, String sort,
                Tasks tasks) {
            this(beneficiary, zone, line, status, pendingRole, sort, tasks, null);
        }

        public Filter(String beneficiary, String zone, String line, AwardStatus status, Role pendingRole, String sort) {
            this(beneficiary, zone, line, status, pendingRole, sort, null);
        }
    }

    /** 我的待办 (what the caller may act on now) and 已办 (what the caller took a step on). */
    public enum Tasks {
        TODO("我的待办"), DONE("已办");

        private final String chineseName;

        Tasks(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    public record Page(List<Summary> items, long total) {
    }

    /**
     * An award in a list: {@code amount} is the decided one, else the offered one, null while to be
     * decided; {@code confirmedOnBehalf}: confirmed by the zone officer for the beneficiary (contracts §8).
     */
    public record Summary(long id, String line, String clause, String beneficiary, String beneficiaryZone, BigDecimal amount,
            AwardStatus status, Role pendingRole, String payer, int payableYear, LocalDate approvedOn, LocalDate payableFrom,
            Instant createdAt, boolean confirmedOnBehalf) {
    }

    /**
     * An award with why its amount is what it is, its chain, history and payments; whether it was
     * confirmed on the beneficiary's behalf; what the reader may do now ({@code allowed}, asked of the
     * award), and why a step awaiting the reader's role is not theirs ({@code barredNote}, else null).
     */
    public record Detail(Summary award, String beneficiaryKind, String amountType, BigDecimal offeredAmount,
            List<Role> approvals, int step, String explanation, String entitlementId, LocalDate eventDate,
            String maskedBankAccount, boolean amountDecidedCaseByCase, boolean atFinalStep, List<HistoryItem> history,
            List<PaymentItem> payments, boolean confirmedOnBehalf, java.util.Set<AwardAction> allowed, String barredNote,
            boolean verified) {

        public boolean may(String action) {
            return allowed.contains(AwardAction.valueOf(action));
        }
    }

    /** One step of a case: OFFERED, CONFIRMED, APPROVE, REJECT, RETURNED (退回修改), WITHDRAWN, PAID. */
    public record HistoryItem(String kind, String who, String role, Instant at, String statusFrom, String statusTo,
            BigDecimal amount, String comment) {
    }

    public record PaymentItem(long id, BigDecimal amount, String payer, int year, Instant paidAt, String paidBy,
            String paidByRole) {
    }

    public record BudgetRow(String payer, int year, BigDecimal amount, BigDecimal reserved, BigDecimal paid,
            BigDecimal available) {
    }
}
