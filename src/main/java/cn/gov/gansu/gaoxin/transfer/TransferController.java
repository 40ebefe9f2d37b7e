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
class TransferController {

    private final TransferManagement transfer;

    TransferController(TransferManagement transfer) {
        this.transfer = transfer;
    }

    @PostMapping("/api/achievements")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> recordAchievement(@RequestBody(required = false) TransferManagement.NewAchievement request) {
        return view(transfer.recordAchievement(request));
    }

    @GetMapping("/api/achievements")
    Map<String, Object> achievements(@RequestParam(required = false) String zone, @RequestParam(required = false) String field,
            @RequestParam(required = false) String title, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var found = transfer.achievements(new TransferManagement.AchievementFilter(blank(zone), blank(field), blank(title)),
                new Paging(page, size));
        return Map.of("items", found.items().stream().map(TransferController::view).toList(), "total", found.total());
    }

    @GetMapping("/api/achievements/{id}")
    Map<String, Object> achievement(@PathVariable String id) {
        long key = id(id, "科技成果");
        return view(transfer.achievement(key).orElseThrow(() -> new NotFound("科技成果 " + key + " 不存在")));
    }

    @PostMapping("/api/demands")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> recordDemand(@RequestBody(required = false) TransferManagement.NewDemand request) {
        return view(transfer.recordDemand(request));
    }

    @GetMapping("/api/demands")
    Map<String, Object> demands(@RequestParam(required = false) String zone, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var found = transfer.demands(blank(zone), new Paging(page, size));
        return Map.of("items", found.items().stream().map(TransferController::view).toList(), "total", found.total());
    }

    @GetMapping("/api/demands/{id}")
    Map<String, Object> demand(@PathVariable String id) {
        long key = id(id, "技术需求");
        return view(transfer.demand(key).orElseThrow(() -> new NotFound("技术需求 " + key + " 不存在或不在您的数据范围内")));
    }

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

    static Map<String, Object> view(Achievement a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("summary", a.summary());
        m.put("owner", a.owner());
        m.put("ownerUscc", a.ownerUscc());
        m.put("zone", a.zone());
        m.put("field", a.field());
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
}
