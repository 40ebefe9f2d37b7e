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
@io.swagger.v3.oas.annotations.tags.Tag(name = "科技特派员")
class CommissionerController {

    private final CommissionerManagement commissioners;
    private final ServiceRecords records;

    CommissionerController(CommissionerManagement commissioners, ServiceRecords records) {
        this.commissioners = commissioners;
        this.records = records;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "recordServiceLog", summary = "记录科技特派员的服务日志", description = "角色：PROVINCE_ADMIN、ZONE_OFFICER（本区）。")
    @PostMapping("/api/commissioner-dispatches/{id}/needs/{need}/service-logs")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> log(@PathVariable String id, @PathVariable String need,
            @RequestBody(required = false) ServiceRecords.NewServiceLog request) {
        return Map.of("id", records.log(id(id), id(need), request));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "rateCommissionerService", summary = "企业评价特派员服务满意度", description = "角色：ENTERPRISE（本企业的需求）。")
    @PostMapping("/api/commissioner-dispatches/{id}/needs/{need}/satisfaction")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> rate(@PathVariable String id, @PathVariable String need,
            @RequestBody(required = false) ServiceRecords.Rating request) {
        records.rate(id(id), id(need), request);
        return Map.of("dispatch", id(id), "need", id(need), "score", request.score());
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getCommissionerReport", summary = "科技特派员年度服务报告", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/commissioner-reports")
    Map<String, Object> report(@RequestParam int year) {
        return Map.of("year", year, "items", records.report(year));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "registerCommissioner", summary = "登记科技特派员", description = "契约§12：capacity 为每次选派可服务的需求数，1–100，否则 400。角色：PROVINCE_ADMIN。")
    @PostMapping("/api/commissioners")
    @ResponseStatus(HttpStatus.CREATED)
    Commissioner record(@RequestBody(required = false) CommissionerManagement.NewCommissioner request) {
        return commissioners.recordCommissioner(request);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listCommissioners", summary = "列出科技特派员", description = "角色：所有已登录角色（按数据范围）。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = CommissionerPage.class))))
    @GetMapping("/api/commissioners")
    Map<String, Object> list() {
        List<Commissioner> all = commissioners.commissioners();
        return Map.of("items", all, "total", all.size());
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "recordCommissionerNeed", summary = "登记企业对特派员的需求", description = "契约§12。角色：PROVINCE_ADMIN、ZONE_OFFICER（本区企业）、ENTERPRISE（本企业）。")
    @PostMapping("/api/commissioner-needs")
    @ResponseStatus(HttpStatus.CREATED)
    Need recordNeed(@RequestBody(required = false) CommissionerManagement.NewNeed request) {
        return commissioners.recordNeed(request);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listCommissionerNeeds", summary = "列出某年度的特派员需求", description = "角色：所有已登录角色（按数据范围）。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = NeedPage.class))))
    @GetMapping("/api/commissioner-needs")
    Map<String, Object> needs(@RequestParam int year) {
        List<Need> found = commissioners.needs(year);
        return Map.of("items", found, "total", found.size());
    }

    /** The body: {"year": 2026}. */
    record DispatchRequest(Integer year) {
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "dispatchCommissioners", summary = "生成年度特派员选派方案", description = "契约§12：每位专员至多服务 capacity 个需求，每个需求至多一位专员；先覆盖尽可能多的有需求的高新区，再使总匹配度最高；匹配度为0的不选派。角色：PROVINCE_ADMIN。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = DispatchView.class))))
    @PostMapping("/api/commissioner-dispatches")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> dispatch(@RequestBody(required = false) DispatchRequest request) {
        return view(commissioners.dispatch(request == null ? null : request.year()));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getCommissionerDispatch", summary = "查看特派员选派方案", description = "角色：所有已登录角色（按数据范围）。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = DispatchView.class))))
    @GetMapping("/api/commissioner-dispatches/{id}")
    Map<String, Object> get(@PathVariable String id) {
        long key = id(id);
        return view(commissioners.find(key).orElseThrow(() -> new NotFound("选派方案 " + id + " 不存在或不在您的数据范围内")));
    }

    /** The body: {"commissioner": 12} or {"commissioner": null} to leave the need unassigned. */
    record AdjustRequest(Long commissioner) {
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "adjustCommissionerDispatch", summary = "调整选派方案中某需求的特派员", description = "commissioner 为 null 表示不分配。角色：PROVINCE_ADMIN。")
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

    /** A dispatch plan as answered (contracts §12), for the OpenAPI description. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "CommissionerDispatch")
    record DispatchView(long id, int year, List<Dispatch.Line> assignments,
            @io.swagger.v3.oas.annotations.media.Schema(description = "未分配的需求编号") List<Long> unassigned, @io.swagger.v3.oas.annotations.media.Schema(description = "总匹配度") int totalFit,
            @io.swagger.v3.oas.annotations.media.Schema(description = "覆盖的有需求的高新区数") int zonesCovered) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "CommissionerPage")
    record CommissionerPage(List<Commissioner> items, int total) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "CommissionerNeedPage")
    record NeedPage(List<Need> items, int total) {
    }
}
