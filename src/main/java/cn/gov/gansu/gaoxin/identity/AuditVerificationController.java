package cn.gov.gansu.gaoxin.identity;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit/verification} (AUDITOR, PROVINCE_ADMIN): are the append-only tables' hash chains intact? */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "用户与权限")
class AuditVerificationController {

    private final AuditIntegrity integrity;

    AuditVerificationController(AuditIntegrity integrity) {
        this.integrity = integrity;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "verifyAuditChains", summary = "核验只增表的哈希链是否完好",
            description = "审计日志、资金台账等只增表逐行核验；被改动时指出表与第一处断点。角色：AUDITOR、PROVINCE_ADMIN。")
    @GetMapping("/api/audit/verification")
    Map<String, Object> verification() {
        return integrity.verify().body();
    }
}
