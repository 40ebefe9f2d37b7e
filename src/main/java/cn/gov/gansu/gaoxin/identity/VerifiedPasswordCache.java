package cn.gov.gansu.gaoxin.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that remembers, for a few minutes, that a given password matched a given
 * hash, so an API client sending HTTP Basic on every call is not slowed by a bcrypt check each
 * time (contracts §6: throttling targets failed sign-ins only). Only successes are remembered,
 * keyed by an HMAC under a per-process random key; a changed password changes the hash and so
 * misses the cache.
 */
final class VerifiedPasswordCache implements PasswordEncoder {

    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final long ttlNanos;
    private final byte[] key = new byte[32];
    private final Map<String, Long> verified = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    VerifiedPasswordCache(PasswordEncoder delegate, Duration ttl) {
        this.delegate = delegate;
        this.ttlNanos = ttl.toNanos();
        new SecureRandom().nextBytes(key);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        if (PasswordPolicy.tooLong(rawPassword)) {
            // no stored password is that long (the rule bounds it): spend the same check, then refuse
            delegate.matches("x", encodedPassword);
            return false;
        }
        String k = fingerprint(rawPassword, encodedPassword);
        long now = System.nanoTime();
        synchronized (verified) {
            Long at = verified.get(k);
            if (at != null && now - at < ttlNanos) {
                return true;
            }
        }
        boolean ok = delegate.matches(rawPassword, encodedPassword);
        if (ok) {
            synchronized (verified) {
                verified.put(k, now);
            }
        }
        return ok;
    }

    /** Whether this password was verified against this hash within the last few minutes (no bcrypt spent). */
    boolean knownGood(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || PasswordPolicy.tooLong(rawPassword)) {
            return false;
        }
        String k = fingerprint(rawPassword, encodedPassword);
        synchronized (verified) {
            Long at = verified.get(k);
            return at != null && System.nanoTime() - at < ttlNanos;
        }
    }

    /** The uncached encoder: for checks whose success must never be remembered (the dummy hash of unknown users). */
    PasswordEncoder uncached() {
        return delegate;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence raw, String encoded) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(encoded.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(raw.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
