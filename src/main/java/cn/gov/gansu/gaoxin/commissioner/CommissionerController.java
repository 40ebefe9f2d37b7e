package cn.gov.gansu.gaoxin.commissioner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 科技专员 JSON API (contracts §12). */
@RestController
class CommissionerController {

    private final CommissionerManagement commissioners;
    private final ServiceRecords records;

    CommissionerController(CommissionerManagement commissioners, ServiceRecords records) {
        this.commissioners = commissioners;
        this.records = records;
    }

    @PostMapping("/api/commissioner-dispatches/{id}/needs/{need}/service-logs")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> log(@PathVariable String id, @PathVariable String need,
            @RequestBody(required = false) ServiceRecords.NewServiceLog request) {
        return Map.of("id", records.log(id(id), id(need), request));
    }

    @PostMapping("/api/commissioner-dispatches/{id}/needs/{need}/satisfaction")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> rate(@PathVariable String id, @PathVariable String need,
            @RequestBody(required = false) ServiceRecords.Rating request) {
        records.rate(id(id), id(need), request);
        return Map.of("dispatch", id(id), "need", id(need), "score", request.score());
    }

    @GetMapping("/api/commissioner-reports")
    Map<String, Object> report(@RequestParam int year) {
        return Map.of("year", year, "items", records.report(year));
    }

    @PostMapping("/api/commissioners")
    @ResponseStatus(HttpStatus.CREATED)
    Commissioner record(@RequestBody(required = false) CommissionerManagement.NewCommissioner request) {
        return commissioners.recordCommissioner(request);
    }

    @GetMapping("/api/commissioners")
    Map<String, Object> list() {
        List<Commissioner> all = commissioners.commissioners();
        return Map.of("items", all, "total", all.size());
    }

    @PostMapping("/api/commissioner-needs")
    @ResponseStatus(HttpStatus.CREATED)
    Need recordNeed(@RequestBody(required = false) CommissionerManagement.NewNeed request) {
        return commissioners.recordNeed(request);
    }

    @GetMapping("/api/commissioner-needs")
    Map<String, Object> needs(@RequestParam int year) {
        List<Need> found = commissioners.needs(year);
        return Map.of("items", found, "total", found.size());
    }

    /** The body: {"year": 2026}. */
    record DispatchRequest(Integer year) {
    }

    @PostMapping("/api/commissioner-dispatches")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> dispatch(@RequestBody(required = false) DispatchRequest request) {
        return view(commissioners.dispatch(request == null ? null : request.year()));
    }

    @GetMapping("/api/commissioner-dispatches/{id}")
    Map<String, Object> get(@PathVariable String id) {
        long key = id(id);
        return view(commissioners.find(key).orElseThrow(() -> new NotFound("选派方案 " + id + " 不存在或不在您的数据范围内")));
    }

    /** The body: {"commissioner": 12} or {"commissioner": null} to leave the need unassigned. */
    record AdjustRequest(Long commissioner) {
    }

    @PutMapping("/api/commissioner-dispatches/{id}/needs/{need}")
    CommissionerManagement.Adjustment adjust(@PathVariable String id, @PathVariable String need,
            @RequestBody(required = false) AdjustRequest request) {
        if (request == null) {
            throw new InvalidInput("请求体不能为空（{\"commissioner\": 专员编号 或 null}）");
        }
        return commissioners.adjust(id(id), id(need), request.commissioner());
    }

    static Map<String, Object> view(Dispatch d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("year", d.year());
        m.put("assignments", d.assignments());
        m.put("unassigned", d.unassigned());
        m.put("totalFit", d.totalFit());
        m.put("zonesCovered", d.zonesCovered());
        return m;
    }

    private static long id(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFound("编号 " + raw + " 不存在");
        }
    }
}
