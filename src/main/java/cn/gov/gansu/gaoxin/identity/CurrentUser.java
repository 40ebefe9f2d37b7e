package cn.gov.gansu.gaoxin.identity;

import cn.gov.gansu.gaoxin.shared.Forbidden;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user's data scope, for the queries that must honour it. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static DataScope scope() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PlatformUser user) {
            return user.scope();
        }
        throw new Forbidden("请先登录");
    }

    /** The signed-in user's display name (the username when none was given), or null when anonymous. */
    public static String displayName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PlatformUser user ? user.displayName() : null;
    }

    /** Whether the signed-in user must still replace a generated password (first sign-in). */
    public static boolean mustChangePassword() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PlatformUser user && (user.mustChangePassword() || user.mustChangeInteractive());
    }

    /** Refuses a write by a read-only or out-of-role user with a Chinese 403. */
    public static DataScope requireAnyOf(Role... roles) {
        DataScope scope = scope();
        for (Role r : roles) {
            if (scope.role() == r) {
                return scope;
            }
        }
        throw new Forbidden("角色“" + scope.role().chineseName() + "”无权执行此操作");
    }
}
