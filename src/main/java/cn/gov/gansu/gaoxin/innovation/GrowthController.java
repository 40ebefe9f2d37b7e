package cn.gov.gansu.gaoxin.innovation;

import java.util.List;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 倍增计划, listings and tax incentives (clause 10) over HTTP. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "企业创新积分")
class GrowthController {

    private final DoublingPlans plans;
    private final ListingsAndIncentives incentives;

    GrowthController(DoublingPlans plans, ListingsAndIncentives incentives) {
        this.plans = plans;
        this.incentives = incentives;
    }

    @Operation(operationId = "getDoublingPlan", summary = "高新区倍增计划目标及进度",
            description = "每项目标：基准年末数、年末实有数（登记簿按资质有效期与在区时间计算）、目标数、进度与按直线应达进度。角色：企业以外的已登录角色（按数据范围）。")
    @GetMapping("/api/zones/{code}/doubling-plan")
    DoublingPlans.Plan plan(@PathVariable String code, @RequestParam(required = false) Integer year) {
        return plans.plan(CurrentUser.scope(), code, InnovationController.yearOrLast(year));
    }

    @Operation(operationId = "setDoublingTarget", summary = "设定高新区倍增计划目标",
            description = "同一高新区同一资质只有一项目标，再次设定即修改。角色：PROVINCE_ADMIN。")
    @PutMapping("/api/zones/{code}/doubling-plan")
    DoublingPlans.Target set(@PathVariable String code, @RequestBody DoublingPlans.NewTarget body) {
        return plans.set(code, body);
    }

    @Operation(operationId = "removeDoublingTarget", summary = "删除高新区一项倍增计划目标", description = "答 204。角色：PROVINCE_ADMIN。")
    @DeleteMapping("/api/zones/{code}/doubling-plan/{qualification}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String code, @io.swagger.v3.oas.annotations.Parameter(schema = @io.swagger.v3.oas.annotations.media.Schema(
            implementation = cn.gov.gansu.gaoxin.enterprise.QualificationType.class)) @PathVariable String qualification) {
        plans.remove(code, qualification);
    }

    @Operation(operationId = "getZoneListingsAndIncentives", summary = "高新区企业上市情况与税收优惠落实情况",
            description = "年末在区企业按上市状态（科创板、北交所等）计数，及当年研发费用加计扣除、高企所得税减免、小微企业普惠性减免的合计（只合计已报告的金额，未报告的单列，不计为零）。角色：企业以外的已登录角色（按数据范围）。")
    @GetMapping("/api/zones/{code}/listings-and-incentives")
    ListingsAndIncentives.ZoneSummary zone(@PathVariable String code, @RequestParam(required = false) Integer year) {
        return incentives.zone(CurrentUser.scope(), code, InnovationController.yearOrLast(year));
    }

    @Operation(operationId = "listTaxIncentives", summary = "企业各年度享受的税收优惠", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/enterprises/{uscc}/tax-incentives")
    List<ListingsAndIncentives.Incentives> ofEnterprise(@PathVariable String uscc) {
        return incentives.ofEnterprise(CurrentUser.scope(), uscc);
    }

    @Operation(operationId = "recordTaxIncentives", summary = "登记企业某年度享受的税收优惠（元）",
            description = "研发费用加计扣除额、高企所得税减免额、小微企业普惠性减免额；空为未报告。再次登记即更正。角色：PROVINCE_ADMIN、ZONE_OFFICER（本区企业）。")
    @PutMapping("/api/enterprises/{uscc}/tax-incentives/{year}")
    ListingsAndIncentives.Incentives record(@PathVariable String uscc, @PathVariable int year,
            @RequestBody ListingsAndIncentives.NewIncentives body) {
        return incentives.record(uscc, year, body);
    }
}
