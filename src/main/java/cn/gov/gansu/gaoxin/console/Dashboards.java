package cn.gov.gansu.gaoxin.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import cn.gov.gansu.gaoxin.award.AwardReads;
import cn.gov.gansu.gaoxin.award.AwardStatus;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseIntroduced;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseMoved;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistered;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.enterprise.QualificationRecognised;
import cn.gov.gansu.gaoxin.enterprise.QualificationVerified;
import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.evaluation.TargetsMonitor;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.ClusterLock;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import jakarta.annotation.PreDestroy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The figures behind a home page's charts (issue 9 item 3), for the caller's scope: HNTEs per year
 * against clause 10's 10 % target, the zones compared, the year's money by payer, awards by status
 * and the targets' lights.
 *
 * <p>The registry's figures (enterprises, HNTEs at five dates, high-tech revenue and the targets' lights, per zone)
 * take seconds at 1,000,000 enterprises, so they are computed in the background for the whole province, once for all
 * scopes, and kept in {@code dashboard_snapshot}: after start-up, after registry changes (enterprises registered or
 * moved, qualifications recognised: {@link #QUIET} after the last change, at most {@link #AT_MOST_LATE} after the
 * first) and when a visit finds them older than {@link #FRESH}. Under {@link ClusterLock} one instance computes;
 * every instance reads the table. A page takes the snapshot's figures of the zones its scope covers (the same zones
 * the scoped queries read) plus the awards and budgets of its scope, counted live (a few small queries), and shows
 * when the figures were computed. Only a new installation's very first visit, before any figures exist, waits.
 */
@Component
class Dashboards {

    static final Duration FRESH = Duration.ofMinutes(5);
    static final Duration QUIET = Duration.ofSeconds(10);
    static final Duration AT_MOST_LATE = Duration.ofMinutes(2);
    static final int YEARS = 5;
    static final String SNAPSHOT = "province";
    /** The scope the province's figures are computed in (all zones). */
    static final DataScope PROVINCE = new DataScope("dashboard", Role.PROVINCE_ADMIN, null, null, null);
    private static final long RECHECK_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(2);

    private final EnterpriseRegistry enterprises;
    private final ZoneDirectory zones;
    private final AwardReads awards;
    private final TargetsMonitor targets;
    private final AwardLabels labels;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ClusterLock lock;

    private volatile Figures latest;
    private volatile long checkedAt;
    private final Object flags = new Object();
    private boolean wanted;
    private long firstChange;
    private long lastChange;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dashboard-refresh");
        t.setDaemon(true);
        return t;
    });
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Dashboards.class);

    Dashboards(EnterpriseRegistry enterprises, ZoneDirectory zones, AwardReads awards, TargetsMonitor targets, AwardLabels labels,
            JdbcClient jdbc, ObjectMapper json, ClusterLock lock) {
        this.enterprises = enterprises;
        this.zones = zones;
        this.awards = awards;
        this.targets = targets;
        this.labels = labels;
        this.jdbc = jdbc;
        this.json = json;
        this.lock = lock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        synchronized (flags) {
            wanted = true;
        }
        refresher.scheduleWithFixedDelay(this::tick, 0, 1, java.util.concurrent.TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    /** A registry change: the figures are recomputed once the changes pause ({@link #QUIET}). */
    @EventListener({EnterpriseRegistered.class, EnterpriseMoved.class, QualificationRecognised.class, QualificationVerified.class,
            EnterpriseIntroduced.class})
    void registryChanged() {
        long now = System.nanoTime();
        synchronized (flags) {
            if (firstChange == 0) {
                firstChange = now;
            }
            lastChange = now;
        }
    }

    /** The dashboard of a scope: the snapshot's figures of the zones it covers, its awards and budgets counted now. */
    Dashboard of(DataScope scope) {
        if (scope.role().scopeKind() == Role.ScopeKind.ENTERPRISE) {
            return compute(scope); // an enterprise's own figures: one enterprise, cheap
        }
        Figures f = snapshot();
        if (f == null) {
            f = awaitFirst();
        } else if (f.computedAt().isBefore(Instant.now().minus(FRESH))) {
            synchronized (flags) {
                wanted = true;
            }
        }
        return view(scope, f);
    }

    /** The figures last computed by any instance (re-read from the table at most every two seconds); null: none yet. */
    Figures snapshot() {
        Figures f = latest;
        long now = System.nanoTime();
        if (f != null && now - checkedAt < RECHECK_NANOS) {
            return f;
        }
        checkedAt = now;
        java.util.Optional<Timestamp> at = jdbc.sql("SELECT computed_at FROM dashboard_snapshot WHERE name = :n").param("n", SNAPSHOT)
                .query(Timestamp.class).optional();
        if (at.isEmpty()) {
            return f;
        }
        if (f == null || at.get().toInstant().isAfter(f.computedAt())) {
            String text = jdbc.sql("SELECT figures FROM dashboard_snapshot WHERE name = :n").param("n", SNAPSHOT).query(String.class)
                    .single();
            try {
                f = json.readValue(text, Figures.class);
                latest = f;
            } catch (RuntimeException unreadable) { // written by another version: recompute
                log.warn("首页看板快照无法读取，将重新计算：{}", unreadable.toString());
                synchronized (flags) {
                    wanted = true;
                }
            }
        }
        return f;
    }

    /** A new installation's first visit: no figures exist anywhere yet — wait for the first computation. */
    private Figures awaitFirst() {
        synchronized (flags) {
            wanted = true;
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            checkedAt = 0;
            Figures f = snapshot();
            if (f != null) {
                return f;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("首页看板数据尚未计算完成");
    }

    /** The refresher's beat (every second): recompute when wanted, or when registry changes have paused. */
    void tick() {
        long now = System.nanoTime();
        synchronized (flags) {
            boolean changed = firstChange != 0 && (now - lastChange >= QUIET.toNanos() || now - firstChange >= AT_MOST_LATE.toNanos());
            if (!wanted && !changed) {
                return;
            }
            wanted = false;
            firstChange = 0;
            lastChange = 0;
        }
        try {
            boolean ran = lock.runExclusively("dashboard-snapshot", Duration.ofMinutes(10), this::refresh);
            if (!ran) { // another instance is computing: look again later (its figures reach this one through the table)
                synchronized (flags) {
                    if (firstChange == 0) {
                        firstChange = now;
                        lastChange = now;
                    }
                }
            }
        } catch (RuntimeException e) {
            log.warn("首页看板数据刷新失败（仍显示上次的数据）：{}", e.toString());
        }
    }

    /** Computes the province's figures now and stores them (package-private: tests and {@code DashboardBench}). */
    Figures refresh() {
        long t = System.nanoTime();
        Figures f = computeFigures();
        save(f, (System.nanoTime() - t) / 1_000_000);
        return f;
    }

    /** Stores figures as the snapshot every instance reads. */
    void save(Figures f, long tookMillis) {
        String text = json.writeValueAsString(f);
        Timestamp at = Timestamp.from(f.computedAt());
        String update = "UPDATE dashboard_snapshot SET computed_at = :at, took_ms = :took, figures = :f WHERE name = :n";
        if (jdbc.sql(update).param("at", at).param("took", tookMillis).param("f", text).param("n", SNAPSHOT).update() == 0) {
            try {
                jdbc.sql("INSERT INTO dashboard_snapshot (name, computed_at, took_ms, figures) VALUES (:n, :at, :took, :f)")
                        .param("at", at).param("took", tookMillis).param("f", text).param("n", SNAPSHOT).update();
            } catch (DuplicateKeyException raced) {
                jdbc.sql(update).param("at", at).param("took", tookMillis).param("f", text).param("n", SNAPSHOT).update();
            }
        }
        latest = f;
        checkedAt = System.nanoTime();
    }

    /** Forgets the figures held in memory, as a restart does (tests, bench): the next read takes them from the table. */
    void forget() {
        latest = null;
        checkedAt = 0;
    }

    /** The registry's figures of every zone (the enterprise's present zone; lights per provincial zone), computed now. */
    Figures computeFigures() {
        LocalDate today = LocalDate.now();
        List<LocalDate> dates = yearEnds(today);
        int lastYear = today.getYear() - 1;
        Map<String, Long> counts = enterprises.countByZone(PROVINCE);
        Map<LocalDate, Map<String, Long>> hntesOn = enterprises.countQualifiedByZoneOn(PROVINCE, QualificationType.HIGH_TECH_ENTERPRISE, dates);
        Map<Integer, Map<String, BigDecimal>> revenue = enterprises.sumHighTechRevenueByZone(PROVINCE, List.of(lastYear - 1, lastYear));
        List<ZoneLight> lights = new ArrayList<>();
        try {
            for (TargetsMonitor.ZoneTargets z : targets.forYear(PROVINCE, lastYear, 0)) {
                for (TargetsMonitor.TargetStatus t : z.targets()) {
                    lights.add(new ZoneLight(z.zone(), t.name(), t.light()));
                }
            }
        } catch (DomainProblem notMonitored) {
            // no lights
        }
        List<DateCounts> held = new ArrayList<>();
        hntesOn.forEach((d, m) -> held.add(new DateCounts(d, m)));
        List<YearSums> sums = new ArrayList<>();
        revenue.forEach((y, m) -> sums.add(new YearSums(y, m)));
        return new Figures(Instant.now(), today, lastYear, counts, held, sums, lights);
    }

    private static List<LocalDate> yearEnds(LocalDate today) {
        List<LocalDate> dates = new ArrayList<>();
        for (int y = today.getYear() - YEARS + 1; y <= today.getYear(); y++) {
            dates.add(y == today.getYear() ? today : LocalDate.of(y, 12, 31));
        }
        return dates;
    }

    /** The dashboard of a scope from the province's figures: only the zones the scope covers. */
    Dashboard view(DataScope scope, Figures f) {
        Optional<Set<String>> covered = zones.visibleZones(scope);
        java.util.function.Predicate<String> in = z -> covered.map(c -> c.contains(z)).orElse(true);
        Map<LocalDate, Map<String, Long>> hntesOn = new LinkedHashMap<>();
        for (DateCounts d : f.hntesOn()) {
            hntesOn.put(d.date(), only(d.counts(), in));
        }
        Map<Integer, Map<String, BigDecimal>> revenue = new LinkedHashMap<>();
        for (YearSums y : f.highTechRevenue()) {
            revenue.put(y.year(), only(y.sums(), in));
        }
        Map<String, int[]> lights = new LinkedHashMap<>();
        for (ZoneLight l : f.lights()) {
            if (in.test(l.zone())) {
                int[] c = lights.computeIfAbsent(l.target(), n -> new int[3]);
                c["GREEN".equals(l.light()) ? 0 : "RED".equals(l.light()) ? 1 : 2]++;
            }
        }
        return assemble(scope, f.computedAt(), f.today(), only(f.enterprises(), in), hntesOn, revenue, lights);
    }

    private static <V> Map<String, V> only(Map<String, V> all, java.util.function.Predicate<String> in) {
        Map<String, V> out = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (in.test(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The figures of a scope computed now by scoped queries, nothing kept (package-private for the bench and tests). */
    Dashboard compute(DataScope scope) {
        LocalDate today = LocalDate.now();
        int lastYear = today.getYear() - 1;
        Map<String, Long> counts = enterprises.countByZone(scope);
        Map<LocalDate, Map<String, Long>> hntesOn = enterprises.countQualifiedByZoneOn(scope, QualificationType.HIGH_TECH_ENTERPRISE,
                yearEnds(today));
        Map<Integer, Map<String, BigDecimal>> revenue = enterprises.sumHighTechRevenueByZone(scope, List.of(lastYear - 1, lastYear));
        Map<String, int[]> lights = new LinkedHashMap<>();
        try {
            for (TargetsMonitor.ZoneTargets z : targets.forYear(scope, lastYear, 0)) { // this year's lights only: no history drawn
                for (TargetsMonitor.TargetStatus t : z.targets()) {
                    int[] c = lights.computeIfAbsent(t.name(), n -> new int[3]);
                    c["GREEN".equals(t.light()) ? 0 : "RED".equals(t.light()) ? 1 : 2]++;
                }
            }
        } catch (DomainProblem notMonitored) {
            // roles without the monitor see no lights
        }
        return assemble(scope, Instant.now(), today, counts, hntesOn, revenue, lights);
    }

    private Dashboard assemble(DataScope scope, Instant takenAt, LocalDate today, Map<String, Long> counts,
            Map<LocalDate, Map<String, Long>> hntesOn, Map<Integer, Map<String, BigDecimal>> revenue, Map<String, int[]> lights) {
        int thisYear = today.getYear();
        List<Zone> visible = zones.list(scope, null, null, null);
        long enterpriseTotal = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> hntesNow = hntesOn.getOrDefault(today, Map.of());

        BigDecimal target = hnteTarget();
        List<YearPoint> byYear = new ArrayList<>();
        for (int y = thisYear - YEARS + 1; y <= thisYear; y++) {
            LocalDate on = y == thisYear ? today : LocalDate.of(y, 12, 31);
            long hnte = sum(hntesOn.getOrDefault(on, Map.of()));
            Long needed = target == null ? null
                    : target.multiply(BigDecimal.valueOf(enterpriseTotal)).setScale(0, RoundingMode.CEILING).longValue();
            byYear.add(new YearPoint(y, hnte, needed));
        }

        int lastYear = thisYear - 1;
        List<ZonePoint> compared = new ArrayList<>();
        for (Zone z : visible) {
            BigDecimal now = revenue.getOrDefault(lastYear, Map.of()).get(z.code());
            BigDecimal before = revenue.getOrDefault(lastYear - 1, Map.of()).get(z.code());
            Double growth = now == null || before == null || before.signum() == 0 ? null
                    : now.subtract(before).divide(before, 4, RoundingMode.HALF_UP).doubleValue();
            compared.add(new ZonePoint(ZoneNames.label(z), counts.getOrDefault(z.code(), 0L), hntesNow.getOrDefault(z.code(), 0L),
                    now == null ? null : wan(now), growth));
        }

        List<MoneyPoint> money = new ArrayList<>();
        try {
            for (AwardReads.BudgetRow b : awards.budgets(scope, thisYear)) {
                money.add(new MoneyPoint(labels.payer(b.payer()), wan(b.amount()), wan(b.reserved().subtract(b.paid())), wan(b.paid())));
            }
        } catch (DomainProblem notForThisRole) {
            // an enterprise or an expert sees no budgets
        }

        List<StatusPoint> byStatus = new ArrayList<>();
        for (AwardStatus s : AwardStatus.values()) {
            long n = awards.list(scope, new AwardReads.Filter(null, null, null, s, null, null), new Paging(0, 1)).total();
            byStatus.add(new StatusPoint(s.chineseName(), n));
        }

        List<LightPoint> lightPoints = lights.entrySet().stream()
                .map(e -> new LightPoint(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();

        return new Dashboard(takenAt, visible, counts, hntesNow, enterpriseTotal, sum(hntesNow),
                target == null ? null : target.doubleValue(), lastYear, byYear, compared, money, byStatus, lightPoints);
    }

    /**
     * The province's registry figures as kept in {@code dashboard_snapshot} (JSON): per zone code (the enterprise's
     * present zone) enterprises, HNTEs valid on each of five dates, high-tech revenue of two years (a zone without a
     * report is absent: missing, never zero), and each provincial zone's lights.
     */
    record Figures(Instant computedAt, LocalDate today, int lastYear, Map<String, Long> enterprises, List<DateCounts> hntesOn,
            List<YearSums> highTechRevenue, List<ZoneLight> lights) {
    }

    record DateCounts(LocalDate date, Map<String, Long> counts) {
    }

    record YearSums(int year, Map<String, BigDecimal> sums) {
    }

    record ZoneLight(String zone, String target, String light) {
    }

    /** Clause 10's HNTE share target as the monitor reads it from its dated targets; null when none is set. */
    private BigDecimal hnteTarget() {
        return targets.target("HIGH_TECH_ENTERPRISE_SHARE").map(t -> t.min() == null ? null : BigDecimal.valueOf(t.min()))
                .orElse(null);
    }

    private static long sum(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    private static BigDecimal wan(BigDecimal yuan) {
        return yuan == null ? null : yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP);
    }

    /** What a home page draws; money in 万元, shares as fractions, null where data is missing. */
    record Dashboard(Instant takenAt, @com.fasterxml.jackson.annotation.JsonIgnore List<Zone> visibleZones,
            @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Long> enterprisesByZone,
            @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Long> hntesByZone, long enterprises, long hntes,
            Double hnteTarget, int lastYear,
            List<YearPoint> hnteByYear, List<ZonePoint> zones, List<MoneyPoint> money, List<StatusPoint> awardsByStatus,
            List<LightPoint> lights) {

        public String hnteShare() {
            return enterprises == 0 ? "—" : String.format("%.1f%%", hntes * 100.0 / enterprises);
        }
    }

    /** Valid HNTEs at the year's end (today for this year), and how many the target asks of today's enterprises. */
    record YearPoint(int year, long hntes, Long targetHntes) {
    }

    record ZonePoint(String name, long enterprises, long hntes, BigDecimal highTechRevenueWan, Double highTechRevenueGrowth) {
    }

    record MoneyPoint(String payer, BigDecimal budgetWan, BigDecimal reservedWan, BigDecimal paidWan) {
    }

    record StatusPoint(String status, long count) {
    }

    record LightPoint(String target, int green, int red, int grey) {
    }
}
