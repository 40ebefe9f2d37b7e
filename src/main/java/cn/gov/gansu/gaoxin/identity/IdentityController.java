package cn.gov.gansu.gaoxin.identity;

import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users, the caller's own account, and the audit log. */
@RestController
class IdentityController {

    private final AccountManagement management;
    private final UserAccounts accounts;
    private final AuditTrail audit;

    IdentityController(AccountManagement management, UserAccounts accounts, AuditTrail audit) {
        this.management = management;
        this.accounts = accounts;
        this.audit = audit;
    }

    @PostMapping("/api/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@RequestBody AccountManagement.NewAccount request) {
        management.create(request);
        return Map.of("username", request.username().trim(), "role", request.role());
    }

    @GetMapping("/api/admin/users")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','SYSTEM_ADMIN','AUDITOR')")
    Map<String, Object> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        new Paging(page, size);
        return Map.of("items", accounts.list(page, size), "total", accounts.count());
    }

    @GetMapping("/api/account")
    Map<String, Object> me() {
        DataScope s = CurrentUser.scope();
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("username", s.username());
        body.put("role", s.role().name());
        body.put("roleName", s.role().chineseName());
        body.put("zone", s.zone());
        body.put("city", s.city());
        body.put("enterprise", s.enterprise());
        return body;
    }

    @PostMapping("/api/account/password")
    Map<String, String> changePassword(@RequestBody PasswordChange change) {
        management.changePassword(change.currentPassword(), change.newPassword());
        return Map.of("message", "密码已修改");
    }

    @GetMapping("/api/audit-log")
    @PreAuthorize("hasAnyRole('AUDITOR','PROVINCE_ADMIN')")
    Map<String, Object> auditLog(@RequestParam(required = false) String subjectType,
            @RequestParam(required = false) String subjectId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        new Paging(page, size);
        List<AuditTrail.Entry> items = audit.page(subjectType, subjectId, page, size);
        return Map.of("items", items, "total", audit.count(subjectType, subjectId));
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }
}
