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
class InnovationController {

    private final InnovationPoints points;
    private final Ladder ladder;

    InnovationController(InnovationPoints points, Ladder ladder) {
        this.points = points;
        this.ladder = ladder;
    }

    @GetMapping("/api/innovation-points")
    InnovationPoints.Ranking ranking(@RequestParam(required = false) String zone, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return points.ranking(CurrentUser.scope(), zone, yearOrLast(year), new Paging(page, size));
    }

    @GetMapping("/api/enterprises/{uscc}/innovation-points")
    InnovationPoints.Detail detail(@PathVariable String uscc, @RequestParam(required = false) Integer year) {
        return points.detail(CurrentUser.scope(), uscc, yearOrLast(year));
    }

    @GetMapping("/api/zones/{code}/ladder")
    Ladder.ZoneLadder ladder(@PathVariable String code, @RequestParam(required = false) Integer year) {
        return ladder.zone(CurrentUser.scope(), code, yearOrLast(year));
    }

    @GetMapping("/api/zones/{code}/hnte-candidates")
    Ladder.Candidates candidates(@PathVariable String code, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return ladder.candidates(CurrentUser.scope(), code, yearOrLast(year), new Paging(page, size));
    }

    @GetMapping("/api/enterprises/{uscc}/hnte-readiness")
    Ladder.Readiness readiness(@PathVariable String uscc, @RequestParam(required = false) Integer year) {
        return ladder.readiness(CurrentUser.scope(), uscc, yearOrLast(year));
    }

    /** The year asked for, or the last complete one. */
    static int yearOrLast(Integer year) {
        return year != null ? year : LocalDate.now().getYear() - 1;
    }
}
