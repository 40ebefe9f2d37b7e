package cn.gov.gansu.gaoxin.identity;

import java.util.List;
import java.util.Objects;

import cn.gov.gansu.gaoxin.shared.Conflict;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.Uscc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 用户管理: creating accounts with a role and scope, and changing passwords. */
@Service
public class AccountManagement {

    static final String BOOTSTRAP_ADMIN = "admin";

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final List<ScopeTargetCheck> targetChecks;

    AccountManagement(UserAccounts accounts, PasswordEncoder encoder, AuditTrail audit, List<ScopeTargetCheck> targetChecks) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.targetChecks = targetChecks;
    }

    /** Creates an account; only the bootstrap admin and SYSTEM_ADMIN may. */
    @Transactional
    public void create(NewAccount request) {
        DataScope caller = CurrentUser.scope();
        if (!caller.username().equals(BOOTSTRAP_ADMIN) && caller.role() != Role.SYSTEM_ADMIN) {
            throw new Forbidden("只有系统管理员（或初始管理员admin）可以创建用户");
        }
        String username = request.username() == null ? "" : request.username().trim();
        if (!username.matches("[A-Za-z0-9_.@-]{3,64}")) {
            throw new InvalidInput("字段“username”须为3至64位字母、数字或 _ . @ -");
        }
        Role role = parseRole(request.role());
        PasswordPolicy.require(request.password());
        DataScope scope = scopeFor(username, role, request);
        if (accounts.exists(username)) {
            throw new UsernameTaken(username);
        }
        accounts.insert(scope, request.displayName(), encoder.encode(request.password()), false, caller.username());
        audit.record("USER_CREATED", "USER", username, "创建用户，角色" + role.name() + "（" + role.chineseName() + "）"
                + (scope.zone() != null ? "，高新区 " + scope.zone() : "") + (scope.city() != null ? "，市州 " + scope.city() : "")
                + (scope.enterprise() != null ? "，企业 " + scope.enterprise() : ""));
    }

    /** Creates an account without a caller (bootstrap and demo data). */
    @Transactional
    public void createSystemAccount(DataScope scope, String displayName, String password, boolean mustChange) {
        accounts.insert(scope, displayName, encoder.encode(password), mustChange, "system");
        audit.recordAs("system", "USER_CREATED", "USER", scope.username(), "系统创建用户，角色" + scope.role().name());
    }

    public boolean exists(String username) {
        return accounts.exists(username);
    }

    /** The display names of these users (those that have one), for pages that say who acted. */
    public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        return accounts.displayNames(usernames);
    }

    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        DataScope caller = CurrentUser.scope();
        PlatformUser user = accounts.find(caller.username()).orElseThrow(() -> new Forbidden("请先登录"));
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPassword())) {
            throw new InvalidInput("当前密码不正确");
        }
        PasswordPolicy.require(newPassword);
        if (Objects.equals(currentPassword, newPassword)) {
            throw new InvalidInput("新密码不能与当前密码相同");
        }
        accounts.changePassword(caller.username(), encoder.encode(newPassword));
        audit.record("PASSWORD_CHANGED", "USER", caller.username(), "用户修改了自己的密码");
    }

    private DataScope scopeFor(String username, Role role, NewAccount r) {
        return switch (role.scopeKind()) {
            case ZONE -> new DataScope(username, role, requireTarget(Role.ScopeKind.ZONE, r.zone(), "zone", "高新区"), null, null);
            case CITY -> new DataScope(username, role, null, requireTarget(Role.ScopeKind.CITY, r.city(), "city", "市(州)"), null);
            case ENTERPRISE -> {
                String uscc = r.enterprise() == null ? null : r.enterprise().trim().toUpperCase();
                Uscc.of(uscc);
                yield new DataScope(username, role, null, null, requireTarget(Role.ScopeKind.ENTERPRISE, uscc, "enterprise", "企业"));
            }
            default -> new DataScope(username, role, null, null, null);
        };
    }

    private String requireTarget(Role.ScopeKind kind, String code, String field, String what) {
        if (code == null || code.isBlank()) {
            throw new InvalidInput("该角色须指定字段“" + field + "”（" + what + "）");
        }
        for (ScopeTargetCheck check : targetChecks) {
            Boolean exists = check.exists(kind, code);
            if (Boolean.TRUE.equals(exists)) {
                return code;
            }
        }
        throw new InvalidInput("字段“" + field + "”：" + what + "“" + code + "”不存在");
    }

    private static Role parseRole(String role) {
        try {
            return Role.valueOf(role == null ? "" : role.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("字段“role”：未知角色“" + role + "”，可选：PROVINCE_ADMIN、PROVINCE_FINANCE、"
                    + "PROVINCE_GOVERNMENT、CITY_OFFICER、ZONE_OFFICER、ENTERPRISE、EXPERT、AUDITOR、SYSTEM_ADMIN");
        }
    }

    /** The request to create an account. */
    public record NewAccount(@io.swagger.v3.oas.annotations.media.Schema(description = "用户名", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String username,
            @io.swagger.v3.oas.annotations.media.Schema(description = "初始密码：至少10位，含大写、小写、数字、符号中的三类", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String password,
            @io.swagger.v3.oas.annotations.media.Schema(implementation = Role.class, requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String role,
            @io.swagger.v3.oas.annotations.media.Schema(description = "高新区代码（ZONE_OFFICER 必填）") String zone,
            @io.swagger.v3.oas.annotations.media.Schema(description = "市州代码（CITY_OFFICER 必填）") String city,
            @io.swagger.v3.oas.annotations.media.Schema(description = "企业统一社会信用代码（ENTERPRISE 必填）") String enterprise, String displayName) {
    }

    /** 用户名已存在. */
    static final class UsernameTaken extends Conflict {
        UsernameTaken(String username) {
            super("用户名“" + username + "”已存在");
        }
    }
}
