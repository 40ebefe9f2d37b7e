package cn.gov.gansu.gaoxin.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.shared.web.Paging;
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
class PlatformController {

    private final PlatformRegistry registry;
    private final PlatformManagement management;

    PlatformController(PlatformRegistry registry, PlatformManagement management) {
        this.registry = registry;
        this.management = management;
    }

    @PostMapping("/api/platforms")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> record(@RequestBody PlatformManagement.NewPlatform request) {
        return view(management.record(request));
    }

    @GetMapping("/api/platforms")
    Map<String, Object> list(@RequestParam(required = false) String zone, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String level, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PlatformRegistry.Filter filter = new PlatformRegistry.Filter(blankToNull(zone),
                parse(PlatformKind.class, kind, "kind"), parse(PlatformLevel.class, level, "level"));
        PlatformRegistry.Page found = registry.list(CurrentUser.scope(), filter, new Paging(page, size));
        Map<String, Object> body = new LinkedHashMap<>();
        List<Map<String, Object>> items = found.items().stream().map(PlatformController::view).toList();
        body.put("items", items);
        body.put("total", found.total());
        return body;
    }

    @GetMapping("/api/platforms/{id}")
    Map<String, Object> get(@PathVariable String id) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new PlatformManagement.UnknownPlatform(id);
        }
        return view(registry.find(CurrentUser.scope(), key).orElseThrow(() -> new PlatformManagement.UnknownPlatform(id)));
    }

    static Map<String, Object> view(Platform p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("kind", p.kind().name());
        m.put("kindName", p.kind().chineseName());
        m.put("level", p.level().name());
        m.put("levelName", p.level().chineseName());
        m.put("name", p.name());
        m.put("zone", p.zone());
        m.put("operator", p.operator());
        Map<String, Object> industry = new LinkedHashMap<>();
        industry.put("name", p.industry().name());
        industry.put("codes", p.industry().codes());
        m.put("industry", industry);
        m.put("recognisedOn", p.recognisedOn().toString());
        m.put("branchOf", p.branchOf());
        m.put("demo", p.demo());
        return m;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        return cn.gov.gansu.gaoxin.shared.Enums.optional(type, value, "参数“" + field + "”");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
