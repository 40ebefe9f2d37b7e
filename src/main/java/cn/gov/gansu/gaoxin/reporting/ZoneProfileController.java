package cn.gov.gansu.gaoxin.reporting;

import java.time.LocalDate;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 高新区年度画像 over HTTP (contracts §13). */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "统计报表")
class ZoneProfileController {

    private final ZoneProfiles profiles;

    ZoneProfileController(ZoneProfiles profiles) {
        this.profiles = profiles;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getZoneProfile", summary = "高新区年度逐条概况（21条）", description = "契约§13：每条政策下平台为该高新区该年度记录或计算的内容。角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/zones/{code}/profile")
    ZoneProfiles.Profile profile(@PathVariable String code, @RequestParam(required = false) Integer year) {
        return profiles.profile(CurrentUser.scope(), code, year != null ? year : LocalDate.now().getYear() - 1);
    }
}
