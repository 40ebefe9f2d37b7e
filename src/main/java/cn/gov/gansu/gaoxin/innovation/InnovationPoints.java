package cn.gov.gansu.gaoxin.innovation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.gansu.gaoxin.enterprise.Enterprise;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.AuditedCache;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.innovation.scoring.PointsCatalogue;
import cn.gov.gansu.gaoxin.innovation.scoring.PointsScorer;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.Uscc;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 企业创新积分制 (clause 10, contracts §14): points per enterprise and year from the registry, scored
 * by the catalogue in force ({@code innovation/points-*.yaml}) against the cohort (the zone's
 * enterprises at the year's end, or the province's); zone rankings, best first, and candidates.
 */
@Component
public class InnovationPoints {

    private final RegistryCohort cohorts;
    private final EnterpriseRegistry registry;
    private final ZoneDirectory zones;
    private final List<PointsCatalogue> catalogues = PointsCatalogue.load("classpath*:innovation/points-*.yaml");

    /** Cohorts and rankings per zone and year, computed once until an audited change (docs/industry.md, 5). */
    private final AuditedCache<String, List<RegistryCohort.Member>> cohortCache;
    private final AuditedCache<String, List<Line>> rankingCache;

    InnovationPoints(RegistryCohort cohorts, EnterpriseRegistry registry, ZoneDirectory zones, AuditTrail audit) {
        this.cohorts = cohorts;
        this.registry = registry;
        this.zones = zones;
        this.cohortCache = new AuditedCache<>(audit, CACHE_TTL, 64);
        this.rankingCache = new AuditedCache<>(audit, CACHE_TTL, 256);
    }

    /** How long a cached cohort or ranking serves at most, whatever the audit log says. */
    static final java.time.Duration CACHE_TTL = java.time.Duration.ofMinutes(10);

    /** One enterprise's line in a ranking. */
    public record Line(String enterprise, String name, Double points, Integer rank, List<String> missing,
            List<String> missingNames, boolean candidate) {
    }

    /** A page of a zone's ranking. */
    public record Ranking(String zone, int year, String catalogue, String cohort, List<Line> items, long total) {
    }

    /** An enterprise's points with the breakdown (contracts §14). */
    public record Detail(String enterprise, String name, String zone, int year, Double points, Integer rank,
            List<String> missing, List<String> missingNames, boolean candidate, String catalogue, String cohort,
            int cohortSize, List<PointsScorer.Part> breakdown) {
    }

    public PointsCatalogue catalogue(int year) {
        return PointsCatalogue.forYear(catalogues, year);
    }

    /** A zone's ranking for a year, best first, within the caller's scope. */
    @Transactional(readOnly = true)
    public Ranking ranking(DataScope scope, String zoneAsked, int year, Paging paging) {
        checkYear(year);
        // a zone officer who names no zone means its own
        String zone = (zoneAsked == null || zoneAsked.isBlank()) && scope.role().scopeKind() == Role.ScopeKind.ZONE
                ? scope.zone() : zoneAsked;
        requireZoneInScope(scope, zone);
        List<Line> all = ranking(zone, year);
        int from = (int) Math.min(all.size(), paging.offset());
        int to = Math.min(all.size(), from + paging.size());
        PointsCatalogue c = catalogue(year);
        List<Line> slice = all.subList(from, to);
        Map<String, Enterprise> found = registry.findAllUnscoped(slice.stream().map(Line::enterprise).toList());
        List<Line> page = slice.stream().map(l -> new Line(l.enterprise(),
                found.get(l.enterprise()) == null ? null : found.get(l.enterprise()).name(), l.points(), l.rank(), l.missing(),
                l.missingNames(), l.candidate())).toList();
        return new Ranking(zone, year, c.id(), c.cohort().name(), new ArrayList<>(page), all.size());
    }

    /** A zone's whole ranking for a year, unscoped (the caller checked the zone). */
    @Transactional(readOnly = true)
    public List<Line> ranking(String zone, int year) {
        return rankingCache.get(zone + "|" + year, () -> List.copyOf(ranking(zone, year, cohort(catalogue(year), zone, year))));
    }

    /** The ranking from an already loaded cohort (the catalogue's cohort for that zone and year). */
    List<Line> ranking(String zone, int year, List<RegistryCohort.Member> members) {
        PointsCatalogue c = catalogue(year);
        return lines(c, zone, members, PointsScorer.score(c, members.stream().map(m -> RegistryCohort.subject(c, m)).toList()));
    }

