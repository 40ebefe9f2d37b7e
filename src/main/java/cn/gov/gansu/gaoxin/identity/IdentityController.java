package cn.gov.gansu.gaoxin.identity;

import java.util.List;

import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.shared.web.Message;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "用户与权限")
class IdentityController {

    private final AccountManagement management;
    private final UserAccounts accounts;
    private final AuditTrail audit;

    IdentityController(AccountManagement management, UserAccounts accounts, AuditTrail audit) {
        this.management = management;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Operation(operationId = "createUser", summary = "创建用户", description = "契约§1：按角色给出数据范围（zone、city 或 enterprise）。"
            + "角色：初始管理员 admin，以及 SYSTEM_ADMIN；其他人 403。")
    @PostMapping("/api/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedUser create(@RequestBody AccountManagement.NewAccount request) {
        management.create(request);
        return new CreatedUser(request.username().trim(), request.role());
    }

    @Operation(operationId = "listUsers", summary = "列出用户", description = "不含密码散列。")
    @GetMapping("/api/admin/users")
    @PreAuthorize("hasAnyRole('PROVINCE_ADMIN','SYSTEM_ADMIN','AUDITOR')")
    UserPage list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        new Paging(page, size);
        return new UserPage(accounts.list(page, size), accounts.count());
    }

    @Operation(operationId = "getAccount", summary = "查看本人账户与数据范围", description = "角色：所有已登录角色。")
    @GetMapping("/api/account")
    Account me() {
        DataScope s = CurrentUser.scope();
        return new Account(s.username(), s.role().name(), s.role().chineseName(), s.zone(), s.city(), s.enterprise());
    }

    @Operation(operationId = "changePassword", summary = "修改本人密码", description = "契约§6：新密码至少10位，含大写、小写、数字、符号中的三类（否则 400）。角色：所有已登录角色。")
    @PostMapping("/api/account/password")
    Message changePassword(@RequestBody PasswordChange change) {
        management.changePassword(change.currentPassword(), change.newPassword());
        return new Message("密码已修改");
    }

    @Operation(operationId = "listAuditLog", summary = "查询审计日志", description = "只增不改的操作记录，按对象筛选。")
    @GetMapping("/api/audit-log")
    @PreAuthorize("hasAnyRole('AUDITOR','PROVINCE_ADMIN')")
    AuditPage auditLog(@Parameter(description = "对象类型，如 ENTERPRISE、AWARD") @RequestParam(required = false) String subjectType,
            @Parameter(description = "对象标识") @RequestParam(required = false) String subjectId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        new Paging(page, size);
        List<AuditTrail.Entry> items = audit.page(subjectType, subjectId, page, size);
        return new AuditPage(items, audit.count(subjectType, subjectId));
    }

    record PasswordChange(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currentPassword,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String newPassword) {
    }

    /** The account created (contracts §1: 201). */
    @Schema(name = "CreatedUser")
    record CreatedUser(String username, @Schema(implementation = Role.class) String role) {
    }

    /** The caller's account and data scope. */
    @Schema(name = "Account")
    record Account(String username, @Schema(implementation = Role.class) String role,
            @Schema(description = "角色中文名") String roleName, String zone, String city, String enterprise) {
    }

    /** Accounts for administrators. */
    @Schema(name = "UserPage")
    record UserPage(List<UserAccounts.AccountView> items, long total) {
    }

    /** A page of the audit log. */
    @Schema(name = "AuditPage")
    record AuditPage(List<AuditTrail.Entry> items, long total) {
    }
}
