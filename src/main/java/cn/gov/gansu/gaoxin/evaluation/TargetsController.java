package cn.gov.gansu.gaoxin.evaluation;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 目标监测 JSON API: the zones within the caller's scope. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "评价考核")
class TargetsController {

    private final TargetsMonitor monitor;

    TargetsController(TargetsMonitor monitor) {
        this.monitor = monitor;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listTargets", summary = "目标监测：各高新区年度目标完成情况",
            description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/targets")
    Map<String, Object> targets(@RequestParam int year) {
        List<TargetsMonitor.ZoneTargets> items = monitor.forYear(year);
        return Map.of("year", year, "items", items, "total", items.size());
    }
}
