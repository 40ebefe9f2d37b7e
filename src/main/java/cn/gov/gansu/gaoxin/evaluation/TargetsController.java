package cn.gov.gansu.gaoxin.evaluation;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 目标监测 JSON API: the zones within the caller's scope. */
@RestController
class TargetsController {

    private final TargetsMonitor monitor;

    TargetsController(TargetsMonitor monitor) {
        this.monitor = monitor;
    }

    @GetMapping("/api/targets")
    Map<String, Object> targets(@RequestParam int year) {
        List<TargetsMonitor.ZoneTargets> items = monitor.forYear(year);
        return Map.of("year", year, "items", items, "total", items.size());
    }
}
