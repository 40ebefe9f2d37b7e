package cn.gov.gansu.gaoxin.identity;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Failed sign-ins per client address (issue 8 item 2, contracts §6): a token bucket per address holds
 * {@code capacity} failures and refills at {@code refillPerMinute}; a sign-in from an address whose bucket
 * is empty is refused before any password is checked. A right password gives its token back, and a
 * client whose credentials were verified minutes ago is never held up (see {@link SignInAuthentication}),
 * so authenticated traffic is not slowed. In memory and per instance: behind a load balancer each
 * instance throttles on its own, which only loosens the bound by the number of instances.
 *
 * <p>The address is {@code HttpServletRequest.getRemoteAddr()}. Behind a reverse proxy it is the proxy's
 * unless the proxy's {@code X-Forwarded-For} is honoured: {@code server.forward-headers-strategy=native}
 * makes Tomcat's RemoteIpValve replace it by the client's address, trusting the header only from
 * internal proxy addresses (10/8, 192.168/16, 172.16/12, 127/8 …), so a client cannot forge it.
 */
final class SignInThrottle {

    private static final int MAX_ADDRESSES = 100_000;

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    SignInThrottle(int capacity, int refillPerMinute, LongSupplier nanoClock) {
        this.capacity = capacity;
        this.tokensPerNano = refillPerMinute / (double) Duration.ofMinutes(1).toNanos();
        this.clock = nanoClock;
    }

    /** Takes a token for one sign-in attempt; answers false (and takes nothing) when the address has none left. */
    boolean tryAcquire(String address) {
        if (buckets.size() > MAX_ADDRESSES) {
            long now = clock.getAsLong();
            buckets.values().removeIf(b -> b.level(now) >= capacity);
        }
        Bucket bucket = buckets.computeIfAbsent(key(address), k -> new Bucket(capacity, clock.getAsLong()));
        return bucket.take(clock.getAsLong());
    }

    /** Gives the token back: the attempt succeeded. */
    void refund(String address) {
        Bucket bucket = buckets.get(key(address));
        if (bucket != null) {
            bucket.give(clock.getAsLong());
        }
    }

    /** Seconds until the address may try again (at least 1). */
    long retryAfterSeconds(String address) {
        Bucket bucket = buckets.get(key(address));
        if (bucket == null || tokensPerNano <= 0) {
            return 60;
        }
        double missing = 1 - bucket.level(clock.getAsLong());
        return Math.max(1, (long) Math.ceil(missing / tokensPerNano / 1e9));
    }

    private static String key(String address) {
        return address == null ? "?" : address;
    }

    private final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        synchronized double level(long now) {
            tokens = Math.min(capacity, tokens + (now - at) * tokensPerNano);
            at = now;
            return tokens;
        }

        synchronized boolean take(long now) {
            if (level(now) < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized void give(long now) {
            level(now);
            tokens = Math.min(capacity, tokens + 1);
        }
    }
}
