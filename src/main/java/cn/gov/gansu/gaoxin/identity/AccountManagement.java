package cn.gov.gansu.gaoxin.identity;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.gov.gansu.gaoxin.shared.Conflict;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.Uscc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 用户管理: creating accounts with a role and scope, their lifecycle (disable, enable, unlock, reset, change of
 * role or scope), changing one's password, and the separation of the three administrators' duties (三员):
 * SYSTEM_ADMIN keeps the accounts, SECURITY_ADMIN grants roles and scopes, AUDIT_ADMIN reads the audit log.
 * The bootstrap {@code admin} keeps creating accounts (contracts §1) but, once the three duties are held by
 * three enabled accounts, no longer changes roles nor reads the audit log — so from then on no single account
 * can create a user, grant it rights and read the trace.
 */
@Service
public class AccountManagement {

    static final String BOOTSTRAP_ADMIN = "admin";

    /** Names nobody may take (compared without case and without . _ - @), so no account passes for the platform or its operators. */
    static final Set<String> RESERVED = Set.of("system", "admin", "administrator", "root", "sysadmin", "superuser",
            "su", "sa", "anonymous", "anonymoususer", "guest", "null", "nobody", "security", "audit", "auditor",
            "secadmin", "auditadmin", "postgres", "operator", "support", "gaoxin");

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final List<ScopeTargetCheck> targetChecks;
    private final SignInAuthentication signIn;
    private final SessionTermination sessions;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    AccountManagement(UserAccounts accounts, PasswordEncoder encoder, AuditTrail audit, List<ScopeTargetCheck> targetChecks,
            SignInAuthentication signIn, SessionTermination sessions,
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.targetChecks = targetChecks;
        this.signIn = signIn;
        this.sessions = sessions;
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
        if (reserved(username)) {
            throw new InvalidInput("字段“username”：“" + username + "”是系统保留的用户名，不能使用");
        }
        Role role = parseRole(request.role());
        PasswordPolicy.require(request.password());
        DataScope scope = scopeFor(username, role, request);
        if (accounts.existsIgnoringCase(username)) {
            throw new UsernameTaken(username);
        }
        String displayName = request.displayName() == null ? null : request.displayName().strip();
        if (displayName != null && (displayName.length() > 100 || displayName.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidInput("字段“displayName”：姓名最多100个字符，且不得含控制字符");
        }
        // the administrator knows this password: a browser sign-in must replace it; HTTP Basic use goes on (integration accounts)
        accounts.insert(scope, displayName, encoder.encode(request.password()), false, true, caller.username());
        audit.record("USER_CREATED", "USER", username, "创建用户，角色" + role.name() + "（" + role.chineseName() + "）"
                + (scope.zone() != null ? "，高新区 " + scope.zone() : "") + (scope.city() != null ? "，市州 " + scope.city() : "")
                + (scope.enterprise() != null ? "，企业 " + scope.enterprise() : ""));
    }

    /** Creates an account without a caller (bootstrap and demo data). */
    @Transactional
    public void createSystemAccount(DataScope scope, String displayName, String password, boolean mustChange) {
        createSystemAccount(scope, displayName, PendingHash.of(encoder.encode(password)), mustChange);
    }

    /** As {@link #createSystemAccount(DataScope, String, String, boolean)}, with a hash begun earlier ({@link #hashInBackground}). */
    @Transactional
    public void createSystemAccount(DataScope scope, String displayName, PendingHash hash, boolean mustChange) {
        accounts.insert(scope, displayName, hash.get(), mustChange, "system");
        audit.recordAs("system", "USER_CREATED", "USER", scope.username(), "系统创建用户，角色" + scope.role().name());
    }

    /**
     * Starts hashing a password on a background thread now and answers the pending hash: the start-up's accounts
     * (bootstrap admin, demo users) hash while the rest of the context starts, instead of after it (bcrypt takes
     * 0.1–1 s of CPU; issue 14 item 3). The password itself is not kept.
     */
    public PendingHash hashInBackground(CharSequence password) {
        java.util.concurrent.CompletableFuture<String> future = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(encoder.encode(password));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "password-hash");
        t.setDaemon(true);
        t.start();
        return new PendingHash(future);
    }

