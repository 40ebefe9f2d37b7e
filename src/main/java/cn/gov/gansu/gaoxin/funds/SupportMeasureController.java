package cn.gov.gansu.gaoxin.funds;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 第十九条 市(州)配套措施 in the JSON API: record, list, and committed against paid; views are {@link FundsController}'s.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "奖补资金使用")
class SupportMeasureController {

    private final SupportMeasures measures;

    SupportMeasureController(SupportMeasures measures) {
        this.measures = measures;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "recordSupportMeasure", summary = "登记市州的配套支持措施", description = "角色：CITY_OFFICER（本市州）、PROVINCE_ADMIN。")
    @PostMapping("/api/support-measures")
    ResponseEntity<FundsController.MeasureView> measure(@RequestBody(required = false) SupportMeasures.NewMeasure body) {
        return ResponseEntity.status(201).body(FundsController.MeasureView.of(measures.record(body)));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listSupportMeasures", summary = "列出市州配套支持措施", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/support-measures")
    Map<String, Object> measures(@RequestParam(required = false) String city, @RequestParam(required = false) Integer year) {
        return Map.of("items", measures.list(city, year).stream().map(FundsController.MeasureView::of).toList());
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "compareCommittedWithPaid", summary = "配套支持：承诺与实付对比", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/support-measures/committed-vs-paid")
    Map<String, Object> committedVersusPaid(@RequestParam(required = false) Integer year) {
        int y = year == null ? FundUse.today().getYear() : year;
        return Map.of("year", y, "items", measures.committedVersusPaid(y));
    }
}
