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
 * An account whose password was generated (the bootstrap admin without GAOXIN_ADMIN_PASSWORD) must
 * change it at first sign-in: until then only the password change, sign-out and static files
 * are served.
 */
final class FirstSignInPasswordChange extends OncePerRequestFilter {

    private final UserAccounts accounts;

    FirstSignInPasswordChange(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof PlatformUser user && user.mustChangePassword()
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
        return accounts.find(user.getUsername()).map(PlatformUser::mustChangePassword).orElse(true);
    }

    private static boolean allowed(String path) {
        return path.equals("/account/password") || path.equals("/api/account/password") || path.equals("/logout")
                || path.startsWith("/css/") || path.startsWith("/webjars/") || path.startsWith("/js/")
                || path.equals("/login") || path.equals("/error");
    }
}
