package cn.gov.gansu.gaoxin.funds;

import java.net.URI;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 追回 (recovery of award funds) in the JSON API: proposal, the second administrator's decision, repayments;
 * bodies and views are {@link FundsController}'s.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "奖补资金使用")
class RecoveryController {

    private final Recoveries recoveries;

    RecoveryController(Recoveries recoveries) {
        this.recoveries = recoveries;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "proposeRecovery", summary = "提议追回奖补资金", description = "角色：PROVINCE_ADMIN，或审批过该奖补的人员。")
    @PostMapping("/api/awards/{id}/recoveries")
    ResponseEntity<FundsController.RecoveryView> propose(@PathVariable long id, @RequestBody FundsController.RecoveryRequest body) {
        FundsController.RecoveryView v = FundsController.RecoveryView.of(recoveries.propose(id, body.amountYuan(), body.reason()));
        return ResponseEntity.created(URI.create("/api/recoveries/" + v.id())).body(v);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listRecoveries", summary = "列出奖补资金追回", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/recoveries")
    Map<String, Object> recoveries(@io.swagger.v3.oas.annotations.Parameter(description = "状态。取值：PROPOSED、APPROVED、REJECTED、REPAID") @RequestParam(required = false) String status, @RequestParam(required = false) String zone,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        FundUse.Page<Recoveries.Recovery> p = recoveries.list(CurrentUser.scope(), status, zone, new Paging(page, size));
        return Map.of("items", p.items().stream().map(FundsController.RecoveryView::of).toList(), "total", p.total());
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getRecovery", summary = "查看一项资金追回", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/recoveries/{id}")
    FundsController.RecoveryView recovery(@PathVariable long id) {
        return FundsController.RecoveryView.of(recoveries.find(CurrentUser.scope(), id).orElseThrow(() -> new NotFound("追回“" + id + "”不存在")));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "decideRecovery", summary = "决定是否追回奖补资金", description = "角色：PROVINCE_ADMIN（提议人以外）。")
    @PostMapping("/api/recoveries/{id}/decision")
    FundsController.RecoveryView decide(@PathVariable long id, @RequestBody FundsController.Decision body) {
        return FundsController.RecoveryView.of(recoveries.decide(id, body.decision(), body.comment()));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "recordRepayment", summary = "记录追回款到账", description = "角色：PROVINCE_FINANCE、PROVINCE_ADMIN。")
    @PostMapping("/api/recoveries/{id}/repayments")
    FundsController.RecoveryView repay(@PathVariable long id, @RequestBody FundsController.Amount body) {
        return FundsController.RecoveryView.of(recoveries.repay(id, body.amountYuan()));
    }
}
