package cn.gov.gansu.gaoxin.innovation;

import java.time.LocalDate;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 企业创新积分 (contracts §14) and 梯次培育 (clause 10) over HTTP. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "企业创新积分")
class InnovationController {

    private final InnovationPoints points;
    private final Ladder ladder;

    InnovationController(InnovationPoints points, Ladder ladder) {
        this.points = points;
        this.ladder = ladder;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listInnovationPoints", summary = "企业创新积分排名", description = "契约§14：高新区某年度企业的积分，由高到低；缺数的企业 points 为 null 并列出缺项（不计为零）。角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/innovation-points")
    InnovationPoints.Ranking ranking(@RequestParam(required = false) String zone, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return points.ranking(CurrentUser.scope(), zone, yearOrLast(year), new Paging(page, size));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getInnovationPoints", summary = "查看一家企业的创新积分", description = "契约§14：含各指标得分明细。角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/enterprises/{uscc}/innovation-points")
    InnovationPoints.Detail detail(@PathVariable String uscc, @RequestParam(required = false) Integer year) {
        return points.detail(CurrentUser.scope(), uscc, yearOrLast(year));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getInnovationLadder", summary = "高新区企业梯队（科技型中小企业—高新技术企业—领军企业）", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/zones/{code}/ladder")
    Ladder.ZoneLadder ladder(@PathVariable String code, @RequestParam(required = false) Integer year) {
        return ladder.zone(CurrentUser.scope(), code, yearOrLast(year));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listHnteCandidates", summary = "高新技术企业培育候选名单", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/zones/{code}/hnte-candidates")
    Ladder.Candidates candidates(@PathVariable String code, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return ladder.candidates(CurrentUser.scope(), code, yearOrLast(year), new Paging(page, size));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getHnteReadiness", summary = "企业申报高新技术企业的准备度", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/enterprises/{uscc}/hnte-readiness")
    Ladder.Readiness readiness(@PathVariable String uscc, @RequestParam(required = false) Integer year) {
        return ladder.readiness(CurrentUser.scope(), uscc, yearOrLast(year));
    }

    /** The year asked for, or the last complete one. */
    static int yearOrLast(Integer year) {
        return year != null ? year : LocalDate.now().getYear() - 1;
    }
}
