package cn.gov.gansu.gaoxin.industry;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 高新区直接推荐申报 (第12条) and the department's decisions over HTTP. */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "产业发展")
class RecommendationController {

    private final Recommendations recommendations;

    RecommendationController(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Operation(operationId = "submitRecommendation", summary = "高新区直接向省科技厅推荐项目或平台申报",
            description = "第12条。状态为 SUBMITTED（待省科技厅决定）。角色：ZONE_OFFICER（本区）。")
    @PostMapping("/api/zones/{code}/recommendations")
    @ResponseStatus(HttpStatus.CREATED)
    Recommendation submit(@PathVariable String code, @RequestBody Recommendations.NewRecommendation body) {
        return recommendations.submit(code, body);
    }

    @Operation(operationId = "listRecommendations", summary = "列出高新区直接推荐申报",
            description = "按数据范围；todo=true 为调用者可决定的待办（他人提交、尚未决定）。角色：企业以外的已登录角色（按数据范围）。")
    @GetMapping("/api/recommendations")
    Recommendations.Page list(@RequestParam(required = false) String zone,
            @Parameter(schema = @Schema(implementation = RecommendationStatus.class)) @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean todo,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return recommendations.list(CurrentUser.scope(), new Recommendations.Filter(zone, Recommendations.status(status), year, todo),
                new Paging(page, size));
    }

    @Operation(operationId = "getRecommendation", summary = "查看一项直接推荐申报",
            description = "角色：企业以外的已登录角色（按数据范围）。")
    @GetMapping("/api/recommendations/{id}")
    Recommendation get(@PathVariable long id) {
        return recommendations.get(CurrentUser.scope(), id);
    }

    @Operation(operationId = "decideRecommendation", summary = "省科技厅决定是否采纳推荐",
            description = "decision 为 ACCEPT 或 REJECT，comment 必填；提交人本人不能决定；已决定或已撤回的答 409。角色：PROVINCE_ADMIN。")
    @PostMapping("/api/recommendations/{id}/decision")
    Recommendation decide(@PathVariable long id, @RequestBody Recommendations.Decision body) {
        return recommendations.decide(id, body);
    }

    @Operation(operationId = "withdrawRecommendation", summary = "高新区撤回尚未决定的推荐",
            description = "已决定的答 409。角色：ZONE_OFFICER（本区）。")
    @PostMapping("/api/recommendations/{id}/withdrawal")
    Recommendation withdraw(@PathVariable long id) {
        return recommendations.withdraw(id);
    }
}