    /** A password hash being computed (or already known). */
    public static final class PendingHash {
        private final java.util.concurrent.CompletableFuture<String> future;

        private PendingHash(java.util.concurrent.CompletableFuture<String> future) {
            this.future = future;
        }

        static PendingHash of(String hash) {
            return new PendingHash(java.util.concurrent.CompletableFuture.completedFuture(hash));
        }

        String get() {
            try {
                return future.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("密码散列失败", e.getCause());
            }
        }
    }

    /**
     * Creates, without a caller, the accounts of these scopes that do not exist yet, all with the same password
     * (demo data): the password is hashed once (bcrypt is slow and the start waits for it), each account audited
     * as {@link #createSystemAccount} does. Answers the usernames created.
     */
    @Transactional
    public List<String> createSystemAccounts(List<DataScope> scopes, java.util.function.Function<DataScope, String> displayName,
            String password) {
        return createSystemAccounts(scopes, displayName, () -> encoder.encode(password));
    }

    /** As {@link #createSystemAccounts(List, java.util.function.Function, String)}, with a hash begun earlier. */
    @Transactional
    public List<String> createSystemAccounts(List<DataScope> scopes, java.util.function.Function<DataScope, String> displayName,
            PendingHash hash) {
        return createSystemAccounts(scopes, displayName, hash::get);
    }

    private List<String> createSystemAccounts(List<DataScope> scopes, java.util.function.Function<DataScope, String> displayName,
            java.util.function.Supplier<String> encoded) {
        List<String> created = new java.util.ArrayList<>();
        String hash = null;
        for (DataScope scope : scopes) {
            if (accounts.exists(scope.username())) {
                continue;
            }
            hash = hash != null ? hash : encoded.get();
            accounts.insert(scope, displayName.apply(scope), hash, false, "system");
            audit.recordAs("system", "USER_CREATED", "USER", scope.username(), "系统创建用户，角色" + scope.role().name());
            created.add(scope.username());
        }
        return created;
    }

    public boolean exists(String username) {
        return accounts.exists(username);
    }

