package cn.gov.gansu.gaoxin.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 科技成果与技术需求 JSON API (contracts §11). */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "成果转化对接")
class TransferController {

    private final TransferManagement transfer;

    TransferController(TransferManagement transfer) {
        this.transfer = transfer;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "recordAchievement", summary = "登记科技成果", description = "契约§11：标题1–200字，摘要至多20000字，否则 400。角色：PROVINCE_ADMIN、ZONE_OFFICER、ENTERPRISE。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = AchievementView.class))))
    @PostMapping("/api/achievements")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> recordAchievement(@RequestBody(required = false) TransferManagement.NewAchievement request) {
        return view(transfer.recordAchievement(request));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listAchievements", summary = "列出科技成果", description = "角色：所有已登录角色（按数据范围）。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = AchievementPage.class))))
    @GetMapping("/api/achievements")
    Map<String, Object> achievements(@RequestParam(required = false) String zone, @RequestParam(required = false) String field,
            @RequestParam(required = false) String title,
            @io.swagger.v3.oas.annotations.Parameter(description = "持有方类型：UNIVERSITY、INSTITUTE、ENTERPRISE") @RequestParam(required = false) String ownerType,
            @io.swagger.v3.oas.annotations.Parameter(description = "成熟度：RESEARCH、LAB、PILOT、INDUSTRIAL") @RequestParam(required = false) String maturity,
            @io.swagger.v3.oas.annotations.Parameter(description = "转化方式：ASSIGNMENT、LICENSE、EQUITY、COOPERATION、OTHER") @RequestParam(required = false) String transferMode,
            @io.swagger.v3.oas.annotations.Parameter(description = "最低挂牌价格（元）；未标价的成果不在任何价格区间内") @RequestParam(required = false) String priceMin,
            @io.swagger.v3.oas.annotations.Parameter(description = "最高挂牌价格（元）") @RequestParam(required = false) String priceMax,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        var found = transfer.achievements(filter(zone, field, title, ownerType, maturity, transferMode, priceMin, priceMax),
                new Paging(page, size));
        return Map.of("items", found.items().stream().map(TransferController::view).toList(), "total", found.total());
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getAchievement", summary = "查看一项科技成果", description = "角色：所有已登录角色（按数据范围）。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = AchievementView.class))))
    @GetMapping("/api/achievements/{id}")
    Map<String, Object> achievement(@PathVariable String id) {
        long key = id(id, "科技成果");
        return view(transfer.achievement(key).orElseThrow(() -> new NotFound("科技成果 " + key + " 不存在")));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "recordDemand", summary = "登记企业技术需求", description = "契约§11：标题1–200字，描述至多20000字，否则 400。角色：PROVINCE_ADMIN、ZONE_OFFICER（本区企业）、ENTERPRISE（本企业）。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = DemandView.class))))
    @PostMapping("/api/demands")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> recordDemand(@RequestBody(required = false) TransferManagement.NewDemand request) {
        return view(transfer.recordDemand(request));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listDemands", summary = "列出技术需求", description = "角色：所有已登录角色（按数据范围）。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = DemandPage.class))))
    @GetMapping("/api/demands")
    Map<String, Object> demands(@RequestParam(required = false) String zone, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var found = transfer.demands(blank(zone), new Paging(page, size));
        return Map.of("items", found.items().stream().map(TransferController::view).toList(), "total", found.total());
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getDemand", summary = "查看一项技术需求", description = "角色：所有已登录角色（按数据范围）。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = DemandView.class))))
    @GetMapping("/api/demands/{id}")
    Map<String, Object> demand(@PathVariable String id) {
        long key = id(id, "技术需求");
        return view(transfer.demand(key).orElseThrow(() -> new NotFound("技术需求 " + key + " 不存在或不在您的数据范围内")));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "matchDemand", summary = "为技术需求匹配科技成果", description = "契约§11：中文分词后按相关度排序，matchedTerms 为双方共有的整词。角色：所有已登录角色（按数据范围）。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = MatchList.class))))
    @GetMapping("/api/demands/{id}/matches")
    Map<String, Object> matches(@PathVariable String id, @RequestParam(defaultValue = "10") int size) {
        long key = id(id, "技术需求");
        List<Map<String, Object>> items = transfer.matches(key, size).stream().map(m -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("achievement", m.achievement());
            v.put("score", Math.round(m.score() * 10_000) / 10_000.0);
            v.put("matchedTerms", m.matchedTerms());
            v.put("title", m.title());
            v.put("owner", m.owner());
            return v;
        }).toList();
        return Map.of("demand", key, "items", items);
    }

    /** The library's filter from request parameters; a bad value is a 400 naming the parameter. */
    static TransferManagement.AchievementFilter filter(String zone, String field, String title, String ownerType, String maturity,
            String transferMode, String priceMin, String priceMax) {
        return new TransferManagement.AchievementFilter(blank(zone), blank(field), blank(title),
                AchievementCodes.parse(AchievementCodes.OwnerType.class, ownerType, "ownerType", "持有方类型"),
                AchievementCodes.parse(AchievementCodes.Maturity.class, maturity, "maturity", "成熟度"),
                AchievementCodes.parse(AchievementCodes.TransferMode.class, transferMode, "transferMode", "转化方式"),
                money(priceMin, "priceMin"), money(priceMax, "priceMax"));
    }

    private static cn.gov.gansu.gaoxin.shared.Money money(String raw, String name) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return cn.gov.gansu.gaoxin.shared.Money.parse(raw);
        } catch (cn.gov.gansu.gaoxin.shared.InvalidInput e) {
            throw new cn.gov.gansu.gaoxin.shared.InvalidInput("参数“" + name + "”：" + e.getMessage());
        }
    }

    static Map<String, Object> view(Achievement a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("summary", a.summary());
        m.put("owner", a.owner());
        m.put("ownerUscc", a.ownerUscc());
        m.put("zone", a.zone());
        m.put("field", a.field());
        m.put("ownerType", a.ownerType() == null ? null : a.ownerType().name());
        m.put("maturity", a.maturity() == null ? null : a.maturity().name());
        m.put("transferMode", a.transferMode() == null ? null : a.transferMode().name());
        m.put("priceYuan", a.price() == null ? null : a.price().plain());
        m.put("recordedAt", a.recordedAt().toString());
        return m;
    }

    static Map<String, Object> view(Demand d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("enterprise", d.enterprise());
        m.put("zone", d.zone());
        m.put("title", d.title());
        m.put("description", d.description());
        m.put("recordedAt", d.recordedAt().toString());
        return m;
    }

    private static long id(String raw, String what) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFound(what + " " + raw + " 不存在");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A scientific achievement as answered (contracts §11), for the OpenAPI description. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "Achievement")
    record AchievementView(long id, String title, String summary,
            @io.swagger.v3.oas.annotations.media.Schema(description = "成果所有者：统一社会信用代码或机构名称") String owner, String ownerUscc, String zone, String field,
            @io.swagger.v3.oas.annotations.media.Schema(implementation = AchievementCodes.OwnerType.class, nullable = true, description = "持有方类型；null 为未说明") String ownerType,
            @io.swagger.v3.oas.annotations.media.Schema(implementation = AchievementCodes.Maturity.class, nullable = true, description = "成熟度；null 为未说明") String maturity,
            @io.swagger.v3.oas.annotations.media.Schema(implementation = AchievementCodes.TransferMode.class, nullable = true, description = "转化方式；null 为未说明") String transferMode,
            @io.swagger.v3.oas.annotations.media.Schema(nullable = true, description = "挂牌价格（元，字符串）；null 为未标价，不是0") String priceYuan,
            @io.swagger.v3.oas.annotations.media.Schema(format = "date-time") String recordedAt) {
    }

    /** An enterprise's technology demand as answered (contracts §11). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "Demand")
    record DemandView(long id, @io.swagger.v3.oas.annotations.media.Schema(description = "企业统一社会信用代码") String enterprise, String zone, String title,
            String description, @io.swagger.v3.oas.annotations.media.Schema(format = "date-time") String recordedAt) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "AchievementPage")
    record AchievementPage(List<AchievementView> items, long total) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "DemandPage")
    record DemandPage(List<DemandView> items, long total) {
    }

    /** The achievements matching a demand, best first (contracts §11). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "DemandMatches")
    record MatchList(@io.swagger.v3.oas.annotations.media.Schema(description = "技术需求编号") long demand, List<MatchView> items) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "DemandMatch")
    record MatchView(@io.swagger.v3.oas.annotations.media.Schema(description = "科技成果编号") long achievement, @io.swagger.v3.oas.annotations.media.Schema(description = "相关度") double score,
            @io.swagger.v3.oas.annotations.media.Schema(description = "双方共有的整词") List<String> matchedTerms, String title, String owner) {
    }
}
