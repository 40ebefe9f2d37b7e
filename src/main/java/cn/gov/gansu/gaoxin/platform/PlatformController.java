package cn.gov.gansu.gaoxin.platform;

import java.util.List;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The platform registry's JSON API: record, list within scope, read one. */
@RestController
@Tag(name = "创新平台")
class PlatformController {

    static final String READERS = "角色：省级角色与 AUDITOR 看全部；CITY_OFFICER 本市州；ZONE_OFFICER 本区；ENTERPRISE 本企业所在高新区。";

    private final PlatformRegistry registry;
    private final PlatformManagement management;

    PlatformController(PlatformRegistry registry, PlatformManagement management) {
        this.registry = registry;
        this.management = management;
    }

    @Operation(operationId = "recordPlatform", summary = "登记创新平台", description = "孵化器、众创空间、研发机构等载体。"
            + "角色：PROVINCE_ADMIN 任意高新区；ZONE_OFFICER 仅本区。")
    @PostMapping("/api/platforms")
    @ResponseStatus(HttpStatus.CREATED)
    PlatformView record(@RequestBody PlatformManagement.NewPlatform request) {
        return view(management.record(request));
    }

    @Operation(operationId = "listPlatforms", summary = "列出创新平台", description = "按高新区、类型、级别筛选。" + READERS)
    @GetMapping("/api/platforms")
    PlatformPage list(@Parameter(description = "高新区代码") @RequestParam(required = false) String zone,
            @Parameter(description = "类型", schema = @Schema(implementation = PlatformKind.class)) @RequestParam(required = false) String kind,
            @Parameter(description = "级别", schema = @Schema(implementation = PlatformLevel.class)) @RequestParam(required = false) String level,
            @Parameter(description = "排序：name 按名称拼音，-name 倒序；不填按高新区、类型、认定日期", schema = @Schema(allowableValues = {"name", "-name"}))
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (sort != null && !sort.isBlank() && !sort.matches("-?name")) {
            throw new cn.gov.gansu.gaoxin.shared.InvalidInput("参数“sort”须为 name 或 -name");
        }
        PlatformRegistry.Filter filter = new PlatformRegistry.Filter(blankToNull(zone),
                parse(PlatformKind.class, kind, "kind"), parse(PlatformLevel.class, level, "level"), blankToNull(sort));
        PlatformRegistry.Page found = registry.list(CurrentUser.scope(), filter, new Paging(page, size));
        return new PlatformPage(found.items().stream().map(PlatformController::view).toList(), found.total());
    }

    @Operation(operationId = "getPlatform", summary = "查看一个创新平台", description = READERS)
    @GetMapping("/api/platforms/{id}")
    PlatformView get(@PathVariable String id) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new PlatformManagement.UnknownPlatform(id);
        }
        return view(registry.find(CurrentUser.scope(), key).orElseThrow(() -> new PlatformManagement.UnknownPlatform(id)));
    }

    static PlatformView view(Platform p) {
        return new PlatformView(p.id(), p.kind(), p.kind().chineseName(), p.level(), p.level().chineseName(), p.name(),
                p.zone(), p.operator(), new PlatformView.Industry(p.industry().name(), p.industry().codes()), p.recognisedOn(),
                p.branchOf(), p.demo());
    }

    /** A platform as the API shows it, with the Chinese names of its kind and level. */
    @Schema(name = "PlatformView")
    record PlatformView(long id, PlatformKind kind, String kindName, PlatformLevel level, String levelName, String name,
            String zone, String operator, Industry industry, java.time.LocalDate recognisedOn, Long branchOf, boolean demo) {

        /** The industry a platform serves: a name and GB/T 4754 codes. */
        @Schema(name = "PlatformIndustry")
        record Industry(String name, List<String> codes) {
        }
    }

    /** Platforms within the caller's scope. */
    @Schema(name = "PlatformPage")
    record PlatformPage(List<PlatformView> items, long total) {
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        return cn.gov.gansu.gaoxin.shared.Enums.optional(type, value, "参数“" + field + "”");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
