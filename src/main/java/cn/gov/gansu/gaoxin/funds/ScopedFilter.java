package cn.gov.gansu.gaoxin.funds;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The WHERE of a funds list kept per zone (plans, experiences): the caller's data scope first, then
 * the optional zone and status filters, as SQL appended to {@code WHERE 1=1} with its named parameters.
 */
final class ScopedFilter {

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> params = new HashMap<>();

    private ScopedFilter() {
    }

    /**
     * The rows of the zones the caller sees ({@code visible} empty = every zone), plus the rows every
     * caller reads ({@code publicRows}, SQL such as {@code status = 'PUBLISHED'}, or null when none);
     * empty when the caller reads no row at all.
     */
    static Optional<ScopedFilter> of(Optional<Set<String>> visible, String publicRows) {
        ScopedFilter f = new ScopedFilter();
        if (visible.isPresent()) {
            if (visible.get().isEmpty()) {
                if (publicRows == null) {
                    return Optional.empty();
                }
                f.where.append(" AND ").append(publicRows);
            } else {
                f.where.append(publicRows == null ? " AND zone IN (:visible)" : " AND (" + publicRows + " OR zone IN (:visible))");
                f.params.put("visible", visible.get());
            }
        }
        return Optional.of(f);
    }

    /** Only this zone, when one is given. */
    ScopedFilter zone(String zone) {
        if (zone != null && !zone.isBlank()) {
            where.append(" AND zone = :zone");
            params.put("zone", zone.trim());
        }
        return this;
    }

    /** Only this status (a code, any case), when one is given. */
    ScopedFilter status(String status) {
        if (status != null && !status.isBlank()) {
            where.append(" AND status = :status");
            params.put("status", status.trim().toUpperCase(Locale.ROOT));
        }
        return this;
    }

    String where() {
        return where.toString();
    }

    Map<String, Object> params() {
        return params;
    }
}