    /** The display names of these users (those that have one), for pages that say who acted. */
    public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        return accounts.displayNames(usernames);
    }

    /**
     * Changes the caller's password. The current one is checked like a sign-in (issue 8 item 2): the check is
     * counted before it is made, so wrong guesses here lock the account too. Ends the caller's other sessions.
     */
    public void changePassword(String currentPassword, String newPassword) {
        DataScope caller = CurrentUser.scope();
        PlatformUser user = accounts.find(caller.username()).orElseThrow(() -> new Forbidden("请先登录"));
        // the counted check is committed on its own, whatever becomes of the change
        SignInAuthentication.Check check = currentPassword == null || PasswordPolicy.tooLong(currentPassword)
                ? SignInAuthentication.Check.WRONG
                : signIn.check(user, currentPassword, java.time.Instant.now());
        if (check == SignInAuthentication.Check.LOCKED) {
            throw new InvalidInput("当前密码错误次数过多，账户已锁定" + SignInProtection.LOCK_DURATION.toMinutes() + "分钟");
        }
        if (check == SignInAuthentication.Check.WRONG) {
            audit.recordAs(caller.username(), "PASSWORD_CHANGE_FAILED", "USER", caller.username(), "修改密码时当前密码不正确");
            throw new InvalidInput("当前密码不正确");
        }
        PasswordPolicy.require(newPassword);
        if (Objects.equals(currentPassword, newPassword)) {
            throw new InvalidInput("新密码不能与当前密码相同");
        }
        String username = caller.username();
        String hash = encoder.encode(newPassword);
        transactions.executeWithoutResult(status -> {
            accounts.changePassword(username, hash);
            audit.record("PASSWORD_CHANGED", "USER", username, "用户修改了自己的密码（其他会话已结束）");
            sessions.endOtherSessions(username);
        });
    }

    // ---- account lifecycle (issue 8 item 3) ----

    /** A page of accounts, for the administrators (and the auditors, read-only). */
    public List<AccountView> list(String q, int page, int size) {
        requireListing();
        return accounts.list(blankToNull(q), page, size);
    }

    public long count(String q) {
        requireListing();
        return accounts.count(blankToNull(q));
    }

    /** 停用: the account can no longer sign in; its sessions end. */
    @Transactional
    public void disable(String username, String reason) {
        DataScope caller = requireAccountKeeper();
        PlatformUser target = target(username, caller);
        String why = reason == null || reason.isBlank() ? "管理员停用" : reason.strip();
        if (why.length() > 200) {
            throw new InvalidInput("字段“reason”：停用原因最多200个字符");
        }
        accounts.setEnabled(target.getUsername(), false, why);
        audit.record("USER_DISABLED", "USER", target.getUsername(), "停用账户：" + why);
        sessions.endOtherSessions(target.getUsername());
    }

    /** 启用: the account may sign in again (the 90-day clock starts afresh). */
    @Transactional
    public void enable(String username) {
        DataScope caller = requireAccountKeeper();
        PlatformUser target = target(username, caller);
        accounts.setEnabled(target.getUsername(), true, null);
        audit.record("USER_ENABLED", "USER", target.getUsername(), "启用账户");
    }

    /** 解锁: ends a lock after wrong passwords. */
    @Transactional
    public void unlock(String username) {
        DataScope caller = requireAccountKeeper();
        PlatformUser target = target(username, caller);
        accounts.unlock(target.getUsername());
        audit.record("USER_UNLOCKED", "USER", target.getUsername(), "解除账户锁定");
    }

    /** 重置密码: a new password the user must change at the next sign-in (browser or API); its sessions end. */
    @Transactional
    public void resetPassword(String username, String newPassword) {
        DataScope caller = requireAccountKeeper();
        PlatformUser target = target(username, caller);
        PasswordPolicy.require(newPassword);
        accounts.resetPassword(target.getUsername(), encoder.encode(newPassword));
        audit.record("PASSWORD_RESET", "USER", target.getUsername(), "管理员重置密码，下次登录须修改");
        sessions.endOtherSessions(target.getUsername());
    }

    /**
     * 变更角色或数据范围: SECURITY_ADMIN; until the duties are separated also the bootstrap admin and SYSTEM_ADMIN
     * (so a new installation can be set up). Never one's own, never the bootstrap admin's. The user's sessions end.
     */
    @Transactional
    public void changeRole(String username, NewAccount request) {
        DataScope caller = CurrentUser.scope();
        boolean setup = !dutiesSeparated() && (isBootstrap(caller) || caller.role() == Role.SYSTEM_ADMIN);
        if (caller.role() != Role.SECURITY_ADMIN && !setup) {
            throw new Forbidden("只有安全管理员可以变更角色或数据范围" + (dutiesSeparated() ? "（三员已分立）" : ""));
        }
        PlatformUser target = target(username, caller);
        if (target.getUsername().equals(BOOTSTRAP_ADMIN)) {
            throw new Forbidden("初始管理员admin的角色不能变更");
        }
        Role role = parseRole(request.role());
        DataScope before = target.scope();
        DataScope after = scopeFor(target.getUsername(), role, request);
        if (after.equals(before)) {
            return;
        }
        accounts.changeScope(after);
        audit.record("USER_ROLE_CHANGED", "USER", target.getUsername(), "角色或数据范围由“" + before.describe() + "”改为“"
                + after.describe() + "”（会话已结束）");
        sessions.endOtherSessions(target.getUsername());
    }

    /** Whether SYSTEM_ADMIN, SECURITY_ADMIN and AUDIT_ADMIN are each held by an enabled account (三员分立). */
    public boolean dutiesSeparated() {
        return accounts.countEnabled(Role.SYSTEM_ADMIN) > 0 && accounts.countEnabled(Role.SECURITY_ADMIN) > 0
                && accounts.countEnabled(Role.AUDIT_ADMIN) > 0;
    }

    /** Whether the console should warn the caller that the three duties are not yet separated. */
    public boolean warnDutiesNotSeparated() {
        try {
            DataScope me = CurrentUser.scope();
            return (isBootstrap(me) || me.role() == Role.SYSTEM_ADMIN) && !dutiesSeparated();
        } catch (RuntimeException anonymous) {
            return false;
        }
    }

    /**
     * Refuses a reader of the audit log who may not read it: AUDITOR and AUDIT_ADMIN may, PROVINCE_ADMIN too —
     * except the bootstrap admin once the duties are separated (it creates accounts, so it must not also read the trace).
     */
    public DataScope requireAuditReader() {
        DataScope me = CurrentUser.scope();
        if (me.role() == Role.AUDITOR || me.role() == Role.AUDIT_ADMIN) {
            return me;
        }
        if (me.role() == Role.PROVINCE_ADMIN) {
            if (isBootstrap(me) && dutiesSeparated()) {
                throw new Forbidden("三员已分立：初始管理员admin不再查阅审计日志，请由安全审计员查阅");
            }
            return me;
        }
        throw new Forbidden("角色“" + me.role().chineseName() + "”无权查阅审计日志");
    }

    static boolean reserved(String username) {
        String normal = username.toLowerCase(java.util.Locale.ROOT).replaceAll("[._@-]", "");
        return RESERVED.contains(normal) || RESERVED.contains(normal.replaceAll("[0-9]+$", ""));
    }

    private DataScope requireAccountKeeper() {
        DataScope caller = CurrentUser.scope();
        if (!isBootstrap(caller) && caller.role() != Role.SYSTEM_ADMIN) {
            throw new Forbidden("只有系统管理员（或初始管理员admin）可以停用、启用、解锁账户或重置密码");
        }
        return caller;
    }

    private void requireListing() {
        DataScope caller = CurrentUser.scope();
        if (!isBootstrap(caller) && caller.role() != Role.SYSTEM_ADMIN && caller.role() != Role.SECURITY_ADMIN
                && caller.role() != Role.AUDIT_ADMIN && caller.role() != Role.PROVINCE_ADMIN && caller.role() != Role.AUDITOR) {
            throw new Forbidden("角色“" + caller.role().chineseName() + "”无权查看用户列表");
        }
    }

    private PlatformUser target(String username, DataScope caller) {
        PlatformUser target = username == null || username.length() > 64 ? null : accounts.find(username).orElse(null);
        if (target == null) {
            throw new cn.gov.gansu.gaoxin.shared.NotFound("用户“" + abbreviate(username) + "”不存在");
        }
        if (target.getUsername().equals(caller.username())) {
            throw new Forbidden("不能对自己的账户执行此操作");
        }
        return target;
    }

    private static boolean isBootstrap(DataScope scope) {
        return scope.username().equals(BOOTSTRAP_ADMIN);
    }

    private static String blankToNull(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.strip();
        if (v.length() > 64) {
            throw new InvalidInput("参数“q”过长（最多64个字符）");
        }
        return v;
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 40 ? s.substring(0, 40) + "…" : s;
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
                    + "PROVINCE_GOVERNMENT、CITY_OFFICER、ZONE_OFFICER、ENTERPRISE、EXPERT、AUDITOR、SYSTEM_ADMIN、SECURITY_ADMIN、AUDIT_ADMIN");
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
