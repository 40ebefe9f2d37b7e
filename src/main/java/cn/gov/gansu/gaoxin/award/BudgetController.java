package cn.gov.gansu.gaoxin.award;

import java.util.List;
import java.util.Optional;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Budgets per payer and year and the fund ledger. Setting: 省科技厅 (PROVINCE_ADMIN). Reading:
 * province roles and auditors everything; a city or zone officer its own payer (matching awards).
 */
@RestController
@Tag(name = "奖补")
class BudgetController {

    static final String READERS = "角色：省级角色与 AUDITOR 看全部；CITY_OFFICER、ZONE_OFFICER 只看本市州或本区（配套奖补）作为出资方的预算，其他 403。";

    private final Budgets budgets;
    private final AwardManagement management;

    BudgetController(Budgets budgets, AwardManagement management) {
        this.budgets = budgets;
        this.management = management;
    }

    @Operation(operationId = "setBudget", summary = "设定出资方的年度预算",
            description = "契约§7：首次设定答 201，修改答 200。最终批准从出资方与应付年度的预算中预留金额。角色：PROVINCE_ADMIN。",
            responses = {
                    @ApiResponse(responseCode = "201", description = "新设定的预算",
                            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BudgetView.class))),
                    @ApiResponse(responseCode = "200", description = "修改后的预算",
                            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BudgetView.class)))})
    @PostMapping("/api/budgets")
    ResponseEntity<BudgetView> set(@RequestBody BudgetRequest body) {
        boolean created = management.setBudget(body.payer(), body.year(), body.amountYuan());
        Budgets.Budget b = budgets.find(body.payer().trim(), body.year()).orElseThrow();
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(BudgetView.of(b));
    }

    @Operation(operationId = "listBudgets", summary = "列出预算：设定、预留、已付与可用", description = READERS)
    @GetMapping("/api/budgets")
    Items<BudgetView> list(@RequestParam(required = false) Integer year,
            @Parameter(description = "出资方。取值：PROVINCE_DEPARTMENT、PROVINCE_FINANCE，或市州、高新区代码") @RequestParam(required = false) String payer) {
        String own = readablePayer(payer);
        return new Items<>(budgets.list(year, own).stream().map(BudgetView::of).toList());
    }

    @Operation(operationId = "listLedger", summary = "查看资金台账", description = "只增不改：预算设定、预留、释放、支付。" + READERS)
    @GetMapping("/api/budgets/ledger")
    Items<LedgerView> ledger(
            @Parameter(description = "出资方。取值：PROVINCE_DEPARTMENT、PROVINCE_FINANCE，或市州、高新区代码", required = true) @RequestParam String payer,
            @RequestParam(required = false) Integer year) {
        return new Items<>(budgets.ledger(readablePayer(payer), year).stream().map(LedgerView::of).toList());
    }

    /** The payer the caller may read (null: all), refusing others with 403. */
    private static String readablePayer(String asked) {
        DataScope scope = CurrentUser.scope();
        String payer = asked == null || asked.isBlank() ? null : asked.trim();
        if (payer != null && payer.length() > 64) {
            throw new InvalidInput("参数“payer”过长");
        }
        if (scope.provinceWide()) {
            return payer;
        }
        Optional<String> own = Budgets.ownPayer(scope);
        if (own.isEmpty() || (payer != null && !payer.equals(own.get()))) {
            throw new Forbidden("您的角色无权查看该预算");
        }
        return own.get();
    }

    @Schema(name = "BudgetRequest")
    record BudgetRequest(@Schema(description = "出资方。取值：PROVINCE_DEPARTMENT（省科技厅）、PROVINCE_FINANCE（省级财政），或配套奖补的市州、高新区代码",
            requiredMode = Schema.RequiredMode.REQUIRED) String payer,
            @Schema(description = "预算年度", requiredMode = Schema.RequiredMode.REQUIRED) Integer year,
            @Schema(description = "预算金额（元）", requiredMode = Schema.RequiredMode.REQUIRED) String amountYuan) {
    }

    record Items<T>(List<T> items) {
    }

    /** A budget: amount set, reserved by approvals (paid included), paid, and still available. */
    @Schema(name = "BudgetView")
    record BudgetView(@Schema(description = "出资方。取值：PROVINCE_DEPARTMENT（省科技厅）、PROVINCE_FINANCE（省级财政），或配套奖补的市州、高新区代码") String payer, int year, String amountYuan, String reservedYuan, String paidYuan, String availableYuan) {
        static BudgetView of(Budgets.Budget b) {
            return new BudgetView(b.payer(), b.year(), AwardController.money(b.amount()), AwardController.money(b.reserved()),
                    AwardController.money(b.paid()), AwardController.money(b.available()));
        }
    }

    /** One row of the fund ledger; {@code amount} in 元 as a decimal string like every amount of the API. */
    @Schema(name = "LedgerEntry")
    record LedgerView(long id, @Schema(description = "出资方。取值：PROVINCE_DEPARTMENT（省科技厅）、PROVINCE_FINANCE（省级财政），或配套奖补的市州、高新区代码") String payer, int year,
            @Schema(description = "取值：BUDGET_SET 设定预算、RESERVATION 预留、RELEASE 释放、PAYMENT 支付", allowableValues = {"BUDGET_SET",
                    "RESERVATION", "RELEASE", "PAYMENT"}) String kind,
            @Schema(description = "金额（元）") String amount, Long awardId, Long paymentId, java.time.Instant at, String actor,
            String note) {
        static LedgerView of(Budgets.LedgerEntry e) {
            return new LedgerView(e.id(), e.payer(), e.year(), e.kind(), AwardController.money(e.amount()), e.awardId(),
                    e.paymentId(), e.at(), e.actor(), e.note());
        }
    }
}
