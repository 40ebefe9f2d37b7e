package cn.gov.gansu.gaoxin.identity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-in (issue 8 item 2), for the form and HTTP Basic alike:
 * <ol>
 * <li>credentials verified within the last minutes (the {@link VerifiedPasswordCache}) pass at once —
 * authenticated API traffic is never slowed, not even from a throttled address;</li>
 * <li>the client address must have a token left ({@link SignInThrottle}), else 429 before any check;</li>
 * <li>an unknown user name costs one bcrypt check against a dummy hash (never cached) and gets the same
 * answer as a wrong password;</li>
 * <li>a known one reserves its check atomically ({@link UserAccounts#reserveAttempt}) before bcrypt runs,
 * so parallel guesses get at most five checks; the fifth wrong one locks the account for 15 minutes.</li>
 * </ol>
 * Changing one's password checks the current one the same way, so wrong guesses there count too.
 */
@Component
class SignInAuthentication implements AuthenticationProvider {

    static final String WRONG = "用户名或密码错误";
    /** How long a check waits for parallel checks of the same account to finish before it counts as locked out. */
    static final java.time.Duration IN_FLIGHT_WAIT = java.time.Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(SignInAuthentication.class);

    private final UserAccounts accounts;
    private final VerifiedPasswordCache encoder;
    private final AuditTrail audit;
    private final SignInThrottle throttle;
    /** Hashed on a background thread from construction (bcrypt: 0.1 s of the start's critical path otherwise). */
    private final CompletableFuture<String> dummyHash;
    private final AtomicLong passwordChecks = new AtomicLong();

    SignInAuthentication(UserAccounts accounts, PasswordEncoder encoder, AuditTrail audit,
            @Value("${gaoxin.security.sign-in-throttle.capacity:100}") int capacity,
            @Value("${gaoxin.security.sign-in-throttle.refill-per-minute:60}") int refillPerMinute) {
        this.accounts = accounts;
        this.encoder = (VerifiedPasswordCache) encoder;
        this.audit = audit;
        this.throttle = new SignInThrottle(capacity, refillPerMinute, System::nanoTime);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        PasswordEncoder uncached = this.encoder.uncached();
        this.dummyHash = CompletableFuture.supplyAsync(
                () -> uncached.encode(Base64.getEncoder().encodeToString(random)), task -> {
                    Thread t = new Thread(task, "password-hash");
                    t.setDaemon(true);
                    t.start();
                });
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String raw = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        Optional<PlatformUser> found = username.length() > 64 ? Optional.empty() : accounts.find(username);
        Instant now = Instant.now();
        if (found.isPresent() && found.get().isAccountNonLocked() && found.get().isEnabled()
                && encoder.knownGood(raw, found.get().getPassword())) {
            return success(found.get(), now, authentication.getDetails());
        }
        if (!throttle.tryAcquire(address)) {
            log.warn("来自 {} 的登录失败过多，已暂缓", address);
            throw new SignInThrottled(throttle.retryAfterSeconds(address));
        }
        if (found.isEmpty()) {
            passwordChecks.incrementAndGet();
            encoder.uncached().matches(raw, dummyHash.join()); // the same time as a known name; never remembered
            throw new BadCredentialsException(WRONG);
        }
        PlatformUser user = found.get();
        switch (check(user, raw, now)) {
            case LOCKED -> throw new LockedException("账户已锁定");
            case WRONG -> throw new BadCredentialsException(WRONG);
            case RIGHT -> {
                throttle.refund(address);
                if (!user.isEnabled()) {
                    throw new DisabledException("账户已停用");
                }
                return success(user, now, authentication.getDetails());
            }
        }
        throw new BadCredentialsException(WRONG);
    }

    /** The result of one counted password check. */
    enum Check {
        RIGHT, WRONG, LOCKED
    }

    /**
     * Checks a known account's password, counting the check before it is made; a wrong one that is the fifth
     * in a row locks the account (audited once).
     */
    Check check(PlatformUser user, String raw, Instant now) {
        String username = user.getUsername();
        if (!user.isAccountNonLocked()) {
            return Check.LOCKED;
        }
        long deadline = System.nanoTime() + IN_FLIGHT_WAIT.toNanos();
        while (!accounts.reserveAttempt(username, now)) {
            // five checks are in flight (a burst of parallel requests): wait for them rather than check a sixth.
            // A right password among them resets the count or is remembered; five wrong ones lock the account.
            if (encoder.knownGood(raw, user.getPassword())) {
                accounts.recordSuccess(username);
                return Check.RIGHT;
            }
            if (System.nanoTime() > deadline || accounts.find(username).map(u -> !u.isAccountNonLocked()).orElse(true)) {
                return Check.LOCKED;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Check.LOCKED;
            }
        }
        passwordChecks.incrementAndGet();
        if (encoder.matches(raw, user.getPassword())) {
            accounts.recordSuccess(username);
            return Check.RIGHT;
        }
        if (accounts.lockIfExhausted(username, now.plus(SignInProtection.LOCK_DURATION))) {
            log.warn("账户 {} 连续{}次密码错误，已锁定{}分钟", username, UserAccounts.MAX_FAILED_ATTEMPTS,
                    SignInProtection.LOCK_DURATION.toMinutes());
            audit.recordAs("system", "ACCOUNT_LOCKED", "USER", username, "连续" + UserAccounts.MAX_FAILED_ATTEMPTS
                    + "次密码错误，锁定" + SignInProtection.LOCK_DURATION.toMinutes() + "分钟");
        }
        return Check.WRONG;
    }

    /** How many bcrypt checks were made (for the tests of the reservation and of the dummy hash). */
    long passwordChecks() {
        return passwordChecks.get();
    }

    private Authentication success(PlatformUser user, Instant now, Object details) {
        accounts.recordSuccess(user.getUsername());
        if (user.lastSignInAt() == null || user.lastSignInAt().isBefore(now.minusSeconds(3600))) {
            accounts.touchSignIn(user.getUsername(), now);
        }
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        token.setDetails(details);
        return token;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failed sign-ins from this address: 429 with Retry-After, no password checked. */
    static final class SignInThrottled extends AuthenticationException {
        private final long retryAfterSeconds;

        SignInThrottled(long retryAfterSeconds) {
            super("登录失败次数过多");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
