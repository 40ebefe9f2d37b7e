package cn.gov.gansu.gaoxin.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import cn.gov.gansu.gaoxin.award.AwardProblems.InPublicNotice;
import cn.gov.gansu.gaoxin.award.AwardProblems.SameHands;
import cn.gov.gansu.gaoxin.award.AwardProblems.WrongAmount;
import cn.gov.gansu.gaoxin.award.AwardProblems.WrongState;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.Money;

/**
 * One award case (奖补案件): what the entitlement offered (clause, explanation, amount and its type,
 * payer, payable year, approval chain), where the case stands, and who already acted on it. Its
 * steps — {@link #confirm}, {@link #decide}, {@link #sendBack}, {@link #withdraw}, {@link #pay} — check the rules of
 * contracts §7 and §8 (whose turn it is; nobody takes two steps on one award) and answer the change
 * to record, or refuse with the reason; {@link #allowedActions} answers the same rules for a page.
 * The caller has already checked that the award lies in the user's data scope.
 *
 * @param amount the decided amount: the offered one for FIXED and CAPPED, the case decision's for
 *               MINIMUM and TO_BE_DECIDED (null until then)
 * @param step   index into {@code approvals} of the role whose decision is awaited while UNDER_REVIEW
 * @param acts   who took which step so far (from the case's event history), oldest first
 */
