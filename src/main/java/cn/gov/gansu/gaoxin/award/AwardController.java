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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "奖补")
class AwardController {

    static final String READERS = "角色：省级角色与 AUDITOR 看全部；CITY_OFFICER 本市州；ZONE_OFFICER 本区；ENTERPRISE 本企业；EXPERT 分配给本人的（范围外答 403 或 404）。";

    private final AwardCases cases;
    private final AwardManagement management;

    /** 已核验 (contracts §9): whether an imported official list confirmed the award's fact. */
    private final FactVerifications verifications;

    AwardController(AwardCases cases, AwardManagement management, FactVerifications verifications) {
        this.cases = cases;
        this.management = management;
        this.verifications = verifications;
    }

    @Operation(operationId = "listAwards", summary = "列出奖补", description = "契约§7：调用者数据范围内的奖补，可按受益者、状态、待办角色筛选。" + READERS)
    @GetMapping("/api/awards")
    Page list(@Parameter(description = "受益者：统一社会信用代码或高新区代码") @RequestParam(required = false) String beneficiary,
            @Parameter(description = "状态", schema = @Schema(implementation = AwardStatus.class)) @RequestParam(required = false) String status,
            @Parameter(description = "待其决定的角色", schema = @Schema(implementation = Role.class)) @RequestParam(required = false) String pendingRole,
            @Parameter(description = "页码，从0起") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数，1至500") @RequestParam(defaultValue = "50") int size) {
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

    @Operation(operationId = "getAward", summary = "查看一项奖补", description = "契约§7：金额依据（条款与说明）、支付记录、决定与全部历史；allowedActions 为调用者此刻可做的操作。" + READERS)
    @GetMapping("/api/awards/{id}")
    Detail get(@PathVariable long id) {
        Award a = cases.find(CurrentUser.scope(), id).orElseThrow(() -> new AwardProblems.AwardNotFound(id));
        return detail(a);
    }

    @Operation(operationId = "confirmAward", summary = "确认领取奖补（填写银行账户）",
            description = "契约§7、§8：企业本人确认，或本区 ZONE_OFFICER 代为确认（confirmedOnBehalf 为 true，代确认人之后不能再决定该奖补）。角色：ENTERPRISE（本企业）、ZONE_OFFICER（本区）。")
    @PostMapping("/api/awards/{id}/confirmation")
    Detail confirm(@PathVariable long id, @RequestBody Confirmation body) {
        return detail(management.confirm(id, body.bankAccount()));
    }

    @Operation(operationId = "decideAward", summary = "审核决定：通过或驳回",
            description = "契约§7、§8：由 pendingRole 的用户在数据范围内决定；任何人不能对同一奖补做两步（已确认或已决定者再决定答 403 并说明原因）。"
                    + "最终批准从出资方当年预算中预留金额，超出预算答 409 且奖补状态不变。MINIMUM/TO_BE_DECIDED 的金额由 amountYuan 决定。"
                    + "角色：pendingRole 所示角色（ZONE_OFFICER、CITY_OFFICER、PROVINCE_ADMIN、PROVINCE_FINANCE、PROVINCE_GOVERNMENT、EXPERT 之一）。")
    @PostMapping("/api/awards/{id}/decisions")
    Detail decide(@PathVariable long id, @RequestBody AwardManagement.DecisionRequest body) {
        return detail(management.decide(id, body));
    }

    /** 退回修改: back to the previous step (or the beneficiary's confirmation), {"comment": "..."} required. */
    @Operation(operationId = "returnAward", summary = "退回修改：退回上一步",
            description = "退回上一审批步骤（或受益者的确认），须填写理由（comment）。角色：pendingRole 所示的审批角色（ZONE_OFFICER、CITY_OFFICER、PROVINCE_ADMIN、PROVINCE_FINANCE、PROVINCE_GOVERNMENT 之一）。")
    @PostMapping("/api/awards/{id}/return")
    Detail sendBack(@PathVariable long id, @RequestBody Withdrawal body) {
        return detail(management.sendBack(id, body.comment()));
    }

    @Operation(operationId = "withdrawAward", summary = "撤回已批准未支付的奖补", description = "释放预留的预算。角色：PROVINCE_ADMIN。")
    @PostMapping("/api/awards/{id}/withdrawal")
    Detail withdraw(@PathVariable long id, @RequestBody Withdrawal body) {
        return detail(management.withdraw(id, body.comment()));
    }

    @Operation(operationId = "recordPayment", summary = "记录奖补支付（幂等）",
            description = "契约§7、§8：为已批准（且公示期满）的奖补记录支付，状态变为 PAID。同一 Idempotency-Key 再次请求答同一笔支付（200 或 201），绝不产生第二笔；"
                    + "已支付的奖补换用另一键答 409；金额与批准金额不同答 409；任何并发下一项奖补只支付一次。决定过该奖补的人不能支付（403）。角色：PROVINCE_FINANCE。",
            responses = {
                    @ApiResponse(responseCode = "201", description = "新记录的支付",
                            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PaymentView.class))),
                    @ApiResponse(responseCode = "200", description = "同一 Idempotency-Key 的重放：已记录的同一笔支付",
                            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PaymentView.class)))})
    @PostMapping("/api/awards/{id}/payments")
    ResponseEntity<PaymentView> pay(@PathVariable long id, @RequestBody PaymentRequest body,
            @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", example = "3f1c2b7e-5d4a-4c1e-9a8b-2f6d7e8c9a01",
                    description = "幂等键：同一键重复请求答同一笔支付，不会重复支付；每次新的支付使用新的键（如 UUID）")
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
                a.eventDate(), CurrentUser.scope().role() == Role.PROVINCE_FINANCE ? a.bankAccount() : masked(a.bankAccount()), a.approvedOn(), a.payableFrom(),
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

    @Schema(name = "AwardPage", description = "调用者数据范围内的奖补（分页）")
    record Page(List<Summary> items, long total) {
    }

    /** An award in a list; {@code confirmedOnBehalf} as in the detail (contracts §8). */
    @Schema(name = "AwardSummary")
    record Summary(long id, @Schema(description = "奖补项目。取值：NEW_NATIONAL_ZONE、NEW_PROVINCIAL_ZONE、NATIONAL_PROJECT、NEW_HIGH_TECH_ENTERPRISE、NEW_PROVINCIAL_INNOVATIVE_ENTERPRISE、INTRODUCED_UNICORN_OR_GAZELLE、EVALUATION_TOP_RANK（契约§3），或市州配套线代码") String line,
            @Schema(description = "决定的金额，否则为给予的金额（MINIMUM 时为下限），TO_BE_DECIDED 时为 null") String amountYuan,
            @Schema(implementation = AwardStatus.class) String status,
            @Schema(implementation = Role.class, description = "待其决定的角色；无待办时为 null", nullable = true) String pendingRole,
            String beneficiary, String beneficiaryZone, String clause,
            @Schema(implementation = Award.AmountType.class) String amountType, @Schema(description = "出资方。取值：PROVINCE_DEPARTMENT（省科技厅）、PROVINCE_FINANCE（省级财政），配套奖补为市州或高新区代码") String payer, int payableYear, LocalDate approvedOn,
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
     * RETURN, WITHDRAW, PAY).
     */
    @Schema(name = "AwardDetail")
    record Detail(long id, @Schema(description = "奖补项目。取值：NEW_NATIONAL_ZONE、NEW_PROVINCIAL_ZONE、NATIONAL_PROJECT、NEW_HIGH_TECH_ENTERPRISE、NEW_PROVINCIAL_INNOVATIVE_ENTERPRISE、INTRODUCED_UNICORN_OR_GAZELLE、EVALUATION_TOP_RANK（契约§3），或市州配套线代码") String line,
            @Schema(description = "决定的金额，否则为给予的金额（MINIMUM 时为下限），TO_BE_DECIDED 时为 null") String amountYuan,
            @Schema(implementation = AwardStatus.class) String status,
            @Schema(implementation = Role.class, description = "待其决定的角色；无待办时为 null", nullable = true) String pendingRole,
            @Schema(description = "状态中文名") String statusName,
            String beneficiary, @Schema(implementation = Award.BeneficiaryKind.class) String beneficiaryKind, String beneficiaryZone,
            String clause, @Schema(implementation = Award.AmountType.class) String amountType,
            String offeredAmountYuan, @Schema(description = "出资方。取值：PROVINCE_DEPARTMENT（省科技厅）、PROVINCE_FINANCE（省级财政），配套奖补为市州或高新区代码") String payer, int payableYear,
            @ArraySchema(schema = @Schema(implementation = Role.class), arraySchema = @Schema(description = "审批链上的角色，依次")) List<String> approvals,
            @Schema(description = "中文说明：条款原文与算式") String explanation,
            String entitlementId, LocalDate eventDate, @Schema(description = "银行账户（仅显示末4位）") String bankAccount,
            LocalDate approvedOn, LocalDate payableFrom,
            List<PaymentView> payments, List<DecisionView> decisions, List<HistoryView> history,
            @Schema(description = "由高新区工作人员代企业确认（契约§8）") boolean confirmedOnBehalf,
            @ArraySchema(schema = @Schema(implementation = AwardAction.class), arraySchema = @Schema(description = "调用者此刻可做的操作")) List<String> allowedActions,
            @Schema(description = "事实已由导入的官方名单核验（契约§9）") boolean verified) {
    }

    /** A decision: who, in which role, when, APPROVE or REJECT, the comment and any amount decided or proposed. */
    @Schema(name = "AwardDecisionView")
    record DecisionView(String who, @Schema(implementation = Role.class) String role, Instant when,
            @Schema(allowableValues = {"APPROVE", "REJECT"}) String decision, String comment, String amountYuan) {
        static DecisionView of(HistoryEntry h) {
            return new DecisionView(h.actor(), h.role(), h.at(), h.kind(), h.comment(), money(h.amount()));
        }
    }

    /** Any step of the case (OFFERED, CONFIRMED, APPROVE, REJECT, WITHDRAWN, PAID). */
    @Schema(name = "AwardHistoryView")
    record HistoryView(@Schema(description = "步骤。取值：OFFERED、CONFIRMED、APPROVE、REJECT、RETURNED、WITHDRAWN、PAID 等") String kind, String who,
            @Schema(implementation = Role.class) String role, Instant when,
            @Schema(implementation = AwardStatus.class) String statusFrom, @Schema(implementation = AwardStatus.class) String statusTo,
            String comment, String amountYuan) {
        static HistoryView of(HistoryEntry h) {
            return new HistoryView(h.kind(), h.actor(), h.role(), h.at(), h.statusFrom(), h.statusTo(), h.comment(),
                    money(h.amount()));
        }
    }

    /** A payment. */
    @Schema(name = "AwardPaymentView")
    record PaymentView(long id, long awardId, String amountYuan, @Schema(description = "出资方。取值：PROVINCE_DEPARTMENT（省科技厅）、PROVINCE_FINANCE（省级财政），配套奖补为市州或高新区代码") String payer, int year, Instant paidAt, String paidBy,
            @Schema(implementation = Role.class) String paidByRole, String idempotencyKey,
            @Schema(implementation = AwardStatus.class, description = "支付后奖补的状态（PAID）；在奖补详情的 payments 中为 null") String status) {
        static PaymentView of(Payment p, AwardStatus status) {
            return new PaymentView(p.id(), p.awardId(), money(p.amount()), p.payer(), p.year(), p.paidAt(), p.paidBy(),
                    p.paidByRole(), p.idempotencyKey(), status == null ? null : status.name());
        }
    }

    @Schema(name = "AwardConfirmation")
    record Confirmation(@Schema(description = "收款银行账户", requiredMode = Schema.RequiredMode.REQUIRED) String bankAccount) {
    }

    @Schema(name = "AwardWithdrawal")
    record Withdrawal(@Schema(description = "撤回理由", requiredMode = Schema.RequiredMode.REQUIRED) String comment) {
    }

    @Schema(name = "AwardPaymentRequest")
    record PaymentRequest(@Schema(description = "支付金额（元），须等于批准金额", requiredMode = Schema.RequiredMode.REQUIRED) String amountYuan) {
    }
}
