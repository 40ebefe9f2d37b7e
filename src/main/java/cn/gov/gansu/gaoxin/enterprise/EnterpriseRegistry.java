package cn.gov.gansu.gaoxin.enterprise;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.identity.ScopeTargetCheck;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the enterprise registry. Every read takes the caller's {@link DataScope} and applies it in
 * the SQL, so an export, a page and the API see exactly the same rows.
 */
@Component
public class EnterpriseRegistry implements ScopeTargetCheck {

    static final String COLUMNS = "e.uscc, e.name, e.zone_code, e.industry_code, e.industry_name, e.listing_status, "
            + "e.introduced_category, e.introduced_on, e.demo";

    private final JdbcClient jdbc;
    private final ZoneDirectory zones;

    EnterpriseRegistry(JdbcClient jdbc, ZoneDirectory zones) {
        this.jdbc = jdbc;
        this.zones = zones;
    }

    /** The enterprise if it exists and the scope holds it. */
    public Optional<Enterprise> find(DataScope scope, String uscc) {
        Filter f = new Filter(null, null, null, null, null);
        Query q = scoped(scope, f);
        if (q == null) {
            return Optional.empty();
        }
        q.sql.append(" AND e.uscc = :uscc");
        q.params.put("uscc", uscc);
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise e WHERE 1=1" + q.sql).params(q.params)
                .query(EnterpriseRegistry::map).optional();
    }

