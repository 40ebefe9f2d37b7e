package cn.gov.gansu.gaoxin.platform;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the platform registry. Scoped reads apply the caller's {@link DataScope} in the SQL (as the
 * enterprise registry does); the counting methods are unscoped, for the platform's own jobs
 * (evaluation bonus indicators, the clause 11 incubation-chain target).
 */
@Component
public class PlatformRegistry {

    static final String COLUMNS = "p.id, p.kind, p.level, p.name, p.zone_code, p.operator_uscc, p.industry_name, "
            + "p.industry_codes, p.recognised_on, p.branch_of, p.demo";

    private final JdbcClient jdbc;
    private final ZoneDirectory zones;

    PlatformRegistry(JdbcClient jdbc, ZoneDirectory zones) {
        this.jdbc = jdbc;
        this.zones = zones;
    }

    /** The platform if it exists and the scope holds it (else empty: the caller answers 404). */
    public Optional<Platform> find(DataScope scope, long id) {
        Query q = scoped(scope, new Filter(null, null, null));
        if (q == null) {
            return Optional.empty();
        }
        q.params.put("id", id);
        return jdbc.sql("SELECT " + COLUMNS + " FROM innovation_platform p WHERE p.id = :id" + q.sql).params(q.params)
                .query(PlatformRegistry::map).optional();
    }

    public Optional<Platform> findUnscoped(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM innovation_platform p WHERE p.id = :id").param("id", id)
                .query(PlatformRegistry::map).optional();
    }

