package cn.gov.gansu.gaoxin.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.gov.gansu.gaoxin.award.AwardReads;
import cn.gov.gansu.gaoxin.award.AwardStatus;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.evaluation.TargetsMonitor;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.stereotype.Component;

/**
 * The figures behind a home page's charts (issue 9 item 3), for the caller's scope: HNTEs per year
 * against clause 10's 10 % target, the zones compared, the year's money by payer, awards by status
 * and the targets' lights. Counting a million enterprises takes a few GROUP BY queries, so the
 * figures of a scope are kept for {@link #FRESH} and the page says when they were taken.
 */
@Component
class Dashboards {

    static final Duration FRESH = Duration.ofMinutes(1);
    static final int YEARS = 5;

    private final EnterpriseRegistry enterprises;
    private final ZoneDirectory zones;
    private final AwardReads awards;
    private final TargetsMonitor targets;
    private final AwardLabels labels;
    final Map<String, Dashboard> recent = new ConcurrentHashMap<>(); // package-private: ConsoleDashboardTests

    Dashboards(EnterpriseRegistry enterprises, ZoneDirectory zones, AwardReads awards, TargetsMonitor targets, AwardLabels labels) {
        this.enterprises = enterprises;
        this.zones = zones;
        this.awards = awards;
        this.targets = targets;
        this.labels = labels;
    }

    /**
     * The figures of a scope: computed now the first time; afterwards the last figures are answered at once, and when
     * they are older than {@link #FRESH} they are recomputed in the background (one at a time per scope, with the
     * caller's security context), so no page waits for the computation after the first (issue 9 dashboard bench:
     * seconds at 1,000,000 enterprises). The page shows when its figures were taken.
     */
    Dashboard of(DataScope scope) {
        String key = scope.role() + "|" + scope.zone() + "|" + scope.city() + "|" + scope.enterprise();
        Dashboard d = recent.get(key);
        if (d == null) {
            d = compute(scope);
            recent.put(key, d);
        } else if (d.takenAt().isBefore(Instant.now().minus(FRESH)) && refreshing.add(key)) {
            Runnable refresh = () -> {
                try {
                    recent.put(key, compute(scope));
                } catch (RuntimeException e) {
                    log.warn("首页看板数据刷新失败（仍显示上次的数据）：{}", e.toString());
                } finally {
                    refreshing.remove(key);
                }
            };
            try {
                refresher.execute(new org.springframework.security.concurrent.DelegatingSecurityContextRunnable(refresh));
            } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
                refreshing.remove(key);
            }
        }
        return d;
    }

    private final java.util.Set<String> refreshing = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.ExecutorService refresher = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dashboard-refresh");
        t.setDaemon(true);
        return t;
    });
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Dashboards.class);

    @jakarta.annotation.PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    /** The figures, computed now (package-private for the bench: {@code DashboardBench}). */
    Dashboard compute(DataScope scope) {
        LocalDate today = LocalDate.now();
        int thisYear = today.getYear();
        List<Zone> visible = zones.list(scope, null, null, null);
        Map<String, Long> counts = enterprises.countByZone(scope);
        long enterpriseTotal = counts.values().stream().mapToLong(Long::longValue).sum();
        // the HNTEs valid at each year's end (today for this year): one pass over the recognitions for all five dates
        List<LocalDate> dates = new ArrayList<>();
        for (int y = thisYear - YEARS + 1; y <= thisYear; y++) {
            dates.add(y == thisYear ? today : LocalDate.of(y, 12, 31));
        }
        Map<LocalDate, Map<String, Long>> hntesOn = enterprises.countQualifiedByZoneOn(scope, QualificationType.HIGH_TECH_ENTERPRISE, dates);
        Map<String, Long> hntesNow = hntesOn.get(today);

        BigDecimal target = hnteTarget();
        List<YearPoint> byYear = new ArrayList<>();
        for (int y = thisYear - YEARS + 1; y <= thisYear; y++) {
            LocalDate on = y == thisYear ? today : LocalDate.of(y, 12, 31);
            long hnte = sum(hntesOn.get(on));
            Long needed = target == null ? null
                    : target.multiply(BigDecimal.valueOf(enterpriseTotal)).setScale(0, RoundingMode.CEILING).longValue();
            byYear.add(new YearPoint(y, hnte, needed));
        }

        int lastYear = thisYear - 1;
        Map<Integer, Map<String, BigDecimal>> revenue = enterprises.sumHighTechRevenueByZone(scope, List.of(lastYear - 1, lastYear));
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

        Map<String, int[]> lights = new LinkedHashMap<>();
        try {
            for (TargetsMonitor.ZoneTargets z : targets.forYear(lastYear, 0)) { // this year's lights only: no history drawn
                for (TargetsMonitor.TargetStatus t : z.targets()) {
                    int[] c = lights.computeIfAbsent(t.name(), n -> new int[3]);
                    c["GREEN".equals(t.light()) ? 0 : "RED".equals(t.light()) ? 1 : 2]++;
                }
            }
        } catch (DomainProblem notMonitored) {
            // roles without the monitor see no lights
        }
        List<LightPoint> lightPoints = lights.entrySet().stream()
                .map(e -> new LightPoint(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();

        return new Dashboard(Instant.now(), visible, counts, hntesNow, enterpriseTotal, sum(hntesNow),
                target == null ? null : target.doubleValue(), lastYear, byYear, compared, money, byStatus, lightPoints);
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
