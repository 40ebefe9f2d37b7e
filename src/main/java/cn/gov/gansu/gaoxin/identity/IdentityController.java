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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users, the caller's own account, and the audit log. */
@RestController
@Tag(name = "用户与权限")
class IdentityController {

    static final String KEEPERS = "角色：SYSTEM_ADMIN，或初始管理员 admin。";

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

    @Operation(operationId = "listUsers", summary = "列出用户", description = "不含密码散列；q 按用户名或姓名筛选。"
            + "角色：SYSTEM_ADMIN、SECURITY_ADMIN、AUDIT_ADMIN、PROVINCE_ADMIN、AUDITOR，以及初始管理员 admin。")
    @GetMapping("/api/admin/users")
    UserPage list(@Parameter(description = "用户名或姓名包含") @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        new Paging(page, size);
        return new UserPage(management.list(q, page, size), management.count(q), management.dutiesSeparated());
    }

    /** 停用 {"reason":"..."} (SYSTEM_ADMIN or the bootstrap admin). */
    @Operation(operationId = "disableUser", summary = "停用账户", description = "须填写理由。" + KEEPERS)
    @PostMapping("/api/admin/users/{username}/disable")
    UserStatus disable(@PathVariable String username, @RequestBody(required = false) Reason body) {
        management.disable(username, body == null ? null : body.reason());
        return new UserStatus(username, "DISABLED");
    }

    @Operation(operationId = "enableUser", summary = "启用账户", description = KEEPERS)
    @PostMapping("/api/admin/users/{username}/enable")
    UserStatus enable(@PathVariable String username) {
        management.enable(username);
        return new UserStatus(username, "ENABLED");
    }

    @Operation(operationId = "unlockUser", summary = "解除账户锁定", description = "契约§6 的锁定（连续5次密码错误，15分钟）提前解除。" + KEEPERS)
    @PostMapping("/api/admin/users/{username}/unlock")
    UserStatus unlock(@PathVariable String username) {
        management.unlock(username);
        return new UserStatus(username, "UNLOCKED");
    }

    /** 重置密码 {"password":"..."}: to be changed at the next sign-in. */
    @Operation(operationId = "resetUserPassword", summary = "重置用户密码", description = "新密码须在下次登录时修改。" + KEEPERS)
    @PostMapping("/api/admin/users/{username}/password")
    UserStatus reset(@PathVariable String username, @RequestBody Reset body) {
        management.resetPassword(username, body.password());
        return new UserStatus(username, "PASSWORD_RESET");
    }

    /** 变更角色或范围 {"role":"ZONE_OFFICER","zone":"lanzhou"} (SECURITY_ADMIN). */
    @Operation(operationId = "changeUserRole", summary = "变更用户的角色或数据范围",
            description = "角色：SECURITY_ADMIN；三员分立之前也可由初始管理员 admin 或 SYSTEM_ADMIN 办理。")
    @PutMapping("/api/admin/users/{username}/role")
    CreatedUser changeRole(@PathVariable String username, @RequestBody AccountManagement.NewAccount body) {
        management.changeRole(username, body);
        return new CreatedUser(username, String.valueOf(body.role()));
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

    @Operation(operationId = "listAuditLog", summary = "查询审计日志", description = "只增不改的操作记录，按对象筛选（三员分立后初始管理员 admin 不再查阅）。")
    @GetMapping("/api/audit-log")
    @PreAuthorize("hasAnyRole('AUDITOR','PROVINCE_ADMIN','AUDIT_ADMIN')")
    AuditPage auditLog(@Parameter(description = "对象类型，如 ENTERPRISE、AWARD") @RequestParam(required = false) String subjectType,
            @Parameter(description = "对象标识") @RequestParam(required = false) String subjectId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        new Paging(page, size);
        management.requireAuditReader();
        List<AuditTrail.Entry> items = audit.page(subjectType, subjectId, page, size);
        return new AuditPage(items, audit.count(subjectType, subjectId));
    }

    record PasswordChange(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String currentPassword,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String newPassword) {
    }

    /** The account created or changed (contracts §1: 201 on creation). */
    @Schema(name = "CreatedUser")
    record CreatedUser(String username, @Schema(implementation = Role.class) String role) {
    }

    /** An account's new state after an administrator's step. */
    @Schema(name = "UserStatus")
    record UserStatus(String username, @Schema(allowableValues = {"DISABLED", "ENABLED", "UNLOCKED", "PASSWORD_RESET"}) String status) {
    }

    /** The caller's account and data scope. */
    @Schema(name = "Account")
    record Account(String username, @Schema(implementation = Role.class) String role,
            @Schema(description = "角色中文名") String roleName, String zone, String city, String enterprise) {
    }

    /** Accounts for administrators. */
    @Schema(name = "UserPage")
    record UserPage(List<AccountView> items, long total,
            @Schema(description = "三员分立：系统管理员、安全管理员、安全审计员各有启用的账户") boolean dutiesSeparated) {
    }

    /** A page of the audit log. */
    @Schema(name = "AuditPage")
    record AuditPage(List<AuditTrail.Entry> items, long total) {
    }

    record Reason(String reason) {
    }

    record Reset(String password) {
    }
}
