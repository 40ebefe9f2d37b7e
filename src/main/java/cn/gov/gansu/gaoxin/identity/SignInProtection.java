package cn.gov.gansu.gaoxin.identity;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * 登录保护 (contracts §6): five wrong passwords in a row lock the account for 15 minutes, during
 * which the right password is refused too (counted by {@link SignInAuthentication}). Locks, failures and interactive sign-ins go to the
 * audit log; every sign-in goes to the application log.
 */
@Component
class SignInProtection {

    static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(SignInProtection.class);

    private final UserAccounts accounts;
    private final AuditTrail audit;

    SignInProtection(UserAccounts accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        if (!accounts.exists(username)) {
            log.info("登录失败：未知用户 {}", abbreviate(username));
            return;
        }
        // counted (and the lock recorded) by SignInAuthentication before the password was checked
        audit.recordAs(username, "SIGN_IN_FAILED", "USER", username, "密码错误");
    }

    @EventListener
    void onLocked(AuthenticationFailureLockedEvent event) {
        String username = event.getAuthentication().getName();
        log.warn("已锁定账户 {} 尝试登录，已拒绝", username);
        audit.recordAs(username, "SIGN_IN_REFUSED_LOCKED", "USER", username, "账户锁定期间尝试登录，已拒绝");
    }

    @EventListener
    void onOtherFailure(AbstractAuthenticationFailureEvent event) {
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent) && !(event instanceof AuthenticationFailureLockedEvent)) {
            log.info("登录失败 {}: {}", abbreviate(event.getAuthentication().getName()), event.getException().getClass().getSimpleName());
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        log.debug("登录成功 {}", username);
    }

    @EventListener
    void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        log.info("用户 {} 通过登录页登录", username);
        audit.recordAs(username, "SIGNED_IN", "USER", username, "通过登录页登录");
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 64 ? s.substring(0, 64) + "…" : s;
    }
}