    /** Without scope: for the platform's own jobs (proactive delivery, statistics). */
    public Optional<Enterprise> findUnscoped(String uscc) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM enterprise e WHERE e.uscc = :uscc").param("uscc", uscc)
                .query(EnterpriseRegistry::map).optional();
    }

    public boolean exists(String uscc) {
        return jdbc.sql("SELECT COUNT(*) FROM enterprise WHERE uscc = :u").param("u", uscc).query(Integer.class).single() > 0;
    }

    public Page list(DataScope scope, Filter filter, Paging paging) {
        if (filter.zone() != null && !zones.canSee(scope, filter.zone())) {
            throw new Forbidden("无权查看高新区“" + filter.zone() + "”的企业");
        }
        Query q = scoped(scope, filter);
        if (q == null) {
            return new Page(List.of(), 0);
        }
        long total = q.countSql != null
                ? jdbc.sql(q.countSql).params(q.params).query(Long.class).single()
                : jdbc.sql("SELECT COUNT(*) FROM enterprise e WHERE 1=1" + q.sql).params(q.params).query(Long.class).single();
        if (total == 0) {
            return new Page(List.of(), 0);
        }
        Map<String, Object> params = new LinkedHashMap<>(q.params);
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        List<Enterprise> items = jdbc.sql("SELECT " + COLUMNS + " FROM enterprise e WHERE 1=1" + q.sql
                        + " ORDER BY " + filter.orderBy() + " LIMIT :limit OFFSET :offset")
                .params(params).query(EnterpriseRegistry::map).list();
        return new Page(items, total);
    }

    /** Streams every enterprise the filter and scope hold, for exports. */
    public void forEach(DataScope scope, Filter filter, java.util.function.Consumer<Enterprise> sink) {
        Query q = scoped(scope, filter);
        if (q == null) {
            return;
        }
        jdbc.sql("SELECT " + COLUMNS + " FROM enterprise e WHERE 1=1" + q.sql + " ORDER BY " + filter.orderBy())
                .params(q.params).query(rs -> {
                    sink.accept(map(rs, 0));
                });
    }

    /** Enterprise counts per zone (all zones the scope holds). */
    public Map<String, Long> countByZone(DataScope scope) {
        Query q = scoped(scope, new Filter(null, null, null, null, null));
        Map<String, Long> counts = new LinkedHashMap<>();
        if (q == null) {
            return counts;
        }
        jdbc.sql("SELECT e.zone_code, COUNT(*) FROM enterprise e WHERE e.zone_code IS NOT NULL" + q.sql + " GROUP BY e.zone_code")
                .params(q.params).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * Reported high-tech product (service) revenue summed per zone (the enterprise's present zone) for
     * each of the years asked; a zone with no report in a year is absent from that year's map (missing,
     * never zero).
     */
    public Map<Integer, Map<String, BigDecimal>> sumHighTechRevenueByZone(DataScope scope, Collection<Integer> years) {
        Query q = scopedPerZone(scope);
        Map<Integer, Map<String, BigDecimal>> sums = new LinkedHashMap<>();
        if (q == null || years.isEmpty()) {
            return sums;
        }
        Map<String, Object> params = new LinkedHashMap<>(q.params);
        params.put("years", years);
        jdbc.sql("SELECT s.stat_year, e.zone_code, SUM(s.high_tech_revenue) FROM enterprise e JOIN enterprise_statistics s "
                        + "ON s.uscc = e.uscc WHERE e.zone_code IS NOT NULL AND s.high_tech_revenue IS NOT NULL "
                        + "AND s.stat_year IN (:years)" + q.sql + " GROUP BY s.stat_year, e.zone_code" + q.having)
                .params(params).query(rs -> {
                    sums.computeIfAbsent(rs.getInt(1), y -> new LinkedHashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
                });
        return sums;
    }

    /** Enterprises per zone holding a valid qualification on a date. */
    public Map<String, Long> countQualifiedByZone(DataScope scope, QualificationType type, LocalDate on) {
        Query q = scopedPerZone(scope);
        Map<String, Long> counts = new LinkedHashMap<>();
        if (q == null) {
            return counts;
        }
        Map<String, Object> params = new LinkedHashMap<>(q.params);
        params.put("type", type.name());
        params.put("on", Date.valueOf(on));
        jdbc.sql("SELECT e.zone_code, COUNT(DISTINCT e.uscc) FROM enterprise e JOIN qualification qu ON qu.uscc = e.uscc "
                        + "WHERE e.zone_code IS NOT NULL AND qu.type = :type AND qu.recognised_on <= :on "
                        + "AND (qu.valid_until IS NULL OR qu.valid_until >= :on)" + q.sql + " GROUP BY e.zone_code" + q.having)
                .params(params).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * As {@link #countQualifiedByZone} for several dates in one pass over the recognitions (the province dashboard's
     * five year-ends, issue 9): date → zone → enterprises holding a valid recognition of {@code type} on that date;
     * zones with none are absent.
     */
    public Map<LocalDate, Map<String, Long>> countQualifiedByZoneOn(DataScope scope, QualificationType type, List<LocalDate> dates) {
        Map<LocalDate, Map<String, Long>> out = new LinkedHashMap<>();
        dates.forEach(d -> out.put(d, new LinkedHashMap<>()));
        Query q = scopedPerZone(scope);
        if (q == null || dates.isEmpty()) {
            return out;
        }
        Map<String, Object> params = new LinkedHashMap<>(q.params);
        params.put("type", type.name());
        StringBuilder counts = new StringBuilder();
        StringBuilder held = new StringBuilder();
        LocalDate first = dates.get(0);
        LocalDate last = dates.get(0);
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = dates.get(i);
            first = d.isBefore(first) ? d : first;
            last = d.isAfter(last) ? d : last;
            params.put("on" + i, Date.valueOf(d));
            held.append(", MAX(CASE WHEN qu.recognised_on <= :on").append(i).append(" AND (qu.valid_until IS NULL OR qu.valid_until >= :on")
                    .append(i).append(") THEN 1 ELSE 0 END) AS h").append(i);
            counts.append(", SUM(h").append(i).append(")");
        }
        params.put("first", Date.valueOf(first));
        params.put("last", Date.valueOf(last));
        // one row per enterprise first (held on each date: 0/1), then summed per zone: one hash aggregate instead of a
        // sorted COUNT(DISTINCT) per date (5.0 s for five dates at 1,000,000 enterprises under load)
        jdbc.sql("SELECT x.zone_code" + counts + " FROM (SELECT e.zone_code, e.uscc" + held
                        + " FROM enterprise e JOIN qualification qu ON qu.uscc = e.uscc "
                        + "WHERE e.zone_code IS NOT NULL AND qu.type = :type AND qu.recognised_on <= :last "
                        + "AND (qu.valid_until IS NULL OR qu.valid_until >= :first)" + q.sql + " GROUP BY e.zone_code, e.uscc" + q.having + ") x "
                        + "GROUP BY x.zone_code")
                .params(params).query(rs -> {
                    for (int i = 0; i < dates.size(); i++) {
                        long n = rs.getLong(2 + i);
                        if (n > 0) {
                            out.get(dates.get(i)).put(rs.getString(1), n);
                        }
                    }
                });
        return out;
    }

    public List<Qualification> qualifications(String uscc) {
        return jdbc.sql("SELECT id, uscc, type, recognition, certificate, issuing_province, recognised_on, valid_until, zone_code "
                        + "FROM qualification WHERE uscc = :u ORDER BY recognised_on, id")
                .param("u", uscc)
                .query((rs, n) -> new Qualification(rs.getLong(1), rs.getString(2), QualificationType.valueOf(rs.getString(3)),
                        Recognition.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate(),
                        rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(), rs.getString(9)))
                .list();
    }

    public List<Membership> memberships(String uscc) {
        return jdbc.sql("SELECT zone_code, valid_from, valid_to, reason FROM enterprise_membership WHERE uscc = :u ORDER BY valid_from NULLS FIRST, id")
                .param("u", uscc)
                .query((rs, n) -> new Membership(rs.getString(1), rs.getDate(2) == null ? null : rs.getDate(2).toLocalDate(),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(), rs.getString(4)))
                .list();
    }

    /** The zone an enterprise was in on a date (from its dated membership history). */
    public Optional<String> zoneOn(String uscc, LocalDate date) {
        return jdbc.sql("SELECT zone_code FROM enterprise_membership WHERE uscc = :u AND (valid_from IS NULL OR valid_from <= :d) "
                        + "AND (valid_to IS NULL OR valid_to > :d) ORDER BY valid_from DESC NULLS LAST")
                .param("u", uscc).param("d", Date.valueOf(date)).query(String.class).list().stream().findFirst();
    }

    public List<AnnualStatistics> statistics(String uscc) {
        return jdbc.sql("SELECT uscc, stat_year, revenue, high_tech_revenue, employees, rd_staff, rd_expense, exports, taxes "
                        + "FROM enterprise_statistics WHERE uscc = :u ORDER BY stat_year")
                .param("u", uscc).query((rs, n) -> AnnualStatistics.map(rs)).list();
    }

    public List<NationalProject> nationalProjects(String uscc) {
        return jdbc.sql("SELECT id, programme, project_no, title, funding_landed, won_on, zone_code FROM national_project "
                        + "WHERE uscc = :u ORDER BY won_on, id")
                .param("u", uscc)
                .query((rs, n) -> new NationalProject(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5) == null ? null : rs.getBigDecimal(5).toPlainString(), rs.getDate(6).toLocalDate(),
                        rs.getString(7)))
                .list();
    }

    // ---------------------------------------------------------------------------------------------------
    // Unscoped bulk reads for the platform's own jobs (the policy re-scan): each is ONE streaming query
    // (fetch size 2,000; streams on PostgreSQL when called inside a transaction), ordered by enterprise.
    // ---------------------------------------------------------------------------------------------------

    static final int FETCH_SIZE = 2_000;

    /** Every qualification of every enterprise, ordered by uscc, then as {@link #qualifications(String)}. */
    public void forEachQualificationOfAll(java.util.function.Consumer<Qualification> sink) {
        jdbc.sql("SELECT id, uscc, type, recognition, certificate, issuing_province, recognised_on, valid_until, zone_code "
                        + "FROM qualification ORDER BY uscc, recognised_on, id")
                .withFetchSize(FETCH_SIZE)
                .query(rs -> {
                    // dates read as LocalDate: no java.sql.Date and Calendar per row (the re-scan streams millions)
                    sink.accept(new Qualification(rs.getLong(1), rs.getString(2), QualificationType.valueOf(rs.getString(3)),
                            Recognition.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                            rs.getObject(8, LocalDate.class), rs.getString(9)));
                });
    }

    /** Every national project of every enterprise (with its uscc), ordered by uscc, then as {@link #nationalProjects(String)}. */
    public void forEachNationalProjectOfAll(java.util.function.BiConsumer<String, NationalProject> sink) {
        jdbc.sql("SELECT id, programme, project_no, title, funding_landed, won_on, zone_code, uscc FROM national_project "
                        + "ORDER BY uscc, won_on, id")
                .withFetchSize(FETCH_SIZE)
                .query(rs -> {
                    sink.accept(rs.getString(8), new NationalProject(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBigDecimal(5) == null ? null : rs.getBigDecimal(5).toPlainString(), rs.getObject(6, LocalDate.class),
                            rs.getString(7)));
                });
    }

    /** Every introduced enterprise (引进: category and date both recorded), ordered by uscc. */
    public void forEachIntroductionOfAll(java.util.function.Consumer<Enterprise> sink) {
        jdbc.sql("SELECT " + COLUMNS + " FROM enterprise e WHERE e.introduced_category IS NOT NULL AND e.introduced_on IS NOT NULL "
                        + "ORDER BY e.uscc")
                .withFetchSize(FETCH_SIZE)
                .query(rs -> {
                    sink.accept(map(rs, 0));
                });
    }

    /** The qualifications of the given enterprises, in one query per 1,000 (for a zone's cohort; see {@link #forEachQualificationOfAll}). */
    public void forEachQualificationOf(java.util.Collection<String> usccs, java.util.function.Consumer<Qualification> sink) {
        List<String> list = new ArrayList<>(new java.util.LinkedHashSet<>(usccs));
        for (int from = 0; from < list.size(); from += 1_000) {
            jdbc.sql("SELECT id, uscc, type, recognition, certificate, issuing_province, recognised_on, valid_until, zone_code "
                            + "FROM qualification WHERE uscc IN (:u) ORDER BY uscc, recognised_on, id")
                    .param("u", list.subList(from, Math.min(list.size(), from + 1_000)))
                    .query(rs -> {
                        sink.accept(new Qualification(rs.getLong(1), rs.getString(2), QualificationType.valueOf(rs.getString(3)),
                                Recognition.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate(),
                                rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(), rs.getString(9)));
                    });
        }
    }

    /** The national projects of the given enterprises (with their uscc), in one query per 1,000. */
    public void forEachNationalProjectOf(java.util.Collection<String> usccs, java.util.function.BiConsumer<String, NationalProject> sink) {
        List<String> list = new ArrayList<>(new java.util.LinkedHashSet<>(usccs));
        for (int from = 0; from < list.size(); from += 1_000) {
            jdbc.sql("SELECT id, programme, project_no, title, funding_landed, won_on, zone_code, uscc FROM national_project "
                            + "WHERE uscc IN (:u) ORDER BY uscc, won_on, id")
                    .param("u", list.subList(from, Math.min(list.size(), from + 1_000)))
                    .query(rs -> {
                        sink.accept(rs.getString(8), new NationalProject(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getBigDecimal(5) == null ? null : rs.getBigDecimal(5).toPlainString(), rs.getDate(6).toLocalDate(),
                                rs.getString(7)));
                    });
        }
    }

    /** The dated membership histories of the given enterprises (absent: no membership), in one query per 1,000. */
    public Map<String, List<Membership>> membershipsOf(java.util.Collection<String> usccs) {
        Map<String, List<Membership>> all = new java.util.HashMap<>();
        List<String> list = new ArrayList<>(new java.util.LinkedHashSet<>(usccs));
        for (int from = 0; from < list.size(); from += 1_000) {
            jdbc.sql("SELECT uscc, zone_code, valid_from, valid_to, reason FROM enterprise_membership WHERE uscc IN (:u) "
                            + "ORDER BY uscc, valid_from NULLS FIRST, id")
                    .param("u", list.subList(from, Math.min(list.size(), from + 1_000)))
                    .query(rs -> {
                        all.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Membership(rs.getString(2),
                                rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                                rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getString(5)));
                    });
        }
        return all;
    }

    /**
     * The zone of a membership history on a date, exactly as {@link #zoneOn(String, LocalDate)} answers it
     * from the database: among the stays covering the date, the one that began last (undated last).
     */
    public static Optional<String> zoneOn(List<Membership> stays, LocalDate date) {
        Membership best = null;
        for (Membership m : stays == null ? List.<Membership>of() : stays) {
            if ((m.validFrom() == null || !m.validFrom().isAfter(date)) && (m.validTo() == null || m.validTo().isAfter(date))) {
                if (best == null || best.validFrom() == null && m.validFrom() != null
                        || best.validFrom() != null && m.validFrom() != null && m.validFrom().isAfter(best.validFrom())) {
                    best = m;
                }
            }
        }
        return Optional.ofNullable(best).map(Membership::zone);
    }

    @Override
    public Boolean exists(Role.ScopeKind kind, String code) {
        return kind == Role.ScopeKind.ENTERPRISE ? exists(code) : null;
    }

    /**
     * The scope of a per-zone aggregate over the enterprise joined to another table: an enterprise's scope in
     * {@code sql} (the WHERE), the zones a zone or city scope holds in {@code having}, on the grouped zone — the
     * same rows, since {@code e.zone_code} is a grouping column (PostgreSQL moves such a HAVING into the WHERE, so
     * its plan is the same). On H2 the IN list of zones in the WHERE made it read the joined enterprise through
     * (zone_code, uscc) by the zones alone, ignoring the uscc: every enterprise of the city for every recognition
     * (40,000,000 rows read, 6-9 s per call at 6,400 recognitions — the zone pages of a city or zone officer).
     * Null when the scope holds nothing.
     */
    private Query scopedPerZone(DataScope scope) {
        Query q = scoped(scope, new Filter(null, null, null, null, null));
        if (q != null && q.params.containsKey("scopeZones")) {
            q.sql.setLength(0);
            q.having = " HAVING e.zone_code IN (:scopeZones)";
        }
        return q;
    }

    /** The scope and filter as SQL conditions; null when the scope holds nothing. */
    private Query scoped(DataScope scope, Filter filter) {
        Query q = new Query(new StringBuilder(), new LinkedHashMap<>());
        boolean narrowed = true;
        if (scope.role().scopeKind() == Role.ScopeKind.ENTERPRISE) {
            q.sql.append(" AND e.uscc = :scopeUscc");
            q.params.put("scopeUscc", scope.enterprise());
        } else {
            Optional<Set<String>> visible = zones.visibleZones(scope);
            if (visible.isPresent()) {
                if (visible.get().isEmpty()) {
                    return null;
                }
                q.sql.append(" AND e.zone_code IN (:scopeZones)");
                q.params.put("scopeZones", visible.get());
            } else {
                narrowed = false;
            }
        }
        if (filter.zone() != null) {
            q.sql.append(" AND e.zone_code = :zone");
            q.params.put("zone", filter.zone());
        }
        String gramCount = null;
        if (filter.name() != null && !filter.name().isBlank()) {
            String term = filter.name().trim();
            int length = term.codePointCount(0, term.length());
            boolean usccLike = term.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch >= 'A' && ch <= 'Z');
            String grams = length < 3 && !usccLike ? nameGrams(term, q.params) : null;
            if (grams != null) {
                // PostgreSQL (V19_0): a term of one or two characters is looked up among the names' character pairs,
                // which hold exactly the names containing it; the count of a name-only search is read from them alone.
                q.sql.append(" AND e.uscc IN (SELECT g.uscc FROM enterprise_name_gram g WHERE " + grams + ")");
                gramCount = "SELECT COUNT(*) FROM enterprise_name_gram g WHERE " + grams;
            } else {
                // A USCC holds only digits and capital letters: a term with any other character (a Chinese name) cannot
                // match one, so the condition is the name alone — a form the PostgreSQL trigram index serves (issue 14).
                // A term of one or two characters holds no trigram: the index would be read whole (4-5x slower than a
                // scan at 200,000 enterprises, docs/performance.md), so the name is then compared as an expression no
                // index serves (H2, or USCC-like terms). The USCC is compared as VARCHAR(18), the expression of its
                // PostgreSQL trigram index (V19_1).
                // A USCC-like term of fewer than 9 characters is at most the code's head (registration authority, type,
                // administrative division: shared by every enterprise of a county) — a third of the registry for
                // "91620100", where a bitmap over the trigram hits cost 7x the scan (1,000,000 bench): it is scanned.
                String name = length < 3 || usccLike && length < 9 ? "(e.name || '')" : "e.name";
                String uscc = usccLike && length < 9 ? "e.uscc" : "CAST(e.uscc AS VARCHAR(18))";
                q.sql.append(usccLike
                        ? " AND (" + name + " LIKE :name ESCAPE '!' OR " + uscc + " LIKE :name ESCAPE '!')"
                        : " AND " + name + " LIKE :name ESCAPE '!'");
                q.params.put("name", "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
        }
        if (filter.industry() != null && !filter.industry().isBlank()) {
            q.sql.append(" AND e.industry_code LIKE :industry");
            q.params.put("industry", filter.industry().replaceAll("[^0-9A-Z]", "") + "%");
        }
        if (filter.qualification() != null) {
            q.sql.append(" AND EXISTS (SELECT 1 FROM qualification qf WHERE qf.uscc = e.uscc AND qf.type = :qualification "
                    + "AND qf.recognised_on <= :today AND (qf.valid_until IS NULL OR qf.valid_until >= :today))");
            q.params.put("qualification", filter.qualification().name());
            q.params.put("today", Date.valueOf(LocalDate.now()));
        }
        if (gramCount != null && !narrowed && filter.zone() == null && (filter.industry() == null || filter.industry().isBlank())
                && filter.qualification() == null) {
            q.countSql = gramCount;
        }
        return q;
    }

    private volatile Boolean nameGrams;

    /**
     * The condition on {@code enterprise_name_gram g} for a term of one or two characters, its parameters put in
     * {@code params}; null where the table does not exist (H2: names are compared as before).
     */
    /** Whether this is PostgreSQL: its migrations alone create the bigram table (V19_0, db/vendor/postgresql). */
    private Boolean postgres() {
        Boolean present = nameGrams;
        if (present == null) {
            present = jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'enterprise_name_gram'")
                    .query(Long.class).single() > 0;
            nameGrams = present;
        }
        return present;
    }

    private String nameGrams(String term, Map<String, Object> params) {
        boolean present = postgres();
        if (!present) {
            return null;
        }
        if (term.codePointCount(0, term.length()) == 2) {
            params.put("gram", term);
            return "g.gram = :gram";
        }
        // one character X: the one lead gram starting with X of each name holding X (partial index (head, uscc) WHERE lead)
        params.put("gramHead", term);
        return "g.head = :gramHead AND g.lead";
    }

    static Enterprise map(ResultSet rs, int n) throws SQLException {
        String cat = rs.getString(7);
        Date introduced = rs.getDate(8);
        return new Enterprise(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), cat == null ? null : IntroducedCategory.valueOf(cat),
                introduced == null ? null : introduced.toLocalDate(), rs.getBoolean(9));
    }

    /** Conditions appended to "FROM enterprise e WHERE 1=1", their parameters, and a cheaper count when one exists. */
    private static final class Query {
        final StringBuilder sql;
        final Map<String, Object> params;
        String countSql;
        /** A HAVING on the grouped zone holding the scope's zones ({@link #scopedPerZone}), else empty. */
        String having = "";

        Query(StringBuilder sql, Map<String, Object> params) {
            this.sql = sql;
            this.params = params;
        }
    }

    /** List filters; {@code sort} is one of name, uscc, zone, or one of them prefixed by "-" for descending. */
    public record Filter(String zone, String name, String industry, QualificationType qualification, String sort) {

        String orderBy() {
            if (sort == null) {
                return "e.uscc";
            }
            return switch (sort) {
                // pinyin order across pages (issue 9 item 6): the collator's key, written on every write (rows not yet keyed last)
                case "name" -> "e.name_sort NULLS LAST, e.name, e.uscc";
                case "zone" -> "e.zone_code, e.uscc";
                case "-name" -> "e.name_sort DESC NULLS LAST, e.name DESC, e.uscc DESC";
                case "-zone" -> "e.zone_code DESC, e.uscc DESC";
                case "-uscc" -> "e.uscc DESC";
                default -> "e.uscc";
            };
        }
    }

    /** A page of enterprises and the total the filter holds. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "EnterprisePage", description = "调用者数据范围内的企业（分页）")
    public record Page(List<Enterprise> items, @io.swagger.v3.oas.annotations.media.Schema(description = "符合条件的总数") long total) {
        public Page {
            items = new ArrayList<>(items);
        }
    }

    /** 入驻记录: one dated stay of an enterprise in a zone. */
    public record Membership(String zone, LocalDate validFrom, LocalDate validTo, String reason) {
    }

    /** 国家科技项目. */
    public record NationalProject(long id,
            @io.swagger.v3.oas.annotations.media.Schema(description = "项目类别。取值：MAJOR_SPECIAL 国家科技重大专项、KEY_RD 国家重点研发计划，或登记时的其他类别") String programme,
            String project, String title, String fundingLandedYuan,
            LocalDate date, String zone) {
    }

    // ===================================================================================================
    // Read-only aggregates for the evaluation module (issue 4, 评价考核 and the targets monitor).
    // Unscoped: the evaluation applies the caller's scope to the zones it shows. Kept apart from the
    // rest of the registry so that other changes to this class merge cleanly.
    // ===================================================================================================

    /**
     * Every enterprise in a zone on 31 December of {@code year} (by its dated membership), with its
     * industry code, whether it then held a valid 高新技术企业 certificate, and its figures of that
     * year (null when it reported none — never zero).
     */
    public List<ZoneYearFigures> zoneYearFigures(int year) {
        return zoneYearFigures(year, null);
    }

    /** As {@link #zoneYearFigures(int)}, for the enterprises in one zone at the year's end only (null: all zones). */
    public List<ZoneYearFigures> zoneYearFigures(int year, String zone) {
        Date end = Date.valueOf(LocalDate.of(year, 12, 31));
        // PostgreSQL: the HNTEs valid at the year's end as one joined set (a hash join), not a subquery per enterprise:
        // at 1,000,000 enterprises the per-row subquery was a million index probes per call (issue 9 dashboard bench).
        // H2 evaluates such a derived table again for every row (quadratic), so there the per-row probe stays — told
        // to use the enterprise's index (H2's USE INDEX; this branch runs on H2 only): left to itself H2 picks the
        // (type, recognised_on) index and reads every certificate recognised before the date, for every enterprise.
        boolean joined = Boolean.TRUE.equals(postgres());
        String hnte = joined ? "CASE WHEN h.uscc IS NULL THEN 0 ELSE 1 END"
                : "(SELECT COUNT(*) FROM qualification q USE INDEX (qualification_uscc) WHERE q.uscc = e.uscc "
                        + "AND q.type = 'HIGH_TECH_ENTERPRISE' "
                        + "AND q.recognised_on <= :end AND (q.valid_until IS NULL OR q.valid_until >= :end))";
        String hnteSet = !joined ? ""
                : "LEFT JOIN (SELECT DISTINCT q.uscc FROM qualification q WHERE q.type = 'HIGH_TECH_ENTERPRISE' "
                        + "AND q.recognised_on <= :end AND (q.valid_until IS NULL OR q.valid_until >= :end)) h ON h.uscc = e.uscc ";
        return jdbc.sql("SELECT m.zone_code, e.uscc, e.industry_code, " + hnte + " AS hnte, "
                        + "s.uscc AS s_uscc, s.stat_year, s.revenue, s.high_tech_revenue, s.employees, s.rd_staff, s.rd_expense, "
                        + "s.exports, s.taxes "
                        + "FROM enterprise_membership m JOIN enterprise e ON e.uscc = m.uscc "
                        + hnteSet
                        + "LEFT JOIN enterprise_statistics s ON s.uscc = e.uscc AND s.stat_year = :y "
                        + "WHERE (m.valid_from IS NULL OR m.valid_from <= :end) AND (m.valid_to IS NULL OR m.valid_to > :end) "
                        + (zone == null ? "" : "AND m.zone_code = :zone ")
                        + "ORDER BY m.zone_code, e.uscc")
                .params(zone == null ? Map.of("end", end, "y", year) : Map.of("end", end, "y", year, "zone", zone))
                .query((rs, n) -> new ZoneYearFigures(rs.getString(1), rs.getString(2).trim(), rs.getString(3), rs.getLong(4) > 0,
                        rs.getString(5) == null ? null : new AnnualStatistics(rs.getString(2).trim(), rs.getInt(6),
                                rs.getBigDecimal(7), rs.getBigDecimal(8), (Integer) rs.getObject(9, Integer.class),
                                (Integer) rs.getObject(10, Integer.class), rs.getBigDecimal(11), rs.getBigDecimal(12),
                                rs.getBigDecimal(13))))
                .list();
    }

    /**
     * The figures of {@link #zoneYearFigures(int)} already summed in the database, per zone (the membership's own zone
     * code: an enclave park is its own entry) for a year: what the evaluation's registry indicators read (issue 9: at
     * 1,000,000 enterprises streaming every enterprise's figures of two years into Java took more than a minute). An
     * enterprise counts as in {@link #zoneYearFigures(int)}: once per stay covering 31 December; "last year's figures"
     * are those of an enterprise that was in some zone on the previous 31 December and reported that year. Zones
     * without enterprises at the year's end are absent.
     */
    public Map<String, ZoneYearTotals> zoneYearTotals(int year) {
        Map<String, Object> params = Map.of("end", Date.valueOf(LocalDate.of(year, 12, 31)),
                "prevEnd", Date.valueOf(LocalDate.of(year - 1, 12, 31)), "y", year, "py", year - 1);
        // As zoneYearFigures: PostgreSQL joins the HNTEs valid at the year's end as a set (a hash join); H2 re-evaluates a
        // joined derived table per row, so there each row probes the enterprise's index. Last year's figures count only
        // for an enterprise then in a zone: on PostgreSQL a semi-join filters them (a parallel hash semi join — the
        // DISTINCT set of last year's members it replaces was built again by each worker: 6.6 s → 3.4 s at 1,000,000);
        // on H2 a per-row probe. The per-row flags are computed in an inner select, then summed per zone and industry.
        boolean joined = Boolean.TRUE.equals(postgres());
        String hnte = joined ? "CASE WHEN h.uscc IS NULL THEN 0 ELSE 1 END"
                : "CASE WHEN EXISTS (SELECT 1 FROM qualification q USE INDEX (qualification_uscc) WHERE q.uscc = e.uscc "
                        + "AND q.type = 'HIGH_TECH_ENTERPRISE' AND q.recognised_on <= :end "
                        + "AND (q.valid_until IS NULL OR q.valid_until >= :end)) THEN 1 ELSE 0 END";
        String inZoneLastYear = "(pm.valid_from IS NULL OR pm.valid_from <= :prevEnd) AND (pm.valid_to IS NULL OR pm.valid_to > :prevEnd)";
        String before = joined ? "1"
                : "CASE WHEN EXISTS (SELECT 1 FROM enterprise_membership pm USE INDEX (enterprise_membership_uscc) "
                        + "WHERE pm.uscc = e.uscc AND " + inZoneLastYear + ") THEN 1 ELSE 0 END";
        String sets = !joined ? "LEFT JOIN enterprise_statistics p ON p.uscc = e.uscc AND p.stat_year = :py "
                : "LEFT JOIN (SELECT DISTINCT q.uscc FROM qualification q WHERE q.type = 'HIGH_TECH_ENTERPRISE' "
                        + "AND q.recognised_on <= :end AND (q.valid_until IS NULL OR q.valid_until >= :end)) h ON h.uscc = e.uscc "
                        + "LEFT JOIN (SELECT p.uscc, p.high_tech_revenue, p.employees FROM enterprise_statistics p "
                        + "WHERE p.stat_year = :py AND EXISTS (SELECT 1 FROM enterprise_membership pm WHERE pm.uscc = p.uscc AND "
                        + inZoneLastYear + ")) p ON p.uscc = e.uscc ";
        String bothHtr = "x.prev = 1 AND x.htr IS NOT NULL AND x.p_htr IS NOT NULL";
        String bothEmployees = "x.hnte = 1 AND x.prev = 1 AND x.employees IS NOT NULL AND x.p_employees IS NOT NULL";
        Map<String, ZoneYearTotals> out = new LinkedHashMap<>();
        jdbc.sql("SELECT x.zone_code, x.industry_code, COUNT(*), SUM(x.hnte), SUM(x.htr), COUNT(x.htr), SUM(x.revenue), "
                        + "COUNT(x.revenue), SUM(CASE WHEN x.revenue IS NOT NULL THEN x.rd END), "
                        + "SUM(CASE WHEN x.rd IS NOT NULL THEN x.revenue END), "
                        + "COUNT(CASE WHEN x.rd IS NOT NULL AND x.revenue IS NOT NULL THEN 1 END), "
                        + "SUM(CASE WHEN " + bothHtr + " THEN x.htr END), SUM(CASE WHEN " + bothHtr + " THEN x.p_htr END), "
                        + "COUNT(CASE WHEN " + bothHtr + " THEN 1 END), "
                        + "SUM(CASE WHEN " + bothEmployees + " THEN x.employees - x.p_employees END), "
                        + "COUNT(CASE WHEN " + bothEmployees + " THEN 1 END) "
                        + "FROM (SELECT m.zone_code AS zone_code, e.industry_code AS industry_code, " + hnte + " AS hnte, "
                        + before + " AS prev, s.revenue AS revenue, s.high_tech_revenue AS htr, "
                        + "CAST(s.employees AS BIGINT) AS employees, s.rd_expense AS rd, "
                        + "p.high_tech_revenue AS p_htr, CAST(p.employees AS BIGINT) AS p_employees "
                        + "FROM enterprise_membership m JOIN enterprise e ON e.uscc = m.uscc "
                        + sets
                        + "LEFT JOIN enterprise_statistics s ON s.uscc = e.uscc AND s.stat_year = :y "
                        + "WHERE (m.valid_from IS NULL OR m.valid_from <= :end) AND (m.valid_to IS NULL OR m.valid_to > :end)) x "
                        + "GROUP BY x.zone_code, x.industry_code")
                .params(params)
                .query(rs -> {
                    Map<String, BigDecimal> byIndustry = new LinkedHashMap<>();
                    BigDecimal revenue = zero(rs.getBigDecimal(7));
                    if (rs.getLong(8) > 0) {
                        byIndustry.put(rs.getString(2), revenue);
                    }
                    ZoneYearTotals t = new ZoneYearTotals(rs.getLong(3), rs.getLong(4), zero(rs.getBigDecimal(5)), rs.getLong(6),
                            revenue, rs.getLong(8), zero(rs.getBigDecimal(9)), zero(rs.getBigDecimal(10)), rs.getLong(11),
                            zero(rs.getBigDecimal(12)), zero(rs.getBigDecimal(13)), rs.getLong(14), rs.getLong(15), rs.getLong(16),
                            byIndustry);
                    out.merge(rs.getString(1), t, ZoneYearTotals::plus);
                });
        return out;
    }

    private static BigDecimal zero(BigDecimal sum) {
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /**
     * A zone's enterprises at a year's end summed (see {@link #zoneYearTotals(int)}); money in 元, every sum taken over
     * the enterprises counted next to it (a sum over none is zero: read the count first — missing is never zero).
     *
     * @param enterprises enterprises in the zone on 31 December (one per stay)
     * @param hntes of which holding a valid 高新技术企业 certificate then
     * @param highTechRevenue reported high-tech product (service) revenue, by {@code highTechRevenueReported} enterprises
     * @param revenue reported revenue, by {@code revenueReported} enterprises
     * @param rdExpense R&amp;D expense of the {@code rdReported} enterprises that reported both it and revenue
     * @param rdRevenue the revenue of those same enterprises
     * @param growthNow this year's high-tech revenue of the {@code growthReported} enterprises that reported it both years
     *        (同口径; last year's figure counts only if the enterprise was then in a zone)
     * @param growthBefore last year's high-tech revenue of those same enterprises
     * @param hnteEmployeeDelta employees this year − last year, summed over the {@code hnteEmployeesReported} HNTEs (at
     *        the year's end) that reported employees both years
     * @param revenueByIndustry reported revenue by the enterprises' industry code (GB/T 4754; key null: no code), only
     *        the codes some enterprise reported revenue under
     */
    public record ZoneYearTotals(long enterprises, long hntes, BigDecimal highTechRevenue, long highTechRevenueReported,
            BigDecimal revenue, long revenueReported, BigDecimal rdExpense, BigDecimal rdRevenue, long rdReported,
            BigDecimal growthNow, BigDecimal growthBefore, long growthReported, long hnteEmployeeDelta, long hnteEmployeesReported,
            Map<String, BigDecimal> revenueByIndustry) {

        /** No enterprise at all. */
        public static final ZoneYearTotals NONE = new ZoneYearTotals(0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO,
                BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, Map.of());

        public ZoneYearTotals {
            revenueByIndustry = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(revenueByIndustry));
        }

        /** Both summed (an enclave park counted into its parent zone). */
        public ZoneYearTotals plus(ZoneYearTotals o) {
            Map<String, BigDecimal> byIndustry = new LinkedHashMap<>(revenueByIndustry);
            o.revenueByIndustry.forEach((k, v) -> byIndustry.merge(k, v, BigDecimal::add));
            return new ZoneYearTotals(enterprises + o.enterprises, hntes + o.hntes, highTechRevenue.add(o.highTechRevenue),
                    highTechRevenueReported + o.highTechRevenueReported, revenue.add(o.revenue), revenueReported + o.revenueReported,
                    rdExpense.add(o.rdExpense), rdRevenue.add(o.rdRevenue), rdReported + o.rdReported, growthNow.add(o.growthNow),
                    growthBefore.add(o.growthBefore), growthReported + o.growthReported, hnteEmployeeDelta + o.hnteEmployeeDelta,
                    hnteEmployeesReported + o.hnteEmployeesReported, byIndustry);
        }
    }

    /** 新认定 (first recognitions, SPEC reading 5) of a qualification in a year, per zone recorded at recognition. */
    public Map<String, Long> countFirstRecognitionsByZone(QualificationType type, int year) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT zone_code, COUNT(*) FROM qualification WHERE type = :t AND recognition = 'FIRST' "
                        + "AND recognised_on >= :from AND recognised_on <= :to AND zone_code IS NOT NULL GROUP BY zone_code")
                .param("t", type.name()).param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("to", Date.valueOf(LocalDate.of(year, 12, 31)))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** One enterprise at a year's end: its zone, industry, HNTE status and that year's figures (null: none reported). */
    public record ZoneYearFigures(String zone, String uscc, String industryCode, boolean highTechAtYearEnd,
            AnnualStatistics figures) {
    }

    // --- Excel import (contracts §9) ---

    /** The enterprises among {@code usccs} that exist, by USCC (unscoped; at most a few thousand at a time). */
    public Map<String, Enterprise> findAllUnscoped(java.util.Collection<String> usccs) {
        Map<String, Enterprise> found = new LinkedHashMap<>();
        if (usccs.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT " + COLUMNS + " FROM enterprise e WHERE e.uscc IN (:u)").param("u", List.copyOf(usccs))
                .query((rs, n) -> map(rs, n)).list().forEach(e -> found.put(e.uscc(), e));
        return found;
    }

    /** Whether a recorded recognition was confirmed by an imported official list. */
    public boolean isVerified(long qualificationId) {
        return Boolean.TRUE.equals(jdbc.sql("SELECT verified FROM qualification WHERE id = :id").param("id", qualificationId)
                .query(Boolean.class).optional().orElse(false));
    }

    /** The recognition holding a certificate number for a qualification type, whichever enterprise holds it. */
    public Optional<Qualification> qualificationByCertificate(QualificationType type, String certificate) {
        return jdbc.sql("SELECT id, uscc, type, recognition, certificate, issuing_province, recognised_on, valid_until, zone_code "
                        + "FROM qualification WHERE type = :t AND certificate = :c")
                .param("t", type.name()).param("c", certificate)
                .query((rs, n) -> new Qualification(rs.getLong(1), rs.getString(2), QualificationType.valueOf(rs.getString(3)),
                        Recognition.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate(),
                        rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(), rs.getString(9)))
                .optional();
    }
}
