package cn.gov.gansu.gaoxin.funds;

import cn.gov.gansu.gaoxin.shared.web.Excel;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 资金台账 in the JSON API: a payer's yearly statement as JSON and as an Excel workbook (numeric money).
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "奖补资金使用")
class LedgerStatementController {

    private final LedgerStatements statements;

    LedgerStatementController(LedgerStatements statements) {
        this.statements = statements;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getLedgerStatement", summary = "资金台账对账单", description = "出资方某年度的预算、预留、支付与追回。角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/fund-ledger/statement")
    LedgerStatements.Statement statement(@io.swagger.v3.oas.annotations.Parameter(description = "出资方。取值：PROVINCE_DEPARTMENT、PROVINCE_FINANCE，或市州、高新区代码") @RequestParam(required = false) String payer, @RequestParam(required = false) Integer year) {
        return statements.statement(payer, year);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "exportLedgerStatement", summary = "导出资金台账对账单（Excel）", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/fund-ledger/statement/export")
    void statementExcel(@io.swagger.v3.oas.annotations.Parameter(description = "出资方。取值：PROVINCE_DEPARTMENT、PROVINCE_FINANCE，或市州、高新区代码") @RequestParam(required = false) String payer, @RequestParam(required = false) Integer year,
            HttpServletResponse response) throws java.io.IOException {
        LedgerStatements.Statement s = statements.statement(payer, year);
        Excel.download(response, "资金台账-" + s.payer() + "-" + s.year() + ".xlsx");
        statements.writeExcel(s, response.getOutputStream());
    }
}
