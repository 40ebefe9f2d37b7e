package cn.gov.gansu.gaoxin.identity;

import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
    Map<String, Object> list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        new Paging(page, size);
        return Map.of("items", management.list(q, page, size), "total", management.count(q),
                "dutiesSeparated", management.dutiesSeparated());
    }

    /** 停用 {"reason":"..."} (SYSTEM_ADMIN or the bootstrap admin). */
    @PostMapping("/api/admin/users/{username}/disable")
    Map<String, String> disable(@PathVariable String username, @RequestBody(required = false) Reason body) {
        management.disable(username, body == null ? null : body.reason());
        return Map.of("username", username, "status", "DISABLED");
    }

    @PostMapping("/api/admin/users/{username}/enable")
    Map<String, String> enable(@PathVariable String username) {
        management.enable(username);
        return Map.of("username", username, "status", "ENABLED");
    }

    @PostMapping("/api/admin/users/{username}/unlock")
    Map<String, String> unlock(@PathVariable String username) {
        management.unlock(username);
        return Map.of("username", username, "status", "UNLOCKED");
    }

    /** 重置密码 {"password":"..."}: to be changed at the next sign-in. */
    @PostMapping("/api/admin/users/{username}/password")
    Map<String, String> reset(@PathVariable String username, @RequestBody Reset body) {
        management.resetPassword(username, body.password());
        return Map.of("username", username, "status", "PASSWORD_RESET");
    }

    /** 变更角色或范围 {"role":"ZONE_OFFICER","zone":"lanzhou"} (SECURITY_ADMIN). */
    @PutMapping("/api/admin/users/{username}/role")
    Map<String, String> changeRole(@PathVariable String username, @RequestBody AccountManagement.NewAccount body) {
        management.changeRole(username, body);
        return Map.of("username", username, "role", String.valueOf(body.role()));
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
    @PreAuthorize("hasAnyRole('AUDITOR','PROVINCE_ADMIN','AUDIT_ADMIN')")
    Map<String, Object> auditLog(@RequestParam(required = false) String subjectType,
            @RequestParam(required = false) String subjectId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        new Paging(page, size);
        management.requireAuditReader();
        List<AuditTrail.Entry> items = audit.page(subjectType, subjectId, page, size);
        return Map.of("items", items, "total", audit.count(subjectType, subjectId));
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record Reason(String reason) {
    }

    record Reset(String password) {
    }
}