    /** A page of the platforms the scope holds; an explicit filter on a zone outside it is refused. */
    public Page list(DataScope scope, Filter filter, Paging paging) {
        if (filter.zone() != null && !zones.canSee(scope, filter.zone())) {
            throw new Forbidden("无权查看高新区“" + filter.zone() + "”的创新平台");
        }
        Query q = scoped(scope, filter);
        if (q == null) {
            return new Page(List.of(), 0);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM innovation_platform p WHERE 1=1" + q.sql).params(q.params)
                .query(Long.class).single();
        if (total == 0) {
            return new Page(List.of(), 0);
        }
        Map<String, Object> params = new LinkedHashMap<>(q.params);
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        List<Platform> items = jdbc.sql("SELECT " + COLUMNS + " FROM innovation_platform p WHERE 1=1" + q.sql
                        + " ORDER BY " + filter.orderBy() + " LIMIT :limit OFFSET :offset")
                .params(params).query(PlatformRegistry::map).list();
        return new Page(items, total);
    }

    /**
     * Counts per zone, kind and level for a calendar year: platforms recognised in that year (新增) and
     * platforms existing at its end (recognised on or before 31 December). Zones without any platform
     * are absent.
     */
    public List<Count> countsByZone(int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return jdbc.sql("SELECT p.zone_code, p.kind, p.level, "
                        + "SUM(CASE WHEN p.recognised_on >= :from THEN 1 ELSE 0 END), COUNT(*) "
                        + "FROM innovation_platform p WHERE p.recognised_on <= :to "
                        + "GROUP BY p.zone_code, p.kind, p.level ORDER BY p.zone_code, p.kind, p.level")
                .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> new Count(rs.getString(1), PlatformKind.valueOf(rs.getString(2)),
                        PlatformLevel.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /**
     * 新增: per zone, platforms of the kinds and levels given recognised in {@code year} — e.g.
     * (NEW_RD_INSTITUTE + INNOVATION_PLATFORM, NATIONAL + PROVINCIAL) for 新增省级以上研发机构,
     * (INCUBATOR, NATIONAL) for 新增国家级科技企业孵化器, (MAKER_SPACE, NATIONAL) for 新增国家备案众创空间.
     */
    public Map<String, Long> recognisedIn(int year, Set<PlatformKind> kinds, Set<PlatformLevel> levels) {
        Map<String, Long> out = new TreeMap<>();
        for (Count c : countsByZone(year)) {
            if (kinds.contains(c.kind()) && levels.contains(c.level()) && c.recognisedInYear() > 0) {
                out.merge(c.zone(), c.recognisedInYear(), Long::sum);
            }
        }
        return out;
    }

    /** Per zone, platforms of the kinds and levels given existing at the end of {@code year}. */
    public Map<String, Long> existingAtYearEnd(int year, Set<PlatformKind> kinds, Set<PlatformLevel> levels) {
        Map<String, Long> out = new TreeMap<>();
        for (Count c : countsByZone(year)) {
            if (kinds.contains(c.kind()) && levels.contains(c.level())) {
                out.merge(c.zone(), c.existingAtYearEnd(), Long::sum);
            }
        }
        return out;
    }

    /**
     * The incubators (科技企业孵化器, any level) recognised on or before {@code on}, per zone, with the
     * industry each serves — for clause 11's target "每个主导产业至少有1家孵化器": a leading industry is
     * covered when {@code incubator.industry().serves(leadingIndustryCodes)}.
     */
    public Map<String, List<Platform>> incubatorsByZone(LocalDate on) {
        Map<String, List<Platform>> out = new TreeMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM innovation_platform p WHERE p.kind = :kind AND p.recognised_on <= :on "
                        + "ORDER BY p.zone_code, p.recognised_on, p.id")
                .param("kind", PlatformKind.INCUBATOR.name()).param("on", Date.valueOf(on))
                .query(PlatformRegistry::map).list()
                .forEach(p -> out.computeIfAbsent(p.zone(), z -> new ArrayList<>()).add(p));
        return out;
    }

    /** The leading industries of a zone (given as name → codes) not served by any of its incubators on a date. */
    public List<String> leadingIndustriesWithoutIncubator(String zone, Map<String, List<String>> leadingIndustries, LocalDate on) {
        List<Platform> incubators = incubatorsByZone(on).getOrDefault(zone, List.of());
        List<String> missing = new ArrayList<>();
        leadingIndustries.forEach((name, codes) -> {
            if (incubators.stream().noneMatch(i -> i.industry().serves(codes))) {
                missing.add(name);
            }
        });
        return missing;
    }

    public boolean exists(String zone, PlatformKind kind, String name) {
        return jdbc.sql("SELECT COUNT(*) FROM innovation_platform WHERE zone_code = :z AND kind = :k AND name = :n")
                .param("z", zone).param("k", kind.name()).param("n", name).query(Long.class).single() > 0;
    }

    /** The scope and filter as SQL conditions; null when the scope holds no zone. */
    private Query scoped(DataScope scope, Filter filter) {
        Query q = new Query(new StringBuilder(), new LinkedHashMap<>());
        Optional<Set<String>> visible = zones.visibleZones(scope);
        if (visible.isPresent()) {
            if (visible.get().isEmpty()) {
                return null;
            }
            q.sql.append(" AND p.zone_code IN (:scopeZones)");
            q.params.put("scopeZones", visible.get());
        }
        if (filter.zone() != null) {
            q.sql.append(" AND p.zone_code = :zone");
            q.params.put("zone", filter.zone());
        }
        if (filter.kind() != null) {
            q.sql.append(" AND p.kind = :kind");
            q.params.put("kind", filter.kind().name());
        }
        if (filter.level() != null) {
            q.sql.append(" AND p.level = :level");
            q.params.put("level", filter.level().name());
        }
        return q;
    }

    static Platform map(ResultSet rs, int n) throws SQLException {
        String codes = rs.getString(8);
        long branchOf = rs.getLong(10);
        Long branch = rs.wasNull() ? null : branchOf;
        return new Platform(rs.getLong(1), PlatformKind.valueOf(rs.getString(2)), PlatformLevel.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getString(6) == null ? null : rs.getString(6).trim(),
                new Platform.Industry(rs.getString(7), codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(","))),
                rs.getDate(9).toLocalDate(), branch, rs.getBoolean(11));
    }

    private record Query(StringBuilder sql, Map<String, Object> params) {
    }

    /** List filters, each optional. */
    /** List filters; {@code sort} "name" (pinyin order across pages, issue 9 item 6), "-name", or null (zone, kind, date). */
    public record Filter(String zone, PlatformKind kind, PlatformLevel level, String sort) {

        public Filter(String zone, PlatformKind kind, PlatformLevel level) {
            this(zone, kind, level, null);
        }

        String orderBy() {
            if ("name".equals(sort)) {
                return "p.name_sort NULLS LAST, p.name, p.id";
            }
            if ("-name".equals(sort)) {
                return "p.name_sort DESC NULLS LAST, p.name DESC, p.id DESC";
            }
            return "p.zone_code, p.kind, p.recognised_on, p.id";
        }
    }

    /** A page of platforms and the total the filter holds. */
    public record Page(List<Platform> items, long total) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /** For one zone, kind and level: recognised during the year, and existing at its end. */
    public record Count(String zone, PlatformKind kind, PlatformLevel level, long recognisedInYear, long existingAtYearEnd) {
    }
}
