package cn.gov.gansu.gaoxin.reporting;

import java.time.LocalDate;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 高新区年度画像 over HTTP (contracts §13). */
@RestController
class ZoneProfileController {

    private final ZoneProfiles profiles;

    ZoneProfileController(ZoneProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/api/zones/{code}/profile")
    ZoneProfiles.Profile profile(@PathVariable String code, @RequestParam(required = false) Integer year) {
        return profiles.profile(CurrentUser.scope(), code, year != null ? year : LocalDate.now().getYear() - 1);
    }
}
