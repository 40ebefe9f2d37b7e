package cn.gov.gansu.gaoxin.funds;

import java.util.Map;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 第二十一条 高新区规划与经验 in the JSON API: plans (submitted, attached, reviewed) and experiences (submitted,
 * reviewed and published); the bodies are {@link FundsController}'s.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "奖补资金使用")
class ZonePlanController {

    private final ZonePlans plans;
    private final Experiences experiences;

    ZonePlanController(ZonePlans plans, Experiences experiences) {
        this.plans = plans;
        this.experiences = experiences;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "submitZonePlan", summary = "报送高新区年度工作计划", description = "角色：ZONE_OFFICER（本区）。")
    @PostMapping("/api/zone-plans")
    ResponseEntity<ZonePlans.Plan> plan(@RequestBody(required = false) ZonePlans.NewPlan body) {
        return ResponseEntity.status(201).body(plans.submit(body));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listZonePlans", summary = "列出高新区工作计划", description = "角色：企业以外的已登录角色（按数据范围）。")
    @GetMapping("/api/zone-plans")
    Map<String, Object> plans(@RequestParam(required = false) String zone, @io.swagger.v3.oas.annotations.Parameter(description = "状态。取值：SUBMITTED、ACCEPTED、RETURNED") @RequestParam(required = false) String status) {
        return Map.of("items", plans.list(CurrentUser.scope(), zone, status));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "reviewZonePlan", summary = "审核高新区工作计划", description = "角色：CITY_OFFICER（本市州）、PROVINCE_ADMIN。")
    @PostMapping("/api/zone-plans/{id}/review")
    ZonePlans.Plan reviewPlan(@PathVariable long id, @RequestBody FundsController.Decision body) {
        return plans.review(id, body.decision(), body.comment());
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "attachToZonePlan", summary = "为高新区工作计划上传附件", description = "multipart 字段 file。角色：ZONE_OFFICER（本区）。")
    @PostMapping(path = "/api/zone-plans/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentInfo> attachToPlan(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file) {
        return ResponseEntity.status(201).body(plans.attach(id, file));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "submitExperience", summary = "报送高新区经验做法", description = "角色：ZONE_OFFICER（本区）。")
    @PostMapping("/api/experiences")
    ResponseEntity<Experiences.Experience> experience(@RequestBody(required = false) Experiences.NewExperience body) {
        return ResponseEntity.status(201).body(experiences.submit(body));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listExperiences", summary = "列出经验做法", description = "企业只看已发布的。角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/experiences")
    Map<String, Object> experiences(@RequestParam(required = false) String zone, @io.swagger.v3.oas.annotations.Parameter(description = "状态。取值：SUBMITTED、PUBLISHED、RETURNED") @RequestParam(required = false) String status) {
        return Map.of("items", experiences.list(CurrentUser.scope(), zone, status));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "reviewExperience", summary = "审核并发布经验做法", description = "角色：PROVINCE_ADMIN。")
    @PostMapping("/api/experiences/{id}/review")
    Experiences.Experience reviewExperience(@PathVariable long id, @RequestBody FundsController.Decision body) {
        return experiences.review(id, body.decision(), body.comment());
    }
}
