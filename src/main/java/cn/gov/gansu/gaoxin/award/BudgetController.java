package cn.gov.gansu.gaoxin.award;

import java.util.List;
import java.util.Optional;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
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
class BudgetController {

    private final Budgets budgets;
    private final AwardManagement management;

    BudgetController(Budgets budgets, AwardManagement management) {
        this.budgets = budgets;
        this.management = management;
    }

    @PostMapping("/api/budgets")
    ResponseEntity<BudgetView> set(@RequestBody BudgetRequest body) {
        boolean created = management.setBudget(body.payer(), body.year(), body.amountYuan());
        Budgets.Budget b = budgets.find(body.payer().trim(), body.year()).orElseThrow();
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(BudgetView.of(b));
    }

    @GetMapping("/api/budgets")
    Items<BudgetView> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String payer) {
        String own = readablePayer(payer);
        return new Items<>(budgets.list(year, own).stream().map(BudgetView::of).toList());
    }

    @GetMapping("/api/budgets/ledger")
    Items<Budgets.LedgerEntry> ledger(@RequestParam String payer, @RequestParam(required = false) Integer year) {
        return new Items<>(budgets.ledger(readablePayer(payer), year));
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

    record BudgetRequest(String payer, Integer year, String amountYuan) {
    }

    record Items<T>(List<T> items) {
    }

    /** A budget: amount set, reserved by approvals (paid included), paid, and still available. */
    record BudgetView(String payer, int year, String amountYuan, String reservedYuan, String paidYuan, String availableYuan) {
        static BudgetView of(Budgets.Budget b) {
            return new BudgetView(b.payer(), b.year(), AwardController.money(b.amount()), AwardController.money(b.reserved()),
                    AwardController.money(b.paid()), AwardController.money(b.available()));
        }
    }
}
