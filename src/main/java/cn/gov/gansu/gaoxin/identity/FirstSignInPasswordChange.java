package cn.gov.gansu.gaoxin.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An account whose password was generated (the bootstrap admin without GAOXIN_ADMIN_PASSWORD) or reset
 * by an administrator must change it at first sign-in: until then only the password change, sign-out
 * and static files are served. An account an administrator created must change its password at its
 * first INTERACTIVE sign-in (the browser chain, {@code interactive = true}); its HTTP Basic calls go on
 * working, because such accounts are also the integration accounts that the province's systems are
 * given (contracts §1: created and used at once over the API). See docs/security.md.
 */
final class FirstSignInPasswordChange extends OncePerRequestFilter {

    private final UserAccounts accounts;
    private final boolean interactive;

    FirstSignInPasswordChange(UserAccounts accounts, boolean interactive) {
        this.accounts = accounts;
        this.interactive = interactive;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PlatformUser user && (user.mustChangePassword() || interactive && user.mustChangeInteractive())
                && stillMustChange(user)
                && !allowed(request.getRequestURI().substring(request.getContextPath().length()))) {
            if (SecurityConfiguration.API.matches(request)) {
                SecurityConfiguration.write(response, HttpStatus.FORBIDDEN, "请先修改初始密码",
                        "首次登录须先修改系统生成的初始密码：POST /api/account/password {\"currentPassword\":…,\"newPassword\":…}");
            } else {
                response.sendRedirect(request.getContextPath() + "/account/password");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** A browser session keeps the principal it signed in with: ask the database whether the change happened since. */
    private boolean stillMustChange(PlatformUser user) {
        return accounts.find(user.getUsername())
                .map(u -> u.mustChangePassword() || interactive && u.mustChangeInteractive()).orElse(true);
    }

    private static boolean allowed(String path) {
        return path.equals("/account/password") || path.equals("/api/account/password") || path.equals("/logout")
                || path.startsWith("/css/") || path.startsWith("/webjars/") || path.startsWith("/js/")
                || path.equals("/login") || path.equals("/error") || path.startsWith("/favicon.");
    }
}