record Award(long id, String entitlementId, String beneficiary, BeneficiaryKind beneficiaryKind, String beneficiaryZone,
        String line, String clause, AmountType amountType, BigDecimal offeredAmount, BigDecimal amount, String payer,
        int payableYear, List<Role> approvals, int step, AwardStatus status, int version, String explanation,
        LocalDate eventDate, String bankAccount, LocalDate approvedOn, LocalDate payableFrom, Instant createdAt,
        List<Act> acts) {

    /** The official roles an approval chain may hold, each at most once (contracts §8). */
    static final Set<Role> APPROVER_ROLES = EnumSet.of(Role.ZONE_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_ADMIN,
            Role.PROVINCE_FINANCE, Role.PROVINCE_GOVERNMENT);

    private static final String FOUR_EYES = "（职责分离：同一奖补的代企业确认、各级审批和付款须由不同人员办理）";

    Award {
        approvals = List.copyOf(approvals);
        acts = acts == null ? List.of() : List.copyOf(acts);
    }

    Award withActs(List<Act> history) {
        return new Award(id, entitlementId, beneficiary, beneficiaryKind, beneficiaryZone, line, clause, amountType,
                offeredAmount, amount, payer, payableYear, approvals, step, status, version, explanation, eventDate,
                bankAccount, approvedOn, payableFrom, createdAt, history);
    }

    /** The role whose decision (or confirmation) is awaited; null when none. */
    Role pendingRole() {
        return switch (status) {
            case PENDING_CONFIRMATION -> Role.ENTERPRISE;
            case UNDER_REVIEW -> approvals.get(step);
            default -> null;
        };
    }

    boolean atFinalStep() {
        return status == AwardStatus.UNDER_REVIEW && step == approvals.size() - 1;
    }

    /** The amount shown: decided, else the offered one (the floor for MINIMUM), null when not yet set. */
    BigDecimal shownAmount() {
        return amount != null ? amount : offeredAmount;
    }

    /** Whether an official (the zone officer) confirmed the award and entered the bank account on the beneficiary's behalf. */
    boolean confirmedOnBehalf() {
        return acts.stream().anyMatch(Act::confirmationOnBehalf);
    }

    // ------------------------------------------------------------------ approval chains

    /**
     * Reads an approval chain as offered by the policy: official approver roles only, each once; an
     * empty chain is the department's final approval alone (SPEC: 省科技厅 gives the final approval).
     *
     * @throws IllegalArgumentException naming what is wrong with the chain
     */
    static List<Role> chain(List<String> names) {
        List<Role> chain = new ArrayList<>();
        Set<Role> seen = new HashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            Role role;
            try {
                role = Role.valueOf(name == null ? "" : name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("approval chain " + names + " names an unknown role " + name);
            }
            if (!APPROVER_ROLES.contains(role)) {
                throw new IllegalArgumentException("approval chain " + names + " holds " + role
                        + ", which is not an official approver role " + APPROVER_ROLES);
            }
            if (!seen.add(role)) {
                throw new IllegalArgumentException("approval chain " + names + " holds " + role + " twice");
            }
            chain.add(role);
        }
        if (chain.isEmpty()) {
            chain.add(Role.PROVINCE_ADMIN);
        }
        return chain;
    }

    // ------------------------------------------------------------------ who may do what

    /** The actions this user may take now on this award (already known to be in the user's scope). */
    Set<AwardAction> allowedActions(DataScope user) {
        Set<AwardAction> allowed = EnumSet.noneOf(AwardAction.class);
        for (AwardAction action : AwardAction.values()) {
            if (refusal(action, user).isEmpty()) {
                allowed.add(action);
            }
        }
        if (allowed.contains(AwardAction.DECLINE)) {
            allowed.remove(AwardAction.REJECT); // an enterprise's REJECT is its declining
        }
        return allowed;
    }

    /**
     * Why the step awaiting this user's role is not theirs to take (they already acted on the award),
     * for a page to say instead of showing no form; null when it is theirs or not their role's turn.
     */
    String barredNote(DataScope user) {
        boolean rolesTurn = status == AwardStatus.UNDER_REVIEW && user.role() == pendingRole()
                || status == AwardStatus.APPROVED && user.role() == Role.PROVINCE_FINANCE;
        if (!rolesTurn) {
            return null;
        }
        return priorStep(user, status == AwardStatus.APPROVED ? "办理付款" : "审批").map(RuntimeException::getMessage).orElse(null);
    }

    /**
     * Why this user may not take {@code action} now, as the refusal to answer; empty when allowed.
     * Order: the role, then the user's earlier steps (four eyes), then the state of the case.
     */
    Optional<DomainProblem> refusal(AwardAction action, DataScope user) {
        Optional<DomainProblem> role = roleRefusal(action, user);
        if (role.isPresent()) {
            return role;
        }
        return Optional.ofNullable(switch (action) {
            case CONFIRM, DECLINE -> status != AwardStatus.PENDING_CONFIRMATION
                    ? new WrongState(id, status, action == AwardAction.CONFIRM ? "确认（只有待企业确认的奖补需要确认）" : "放弃领取")
                    : null;
            case APPROVE, REJECT -> decisionRefusal(action, user);
            case RETURN -> returnRefusal(user);
            case WITHDRAW -> status != AwardStatus.APPROVED ? new WrongState(id, status, "撤回（只能撤回已批准、未支付的奖补）") : null;
            case PAY -> priorStep(user, "办理付款").map(DomainProblem.class::cast)
                    .orElse(status != AwardStatus.APPROVED ? new WrongState(id, status, "支付（只能支付已批准的奖补）") : null);
        });
    }

    /** The part of the rule that needs only the user's role: who may ever take this kind of step. */
    static Optional<DomainProblem> roleRefusal(AwardAction action, DataScope user) {
        Role r = user.role();
        String mine = "您的角色“" + r.chineseName() + "”";
        return Optional.ofNullable(switch (action) {
            case CONFIRM -> r == Role.ENTERPRISE || r == Role.ZONE_OFFICER ? null
                    : new Forbidden("奖补只能由受益企业本身或其所在高新区管委会工作人员代为确认，" + mine + "无权确认");
            case DECLINE -> r == Role.ENTERPRISE ? null : new Forbidden("只有受益企业本身可以放弃领取奖补，" + mine + "无权操作");
            case APPROVE, REJECT -> APPROVER_ROLES.contains(r) || r == Role.ENTERPRISE ? null
                    : new Forbidden(mine + "不在任何审批链中，无权作出审批决定");
            case RETURN -> APPROVER_ROLES.contains(r) ? null : new Forbidden(mine + "不在任何审批链中，无权退回修改");
            case WITHDRAW -> r == Role.PROVINCE_ADMIN ? null : new Forbidden("只有省科技厅管理员可以撤回已批准的奖补，" + mine + "无权撤回");
            case PAY -> r == Role.PROVINCE_FINANCE ? null
                    : new Forbidden("奖补付款只能由省财政厅办理，" + mine + "不能办理付款" + FOUR_EYES);
        });
    }

    private DomainProblem decisionRefusal(AwardAction action, DataScope user) {
        Optional<SameHands> earlier = priorStep(user, "审批");
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Role role = user.role();
        if (status.terminal()) {
            return approvals.contains(role) ? new WrongState(id, status, "再作审批决定")
                    : new Forbidden("奖补“" + id + "”已审结，您的角色无权作出决定");
        }
        Role pending = pendingRole();
        if (role != pending) {
            return new Forbidden("奖补“" + id + "”当前待“" + pending.chineseName() + "”处理，您的角色“"
                    + role.chineseName() + "”无权作出决定");
        }
        if (action == AwardAction.APPROVE && status == AwardStatus.PENDING_CONFIRMATION) {
            return new InvalidInput("字段“decision”：企业确认奖补请通过 POST /api/awards/" + id
                    + "/confirmation 提交收款银行账号；不接受此奖补可选择 REJECT 并说明理由");
        }
        return null;
    }

    /**
     * 退回修改 is the current step's role's, under review only, by someone who took no barring step;
     * from the first step it goes back to the beneficiary's confirmation, which a zone has not.
     */
    private DomainProblem returnRefusal(DataScope user) {
        if (status != AwardStatus.UNDER_REVIEW) {
            return new WrongState(id, status, "退回修改（只能退回审核中的奖补）");
        }
        DomainProblem decision = decisionRefusal(AwardAction.REJECT, user);
        if (decision != null) {
            return decision;
        }
        if (step == 0 && beneficiaryKind == BeneficiaryKind.ZONE) {
            return new InvalidInput("奖补“" + id + "”处于审批第一步，受益方为高新区、无需确认，没有可退回的上一步；不同意请驳回");
        }
        return null;
    }

    /**
     * The refusal when this user already took a step that bars {@code what}: any decision on the
     * award, or its confirmation on the beneficiary's behalf. An enterprise confirming its own award
     * took its own step, which bars no official.
     */
    Optional<SameHands> priorStep(DataScope user, String what) {
        for (int i = 0; i < acts.size(); i++) {
            Act act = acts.get(i);
            if (!act.actor().equals(user.username())) {
                continue;
            }
            if (act.decision() && !supersededAt(i)) {
                return Optional.of(new SameHands("您已作出本奖补的审批，不能再" + what + "：您于"
                        + act.at().atZone(AwardManagement.CHINA).toLocalDate() + "以“" + roleName(act.role()) + "”身份"
                        + ("REJECT".equals(act.kind()) ? "驳回" : "审核通过") + FOUR_EYES));
            }
            if (act.confirmationOnBehalf()) {
                return Optional.of(new SameHands("您已代企业确认本奖补并录入收款账号，不能再" + what + FOUR_EYES));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the decision at {@code index} was undone by a later 退回修改 to its role: its maker takes
     * the same step again, which is no second step (the TODO list reads the same rule in SQL).
     */
    private boolean supersededAt(int index) {
        Act decision = acts.get(index);
        for (int j = index + 1; j < acts.size(); j++) {
            Act later = acts.get(j);
            if ("RETURNED".equals(later.kind()) && decision.role() != null && decision.role().equals(later.returnedTo())) {
                return true;
            }
        }
        return false;
    }

    private static String roleName(String role) {
        try {
            return Role.valueOf(role).chineseName();
        } catch (RuntimeException unknown) {
            return String.valueOf(role);
        }
    }

    private void refuse(AwardAction action, DataScope user) {
        Optional<DomainProblem> refusal = refusal(action, user);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    // ------------------------------------------------------------------ the steps

    /** 确认: the enterprise, or its zone officer on its behalf, confirms the award and the bank account. */
    AwardChange.Confirmed confirm(DataScope by, String bankAccount) {
        roleRefusal(AwardAction.CONFIRM, by).ifPresent(refused -> {
            throw refused;
        });
        String account = bankAccount == null ? "" : bankAccount.replace(" ", "").replace("-", "");
        if (!account.matches("[0-9]{8,30}")) {
            throw new InvalidInput("字段“bankAccount”：银行账号须为8至30位数字");
        }
        refuse(AwardAction.CONFIRM, by);
        return new AwardChange.Confirmed(this, by, account, by.role() != Role.ENTERPRISE);
    }

    /**
     * A decision of the role at the current step (REJECT of an enterprise awaiting confirmation is its
     * declining); the last approval fixes the amount, which the caller reserves from the budget.
     */
    AwardChange decide(DataScope by, String decisionText, String commentText, String amountYuan) {
        String decision = decisionText == null ? "" : decisionText.trim().toUpperCase(Locale.ROOT);
        AwardAction action = decision.equals("REJECT") ? AwardAction.REJECT : AwardAction.APPROVE;
        DomainProblem general = decisionRefusal(AwardAction.REJECT, by);
        if (general != null) {
            throw general;
        }
        if (!decision.equals("APPROVE") && !decision.equals("REJECT")) {
            throw new InvalidInput("字段“decision”：须为 APPROVE（批准）或 REJECT（驳回）");
        }
        String comment = commentText == null ? "" : commentText.trim();
        if (comment.length() > 2000) {
            throw new InvalidInput("字段“comment”：意见最多2000字");
        }
        if (action == AwardAction.REJECT) {
            if (comment.isEmpty()) {
                throw new InvalidInput("字段“comment”：驳回须填写理由");
            }
            return new AwardChange.Rejected(this, by, comment);
        }
        refuse(AwardAction.APPROVE, by);
        BigDecimal proposed = amount(amountYuan);
        if (!atFinalStep()) {
            return new AwardChange.StepApproved(this, by, proposed, comment);
        }
        BigDecimal decided;
        if (amountType.decidedCaseByCase()) {
            if (proposed == null) {
                throw new InvalidInput("字段“amountYuan”：该奖补金额为" + amountType.chineseName() + "，最终批准须给出决定金额"
                        + (offeredAmount == null ? "" : "（不低于" + AwardProblems.yuan(offeredAmount) + "）"));
            }
            decided = proposed;
        } else {
            decided = amount;
        }
        return new AwardChange.Approved(this, by, decided, comment);
    }

    /** 退回修改: back to the previous step, or from the first back to the beneficiary's confirmation. */
    AwardChange.Returned sendBack(DataScope by, String commentText) {
        roleRefusal(AwardAction.RETURN, by).ifPresent(refused -> {
            throw refused;
        });
        String comment = commentText == null ? "" : commentText.trim();
        if (comment.isEmpty() || comment.length() > 2000) {
            throw new InvalidInput("字段“comment”：退回修改须填写需修改的内容（最多2000字）");
        }
        refuse(AwardAction.RETURN, by);
        return new AwardChange.Returned(this, by, comment);
    }

    /** The amount sent with an approval, checked against the award's amount type; null when none was sent. */
    private BigDecimal amount(String amountYuan) {
        if (amountYuan == null || amountYuan.isBlank()) {
            return null;
        }
        BigDecimal value = Money.parse(amountYuan).yuan();
        if (value.signum() <= 0) {
            throw new InvalidInput("字段“amountYuan”：金额须大于0");
        }
        switch (amountType) {
            case MINIMUM -> {
                if (value.compareTo(offeredAmount) < 0) {
                    throw new InvalidInput("字段“amountYuan”：一事一议金额" + AwardProblems.yuan(value) + "低于政策规定的最低额"
                            + AwardProblems.yuan(offeredAmount) + "（第" + clause + "条）");
                }
            }
            case TO_BE_DECIDED -> {
            }
            default -> {
                if (value.compareTo(amount) != 0) {
                    throw new InvalidInput("字段“amountYuan”：该奖补金额按政策确定为" + AwardProblems.yuan(amount)
                            + "（" + amountType.chineseName() + "），不得改为" + AwardProblems.yuan(value));
                }
            }
        }
        return value;
    }

    /** 撤回: the department withdraws an approved, unpaid award; the caller releases its reservation. */
    AwardChange.Withdrawn withdraw(DataScope by, String reason) {
        refuse(AwardAction.WITHDRAW, by);
        return new AwardChange.Withdrawn(this, by, reason);
    }

    /** 支付: the one payment of an approved award, by finance, of the approved amount, after 公示. */
    AwardChange.Paid pay(DataScope by, BigDecimal paid, LocalDate today) {
        refuse(AwardAction.PAY, by);
        if (amount.compareTo(paid) != 0) {
            throw new WrongAmount(id, amount, paid);
        }
        if (payableFrom != null && today.isBefore(payableFrom)) {
            throw new InPublicNotice(id, payableFrom);
        }
        return new AwardChange.Paid(this, by, paid);
    }

    // ------------------------------------------------------------------ kinds

    /** One step taken on the case, as its event history records it. */
    record Act(String kind, String actor, String role, Instant at, String returnedTo) {

        Act(String kind, String actor, String role, Instant at) {
            this(kind, actor, role, at, null);
        }

        boolean decision() {
            return "APPROVE".equals(kind) || "REJECT".equals(kind);
        }

        boolean confirmationOnBehalf() {
            return "CONFIRMED".equals(kind) && role != null && !Role.ENTERPRISE.name().equals(role);
        }
    }

    /** Who receives the award. */
    enum BeneficiaryKind {
        /** a unit with a USCC: confirms the award and its bank account first */
        ENTERPRISE,
        /** a zone (clauses 1, 2, 20): no confirmation step */
        ZONE
    }

    /** As in contracts §3. */
    enum AmountType {
        FIXED("定额"), CAPPED("限额（最高额）"), MINIMUM("一事一议（不低于政策下限）"), TO_BE_DECIDED("一事一议（金额待定）");

        private final String chineseName;

        AmountType(String chineseName) {
            this.chineseName = chineseName;
        }

        String chineseName() {
            return chineseName;
        }

        boolean decidedCaseByCase() {
            return this == MINIMUM || this == TO_BE_DECIDED;
        }
    }
}
