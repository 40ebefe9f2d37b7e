package cn.gov.gansu.gaoxin.transfer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.shared.Enums;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
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

/** 成果征集 and 对接活动 JSON API (clause 6; the project's own, beyond contracts §11). */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "成果转化对接")
class TransferActivitiesController {

    private final Campaigns campaigns;
    private final MatchmakingEvents events;
    private final TransferInstitutions institutions;

    TransferActivitiesController(Campaigns campaigns, MatchmakingEvents events, TransferInstitutions institutions) {
        this.campaigns = campaigns;
        this.events = events;
        this.institutions = institutions;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "registerTransferInstitution", summary = "登记技术转移机构", description = "机构名称1–200字，不得重名。角色：PROVINCE_ADMIN、ZONE_OFFICER（本区）。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = InstitutionView.class))))
    @PostMapping("/api/transfer-institutions")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> registerInstitution(@RequestBody(required = false) TransferInstitutions.NewInstitution request) {
        return view(institutions.create(request), null);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listTransferInstitutions", summary = "列出技术转移机构及其促成的对接成果", description = "year 省略为历年合计；合同金额为该年签约合同金额之和（元，字符串；没有合同为 null）。角色：所有已登录角色。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = InstitutionList.class))))
    @GetMapping("/api/transfer-institutions")
    Map<String, Object> institutions(@org.springframework.web.bind.annotation.RequestParam(required = false) Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new cn.gov.gansu.gaoxin.shared.InvalidInput("参数“year”须为2000至2100之间的年份");
        }
        return Map.of("items", institutions.list(year).stream().map(i -> view(i, null)).toList());
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getTransferInstitution", summary = "查看技术转移机构及其逐年促成的对接成果", description = "years 为逐年的合作意向数、签约合同数和合同金额（元）。角色：所有已登录角色。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = InstitutionView.class))))
    @GetMapping("/api/transfer-institutions/{id}")
    Map<String, Object> institution(@PathVariable String id) {
        long key = id(id);
        var i = institutions.find(key).orElseThrow(() -> new NotFound("技术转移机构 " + id + " 不存在"));
        return view(i, institutions.years(key));
    }

    static Map<String, Object> view(TransferInstitutions.Institution i, java.util.List<TransferInstitutions.Year> years) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("name", i.name());
        m.put("zone", i.zone());
        m.put("intentions", i.intentions());
        m.put("contracts", i.contracts());
        m.put("contractValueYuan", i.contractValue() == null ? null : i.contractValue().plain());
        if (years != null) {
            m.put("years", years.stream().map(y -> {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("year", y.year());
                v.put("intentions", y.intentions());
                v.put("contracts", y.contracts());
                v.put("contractValueYuan", y.contractValue() == null ? null : y.contractValue().plain());
                return v;
            }).toList());
        }
        return m;
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "TransferInstitutionYear")
    record YearView(int year, long intentions, long contracts,
            @io.swagger.v3.oas.annotations.media.Schema(nullable = true, description = "签约合同金额（元，字符串）") String contractValueYuan) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "TransferInstitution")
    record InstitutionView(long id, String name, @io.swagger.v3.oas.annotations.media.Schema(nullable = true) String zone, long intentions,
            long contracts, @io.swagger.v3.oas.annotations.media.Schema(nullable = true, description = "签约合同金额（元，字符串）") String contractValueYuan,
            @io.swagger.v3.oas.annotations.media.Schema(description = "逐年数字（仅查看单个机构时）") java.util.List<YearView> years) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "TransferInstitutionList")
    record InstitutionList(java.util.List<InstitutionView> items) {
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "createCampaign", summary = "发起成果征集活动", description = "角色：PROVINCE_ADMIN。")
    @PostMapping("/api/achievement-campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    Campaigns.Campaign open(@RequestBody(required = false) Campaigns.NewCampaign request) {
        return campaigns.open(request);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listCampaigns", summary = "列出成果征集活动", description = "最新的在前，含各活动的申报与审核状态；"
            + "可按名称关键词、技术领域、状态和截止日期范围筛选。省略 page 和 size 时返回全部符合条件的活动（原有行为），"
            + "给出任一时分页（page 从 0 起，size 1–500，默认 0 和 50）；total 为符合条件的总数。角色：所有已登录角色（征集活动全省公开）。")
    @GetMapping("/api/achievement-campaigns")
    Map<String, Object> campaigns(@io.swagger.v3.oas.annotations.Parameter(description = "名称包含") @RequestParam(required = false) String title,
            @io.swagger.v3.oas.annotations.Parameter(description = "技术领域（完全一致）") @RequestParam(required = false) String field,
            @io.swagger.v3.oas.annotations.Parameter(description = "状态：OPEN（征集中）、PUBLISHED（已发布）", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = Campaigns.Status.class)) @RequestParam(required = false) String status,
            @io.swagger.v3.oas.annotations.Parameter(description = "截止日期不早于（yyyy-MM-dd）") @RequestParam(required = false) String closesFrom,
            @io.swagger.v3.oas.annotations.Parameter(description = "截止日期不晚于（yyyy-MM-dd）") @RequestParam(required = false) String closesTo,
            @io.swagger.v3.oas.annotations.Parameter(description = "页码，从 0 起") @RequestParam(required = false) Integer page,
            @io.swagger.v3.oas.annotations.Parameter(description = "每页条数，1–500") @RequestParam(required = false) Integer size) {
        var filter = new Campaigns.CampaignFilter(title, field, Enums.optional(Campaigns.Status.class, status, "参数“status”"),
                date(closesFrom, "closesFrom"), date(closesTo, "closesTo"));
        if (page == null && size == null) {
            var all = all(p -> campaigns.list(filter, p));
            return Map.of("items", all, "total", all.size());
        }
        var shown = campaigns.list(filter, paging(page, size));
        return Map.of("items", shown.items(), "total", shown.total());
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listMatchmakingEvents", summary = "列出供需对接活动", description = "按活动日期倒序，含报名、到场、合作意向、签约合同数及合同金额；"
            + "可按主办高新区、类型、形式、活动日期范围和名称关键词筛选。省略 page 和 size 时返回全部符合条件的活动（原有行为），"
            + "给出任一时分页（page 从 0 起，size 1–500，默认 0 和 50）；total 为符合条件的总数。角色：所有已登录角色（对接活动全省公开）。")
    @GetMapping("/api/matchmaking-events")
    Map<String, Object> events(@io.swagger.v3.oas.annotations.Parameter(description = "主办高新区代码") @RequestParam(required = false) String zone,
            @io.swagger.v3.oas.annotations.Parameter(description = "类型：LANZHOU_FAIR（兰洽会）、SCIENCE_EXPO（科博会）、SALON（对接沙龙）", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = MatchmakingEvents.Kind.class)) @RequestParam(required = false) String kind,
            @io.swagger.v3.oas.annotations.Parameter(description = "形式：ONLINE（线上）、OFFLINE（线下）", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = MatchmakingEvents.Mode.class)) @RequestParam(required = false) String mode,
            @io.swagger.v3.oas.annotations.Parameter(description = "活动日期不早于（yyyy-MM-dd）") @RequestParam(required = false) String from,
            @io.swagger.v3.oas.annotations.Parameter(description = "活动日期不晚于（yyyy-MM-dd）") @RequestParam(required = false) String to,
            @io.swagger.v3.oas.annotations.Parameter(description = "名称包含") @RequestParam(required = false) String name,
            @io.swagger.v3.oas.annotations.Parameter(description = "页码，从 0 起") @RequestParam(required = false) Integer page,
            @io.swagger.v3.oas.annotations.Parameter(description = "每页条数，1–500") @RequestParam(required = false) Integer size) {
        var filter = new MatchmakingEvents.EventFilter(zone, Enums.optional(MatchmakingEvents.Kind.class, kind, "参数“kind”"),
                Enums.optional(MatchmakingEvents.Mode.class, mode, "参数“mode”"), date(from, "from"), date(to, "to"), name);
        if (page == null && size == null) {
            var all = all(p -> events.list(filter, p));
            return Map.of("items", all.stream().map(TransferActivitiesController::view).toList(), "total", all.size());
        }
        var shown = events.list(filter, paging(page, size));
        return Map.of("items", shown.items().stream().map(TransferActivitiesController::view).toList(), "total", shown.total());
    }

    private static Paging paging(Integer page, Integer size) {
        return new Paging(page == null ? 0 : page, size == null ? 50 : size);
    }

    /** Every row of a filter, read {@link Paging#MAX_SIZE} at a time. */
    private static <T> List<T> all(java.util.function.Function<Paging, TransferManagement.Page<T>> list) {
        List<T> all = new ArrayList<>();
        for (int p = 0; ; p++) {
            List<T> chunk = list.apply(new Paging(p, Paging.MAX_SIZE)).items();
            all.addAll(chunk);
            if (chunk.size() < Paging.MAX_SIZE) {
                return all;
            }
        }
    }

    private static LocalDate date(String raw, String name) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("参数“" + name + "”：日期格式应为 yyyy-MM-dd");
        }
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getCampaign", summary = "查看成果征集活动", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/achievement-campaigns/{id}")
    Campaigns.Campaign campaign(@PathVariable String id) {
        long key = id(id);
        return campaigns.find(key).orElseThrow(() -> new NotFound("征集活动 " + id + " 不存在"));
    }

    record SubmitRequest(Long achievement) {
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "submitToCampaign", summary = "向征集活动提交科技成果", description = "角色：PROVINCE_ADMIN、ZONE_OFFICER、ENTERPRISE。")
    @PostMapping("/api/achievement-campaigns/{id}/submissions")
    @ResponseStatus(HttpStatus.CREATED)
    Campaigns.Campaign submit(@PathVariable String id, @RequestBody(required = false) SubmitRequest request) {
        return campaigns.submit(id(id), request == null ? null : request.achievement());
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "reviewCampaignSubmission", summary = "评审征集活动中的成果", description = "角色：PROVINCE_ADMIN。")
    @PostMapping("/api/achievement-campaigns/{id}/submissions/{achievement}/review")
    Campaigns.Campaign review(@PathVariable String id, @PathVariable String achievement,
            @RequestBody(required = false) Campaigns.Review request) {
        return campaigns.review(id(id), id(achievement), request);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "publishCampaign", summary = "发布征集活动结果", description = "角色：PROVINCE_ADMIN。")
    @PostMapping("/api/achievement-campaigns/{id}/publish")
    Campaigns.Campaign publish(@PathVariable String id) {
        return campaigns.publish(id(id));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "createMatchmakingEvent", summary = "发起供需对接活动", description = "角色：PROVINCE_ADMIN、ZONE_OFFICER（本区）。")
    @PostMapping("/api/matchmaking-events")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> createEvent(@RequestBody(required = false) MatchmakingEvents.NewEvent request) {
        return view(events.create(request));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getMatchmakingEvent", summary = "查看供需对接活动", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/matchmaking-events/{id}")
    Map<String, Object> event(@PathVariable String id) {
        long key = id(id);
        return view(events.find(key).orElseThrow(() -> new NotFound("对接活动 " + id + " 不存在")));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "registerForMatchmakingEvent", summary = "报名参加供需对接活动", description = "角色：PROVINCE_ADMIN、ZONE_OFFICER、ENTERPRISE（本企业）。")
    @PostMapping("/api/matchmaking-events/{id}/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> register(@PathVariable String id, @RequestBody(required = false) MatchmakingEvents.NewRegistration request) {
        return view(events.register(id(id), request));
    }

    record AttendanceRequest(String participant, Boolean attended) {
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "recordMatchmakingAttendance", summary = "记录对接活动的出席", description = "角色：PROVINCE_ADMIN、ZONE_OFFICER（主办高新区）。")
    @PostMapping("/api/matchmaking-events/{id}/attendance")
    Map<String, Object> attendance(@PathVariable String id, @RequestBody(required = false) AttendanceRequest request) {
        return view(events.attendance(id(id), request == null ? null : request.participant(),
                request == null ? null : request.attended()));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "recordMatchmakingOutcome", summary = "记录对接活动的成果（签约等）", description = "角色：PROVINCE_ADMIN、ZONE_OFFICER（主办高新区）。")
    @PostMapping("/api/matchmaking-events/{id}/outcomes")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> outcome(@PathVariable String id, @RequestBody(required = false) MatchmakingEvents.NewOutcome request) {
        return view(events.outcome(id(id), request));
    }

    static Map<String, Object> view(MatchmakingEvents.Event e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("name", e.name());
        m.put("kind", e.kind().name());
        m.put("kindName", e.kind().chineseName());
        m.put("mode", e.mode().name());
        m.put("modeName", e.mode().chineseName());
        m.put("date", e.date().toString());
        m.put("zone", e.zone());
        m.put("registered", e.registered());
        m.put("attended", e.attended());
        m.put("intentions", e.intentions());
        m.put("contracts", e.contracts());
        m.put("contractValueYuan", e.contractValue().plain());
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
