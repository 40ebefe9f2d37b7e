package cn.gov.gansu.gaoxin.identity;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit/verification} (AUDITOR, PROVINCE_ADMIN): are the append-only tables' hash chains intact? */
@RestController
class AuditVerificationController {

    private final AuditIntegrity integrity;

    AuditVerificationController(AuditIntegrity integrity) {
        this.integrity = integrity;
    }

    @GetMapping("/api/audit/verification")
    Map<String, Object> verification() {
        return integrity.verify().body();
    }
}