    private static List<Line> lines(PointsCatalogue c, String zone, List<RegistryCohort.Member> members,
            List<PointsScorer.Scored> scored) {
        Map<String, String> zoneOf = new LinkedHashMap<>();
        members.forEach(m -> zoneOf.put(m.uscc(), m.zone()));
        List<Line> lines = new ArrayList<>();
        int rankInZone = 0;
        Double previous = null;
        int seen = 0;
        for (PointsScorer.Scored s : scored) {
            if (!zone.equals(zoneOf.get(s.id()))) {
                continue;
            }
            seen++;
            Integer rank = null;
            if (s.points() != null) {
                if (!s.points().equals(previous)) {
                    rankInZone = seen;
                    previous = s.points();
                }
                rank = rankInZone;
            }
            boolean candidate = rank != null && rank <= c.candidates();
            lines.add(new Line(s.id(), null, s.points(), rank, s.missing(), names(c, s.missing()), candidate));
        }
        return lines;
    }

    /** An enterprise's points for a year with the breakdown, when the caller's scope holds it. */
    @Transactional(readOnly = true)
    public Detail detail(DataScope scope, String usccText, int year) {
        checkYear(year);
        String uscc = Uscc.of(usccText).value();
        Enterprise e = registry.find(scope, uscc).orElseThrow(() -> new NotFound("企业“" + uscc + "”不存在或不在您的数据范围内"));
        PointsCatalogue c = catalogue(year);
        Optional<String> zoneAtYearEnd = registry.zoneOn(uscc, java.time.LocalDate.of(year, 12, 31));
        if (zoneAtYearEnd.isEmpty()) {
            List<String> all = c.indicators().stream().filter(PointsCatalogue.Indicator::required)
                    .map(PointsCatalogue.Indicator::code).toList();
            return new Detail(uscc, e.name(), null, year, null, null, all, names(c, all), false, c.id(), c.cohort().name(), 0,
                    List.of());
        }
        String zone = zoneAtYearEnd.get();
        List<RegistryCohort.Member> members = cohort(c, zone, year);
        List<PointsScorer.Scored> scored = PointsScorer.score(c, members.stream().map(m -> RegistryCohort.subject(c, m)).toList());
        PointsScorer.Scored mine = scored.stream().filter(s -> s.id().equals(uscc)).findFirst().orElse(null);
        Line line = lines(c, zone, members, scored).stream().filter(l -> l.enterprise().equals(uscc)).findFirst().orElse(null);
        if (mine == null || line == null) {   // not in the zone's cohort (overlapping stays): unknown, not zero
            List<String> all = c.indicators().stream().filter(PointsCatalogue.Indicator::required)
                    .map(PointsCatalogue.Indicator::code).toList();
            return new Detail(uscc, e.name(), zone, year, null, null, all, names(c, all), false, c.id(), c.cohort().name(),
                    members.size(), List.of());
        }
        return new Detail(uscc, e.name(), zone, year, mine.points(), line.rank(), mine.missing(), names(c, mine.missing()),
                line.candidate(), c.id(), c.cohort().name(), members.size(), mine.breakdown());
    }

    List<RegistryCohort.Member> cohort(PointsCatalogue c, String zone, int year) {
        int window = c.indicators().stream().mapToInt(PointsCatalogue.Indicator::windowYears).max().orElse(1);
        String of = c.cohort() == PointsCatalogue.Cohort.PROVINCE ? null : zone;
        return cohortCache.get(of + "|" + year + "|" + window, () -> cohorts.members(year, of, window));
    }

    /** The zone's enterprises at the year's end (from the cached cohort; the zone's own members when the cohort is the province). */
    List<RegistryCohort.Member> zoneMembers(String zone, int year) {
        return cohort(catalogue(year), zone, year).stream().filter(m -> zone.equals(m.zone())).toList();
    }

    static List<String> names(PointsCatalogue c, List<String> codes) {
        return codes.stream().map(code -> c.indicator(code) == null ? code : c.indicator(code).name()).toList();
    }

    void requireZoneInScope(DataScope scope, String zone) {
        if (zone == null || zone.isBlank()) {
            throw new InvalidInput("参数“zone”：须指定高新区代码（如 lanzhou）");
        }
        if (!zones.exists(zone)) {
            throw new NotFound("高新区“" + (zone.length() > 40 ? zone.substring(0, 40) : zone) + "”不存在");
        }
        if (scope.role().scopeKind() == Role.ScopeKind.ENTERPRISE || !zones.canSee(scope, zone)) {
            throw new Forbidden("无权查看高新区“" + zone + "”的数据");
        }
    }

    static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInput("参数“year”：须为2000至2100之间的年度");
        }
    }
}
