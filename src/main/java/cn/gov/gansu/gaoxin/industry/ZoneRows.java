package cn.gov.gansu.gaoxin.industry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.Money;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the module's two zone tables (发展记录 and 直接推荐) share, written once: the zone check of a write,
 * the checks of the fields as sent (Chinese refusals naming the field and the rule), and the scoped,
 * filtered, paged read, where the caller's data scope becomes an SQL condition.
 */
final class ZoneRows {

    private ZoneRows() {
    }

    /** The zone exists (else 404) and the caller's scope holds it (else 403 with {@code forbidden}). */
    static void requireZone(ZoneDirectory zones, DataScope scope, String zone, String forbidden) {
        if (zone == null || !zones.exists(zone)) {
            throw new NotFound("高新区“" + abbreviate(zone) + "”不存在");
        }
        if (!zones.canSee(scope, zone)) {
            throw new Forbidden(forbidden);
        }
    }

    /** A year as sent: from 2000 to next year. */
    static int year(Integer year) {
        if (year == null || year < 2000 || year > LocalDate.now().getYear() + 1) {
            throw new InvalidInput("字段“year”：年度须在2000年至下一年之间");
        }
        return year;
    }

    /** An optional amount as sent, in 元: null when blank, never negative. */
    static BigDecimal amount(String amountYuan) {
        if (amountYuan == null || amountYuan.isBlank()) {
            return null;
        }
        Money m = Money.parse(amountYuan);
        if (m.isNegative()) {
            throw new InvalidInput("字段“amountYuan”：金额不能为负数");
        }
        return m.yuan();
    }

    /** An optional text as sent, trimmed: null when blank, at most {@code max} characters. */
    static String text(String s, String field, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        if (t.length() > max) {
            throw new InvalidInput("字段“" + field + "”：最多" + max + "字");
        }
        return t;
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 40 ? s.substring(0, 40) : s;
    }

    /** One page of rows and the count of all that match. */
    record Rows<T>(List<T> items, long total) {
    }

    /** A read of one table: conditions joined by AND with their parameters, then the count and one page. */
    static final class Query {

        private final String table;
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params = new LinkedHashMap<>();

        Query(String table) {
            this.table = table;
        }

        /**
         * Keeps the rows of the zones the caller's scope holds (all for a province-wide scope). False when the
         * scope holds no zone: the caller answers an empty page without asking the database.
         */
        boolean withinScope(ZoneDirectory zones, DataScope scope) {
            Optional<Set<String>> visible = zones.visibleZones(scope);
            if (visible.isEmpty()) {
                return true;
            }
            if (visible.get().isEmpty()) {
                return false;
            }
            where("zone_code IN (:visible)", "visible", List.copyOf(visible.get()));
            return true;
        }

        /** Adds the condition with its parameter when the value is given; a null value adds nothing. */
        Query where(String condition, String name, Object value) {
            if (value != null) {
                conditions.add(condition);
                params.put(name, value);
            }
            return this;
        }

        /** The count of the matching rows and the page of them in {@code orderBy} order. */
        <T> Rows<T> page(JdbcClient jdbc, String columns, String orderBy, Paging paging, RowMapper<T> mapper) {
            String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
            long total = jdbc.sql("SELECT COUNT(*) FROM " + table + where).params(params).query(Long.class).single();
            Map<String, Object> all = new LinkedHashMap<>(params);
            all.put("limit", paging.size());
            all.put("offset", paging.offset());
            List<T> items = jdbc.sql("SELECT " + columns + " FROM " + table + where + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
                    .params(all).query(mapper).list();
            return new Rows<>(items, total);
        }
    }
}
