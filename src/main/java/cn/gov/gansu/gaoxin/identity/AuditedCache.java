package cn.gov.gansu.gaoxin.identity;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A cache of computed reads (e.g. a zone's ranking or profile for a year) that holds while no audited
 * change happened: every change of state in the platform writes an audit row in its transaction, so
 * an entry stamped with {@link AuditTrail#changeMark()} is good as long as the mark is the same — on
 * every instance, since the mark is in the database — or moved by exports alone (audited reads, which change
 * nothing: {@link AuditTrail#onlyExportsBetween}; else one province-wide export, e.g. the annual report, made
 * every zone's profile be computed again for the next reader); a change written without an audit row (the demo
 * or bench loaders) shows after {@code ttl}
 * at the latest. Inside a read-write transaction the cache is bypassed (that transaction's own changes
 * are not yet in the mark, and what it reads may roll back). At most {@code maxEntries} entries; when
 * full, the cache starts afresh.
 */
public final class AuditedCache<K, V> {

    private record Entry<V>(long mark, long at, V value) {
    }

    private final AuditTrail audit;
    private final long ttlNanos;
    private final int maxEntries;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public AuditedCache(AuditTrail audit, Duration ttl, int maxEntries) {
        this.audit = audit;
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    /** The cached value of {@code key} when no audited change happened since it was computed, else {@code compute}'s. */
    public V get(K key, Supplier<V> compute) {
        return get(key, compute, v -> true);
    }

    /** As {@link #get(Object, Supplier)}; a value {@code keep} refuses (e.g. one computed from a failed read) is not kept. */
    public V get(K key, Supplier<V> compute, java.util.function.Predicate<V> keep) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return compute.get();
        }
        long mark = audit.changeMark();
        long now = System.nanoTime();
        Entry<V> e = entries.get(key);
        if (e != null && now - e.at() < ttlNanos) {
            if (e.mark() == mark) {
                return e.value();
            }
            if (audit.onlyExportsBetween(e.mark(), mark)) {
                entries.replace(key, e, new Entry<>(mark, e.at(), e.value()));
                return e.value();
            }
        }
        V value = compute.get();
        if (!keep.test(value)) {
            return value;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(mark, now, value));
        return value;
    }

    /** Forgets every entry. */
    public void clear() {
        entries.clear();
    }
}
