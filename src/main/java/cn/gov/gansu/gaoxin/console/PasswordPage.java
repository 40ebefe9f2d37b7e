package cn.gov.gansu.gaoxin.console;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.AccountManagement;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 修改密码 at {@code /account/password}: the page the first-sign-in filter sends a user with a
 * generated password to. Errors stand next to their field in Chinese; on a failed submit the
 * password fields come back empty (a password is never echoed into a page). After the change the session's principal is
 * reloaded, so the first-sign-in restriction ends at once.
 */
@Controller
class PasswordPage implements ConsolePage {

    private final AccountManagement accounts;
    private final UserDetailsService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    PasswordPage(AccountManagement accounts, UserDetailsService users) {
        this.accounts = accounts;
        this.users = users;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("first", CurrentUser.mustChangePassword());
        model.addAttribute("errors", Map.of());
        model.addAttribute("form", Map.of());
        return "password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (currentPassword.isEmpty()) {
            errors.put("currentPassword", "请输入当前密码");
        }
        if (newPassword.isEmpty()) {
            errors.put("newPassword", "请输入新密码");
        }
        if (confirmPassword.isEmpty()) {
            errors.put("confirmPassword", "请再次输入新密码");
        } else if (!confirmPassword.equals(newPassword)) {
            errors.put("confirmPassword", "两次输入的新密码不一致");
        }
        if (errors.isEmpty()) {
            try {
                accounts.changePassword(currentPassword, newPassword);
            } catch (InvalidInput refused) {
                String reason = refused.getMessage();
                errors.put(reason.startsWith("当前密码") ? "currentPassword" : "newPassword", reason);
            }
        }
        if (!errors.isEmpty()) {
            // a password is never sent back to the browser (issue 8 item 2): the fields come back empty
            Map<String, String> kept = new LinkedHashMap<>();
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("first", CurrentUser.mustChangePassword());
            model.addAttribute("errors", errors);
            model.addAttribute("form", kept);
            return "password";
        }
        refreshPrincipal(request, response);
        redirect.addFlashAttribute("notice", "密码已修改");
        return "redirect:/";
    }

    /** The signed-in principal still says "must change password": replace it by a fresh one. */
    private void refreshPrincipal(HttpServletRequest request, HttpServletResponse response) {
        UserDetails fresh = users.loadUserByUsername(CurrentUser.scope().username());
        if (fresh instanceof CredentialsContainer c) {
            c.eraseCredentials();
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
