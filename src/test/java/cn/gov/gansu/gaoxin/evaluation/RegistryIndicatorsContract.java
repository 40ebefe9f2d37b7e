package cn.gov.gansu.gaoxin.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.gansu.gaoxin.enterprise.AnnualStatistics;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.support.IntegrationTest;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry indicators summed in the database ({@link EnterpriseRegistry#zoneYearTotals}, issue 9) equal the figures
 * the evaluation computed before in Java from every enterprise's figures ({@link EnterpriseRegistry#zoneYearFigures},
 * kept here as the reference): values and explanations, missing staying missing, for random enterprises (several stays,
 * overlapping ones, enclave parks, unreported figures, certificates that lapse) over several years and zones.
 */
abstract class RegistryIndicatorsContract extends IntegrationTest {

    private static final int YEAR = 2024;
    private static final String[] INDUSTRIES = {"3911", "3912", "3989", "2710", "2761", "1310", "6510", null};
    private static final String[] PREFIXES = {"39", "391", "27", "2710", "13", "65", "C"};

    @Autowired
    RegistryIndicators indicators;
    @Autowired
    EnterpriseRegistry registry;
    @Autowired
    ZoneDirectory zones;
    @Autowired
    IndicatorCatalogue catalogues;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 7L, 2024L, 99_991L})
    void theSummedIndicatorsEqualTheJavaOnes(long seed) throws Exception {
        Random random = new Random(seed);
        String park = "p" + unique("park").toLowerCase().replaceAll("[^a-z0-9]", "");
        asAdmin(post("/api/zones/lanzhou/enclave-parks", "{\"code\":\"" + park + "\",\"name\":\"对比飞地" + seed
                + "\",\"location\":\"上海\",\"established\":\"2020-01-01\"}")).andExpect(status().isCreated());
        List<String> seeded = List.of("lanzhou", "baiyin", "zhangye", "jinchang", park);
        for (int i = 0; i < 80; i++) {
            seedEnterprise(random, seeded);
        }

        // every zone, each with random leading industries (none for some: concentration then missing)
        List<Zone> evaluated = new ArrayList<>();
        for (Zone z : zones.list(RegistryIndicators.SYSTEM, null, null, null)) {
            if (z.isEnclavePark()) {
                continue;
            }
            List<Zone.Industry> leading = new ArrayList<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                leading.add(new Zone.Industry("产业" + k, List.of(PREFIXES[random.nextInt(PREFIXES.length)],
                        PREFIXES[random.nextInt(PREFIXES.length)])));
            }
            evaluated.add(new Zone(z.code(), z.name(), z.fullName(), z.city(), z.cityName(), z.kind(), z.level(), z.status(),
                    z.statusSince(), z.establishedOn(), z.developmentZone(), z.parentZone(), z.location(), z.focusIndustries(),
                    leading));
        }

        Map<String, Integer> present = new HashMap<>();
        for (int year = YEAR - 1; year <= YEAR + 1; year++) {
            IndicatorCatalogue.Catalogue catalogue = catalogues.forYear(year);
            Map<String, Map<String, RegistryIndicators.Measured>> summed = indicators.compute(year, evaluated, catalogue);
            Map<String, Map<String, RegistryIndicators.Measured>> java = reference(year, evaluated, catalogue);
            assertThat(summed).as("year %d", year).isEqualTo(java);
            for (String zone : seeded.subList(0, 4)) {
                summed.get(zone).forEach((code, m) -> {
                    if (m.value() != null) {
                        present.merge(code, 1, Integer::sum);
                    }
                });
            }
        }
        // the comparison covered real values of every computed indicator, not only missing ones
        assertThat(present).containsKeys("HIGH_TECH_ENTERPRISE_SHARE", "HIGH_TECH_REVENUE", "HIGH_TECH_REVENUE_GROWTH",
                "NEW_HIGH_TECH_EMPLOYEES", "RD_INTENSITY");
    }

    private void seedEnterprise(Random random, List<String> zoneCodes) {
        String uscc = newUscc();
        Timestamp now = new Timestamp(System.currentTimeMillis());
        jdbc.sql("INSERT INTO enterprise (uscc, name, zone_code, industry_code, listing_status, demo, created_at) "
                        + "VALUES (:u, :n, :z, :i, 'UNLISTED', FALSE, :t)")
                .param("u", uscc).param("n", "对比企业" + uscc.substring(10)).param("z", zoneCodes.get(random.nextInt(zoneCodes.size())))
                .param("i", INDUSTRIES[random.nextInt(INDUSTRIES.length)]).param("t", now).update();
        int stays = 1 + random.nextInt(2);
        for (int s = 0; s < stays; s++) {
            LocalDate from = random.nextInt(4) == 0 ? null : LocalDate.of(YEAR - 3 + random.nextInt(5), 1 + random.nextInt(12), 1);
            LocalDate to = random.nextInt(2) == 0 ? null
                    : (from == null ? LocalDate.of(YEAR - 2, 6, 1) : from).plusMonths(1 + random.nextInt(36));
            jdbc.sql("INSERT INTO enterprise_membership (uscc, zone_code, valid_from, valid_to, reason) VALUES (:u, :z, :f, :t, '对比')")
                    .param("u", uscc).param("z", zoneCodes.get(random.nextInt(zoneCodes.size())))
                    .param("f", from == null ? null : Date.valueOf(from)).param("t", to == null ? null : Date.valueOf(to)).update();
        }
        for (int y = YEAR - 2; y <= YEAR + 1; y++) {
            if (random.nextInt(10) < 3) {
                continue;
            }
            jdbc.sql("INSERT INTO enterprise_statistics (uscc, stat_year, revenue, high_tech_revenue, employees, rd_staff, rd_expense) "
                            + "VALUES (:u, :y, :r, :h, :e, :s, :d)")
                    .param("u", uscc).param("y", y).param("r", money(random)).param("h", money(random))
                    .param("e", random.nextInt(4) == 0 ? null : random.nextInt(500)).param("s", random.nextInt(300))
                    .param("d", money(random)).update();
        }
        int certificates = random.nextInt(3);
        for (int c = 0; c < certificates; c++) {
            LocalDate on = LocalDate.of(YEAR - 4 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
            jdbc.sql("INSERT INTO qualification (uscc, type, recognition, certificate, issuing_province, recognised_on, valid_until, "
                            + "zone_code, recorded_at, recorded_by) VALUES (:u, 'HIGH_TECH_ENTERPRISE', :r, :c, '甘肃', :on, :until, :z, :t, 'test')")
                    .param("u", uscc).param("r", c == 0 ? "FIRST" : "RENEWAL").param("c", "GR" + uscc + c).param("on", Date.valueOf(on))
                    .param("until", random.nextInt(5) == 0 ? null : Date.valueOf(on.plusYears(3).minusDays(1)))
                    .param("z", zoneCodes.get(random.nextInt(zoneCodes.size()))).param("t", now).update();
        }
    }

    /** Money in 元 with cents: unreported (null) a quarter of the time, zero sometimes. */
    private static BigDecimal money(Random random) {
        int k = random.nextInt(8);
        return k < 2 ? null : k == 2 ? BigDecimal.ZERO.setScale(2) : BigDecimal.valueOf(random.nextLong(1, 5_000_000_000L), 2);
    }

    // ---- the computation as it was before issue 9's aggregates: every enterprise's figures summed in Java ----

    private Map<String, Map<String, RegistryIndicators.Measured>> reference(int year, List<Zone> evaluated,
            IndicatorCatalogue.Catalogue catalogue) {
        Map<String, String> policyZone = new HashMap<>();
        for (Zone z : zones.list(RegistryIndicators.SYSTEM, null, null, null)) {
            policyZone.put(z.code(), z.policyZone());
        }
        Map<String, List<EnterpriseRegistry.ZoneYearFigures>> now = new HashMap<>();
        for (var f : registry.zoneYearFigures(year)) {
            now.computeIfAbsent(policyZone.getOrDefault(f.zone(), f.zone()), k -> new ArrayList<>()).add(f);
        }
        Map<String, AnnualStatistics> before = registry.zoneYearFigures(year - 1).stream().filter(f -> f.figures() != null)
                .collect(Collectors.toMap(EnterpriseRegistry.ZoneYearFigures::uscc, EnterpriseRegistry.ZoneYearFigures::figures,
                        (a, b) -> a));
        Map<String, Long> newHnte = new HashMap<>();
        registry.countFirstRecognitionsByZone(QualificationType.HIGH_TECH_ENTERPRISE, year)
                .forEach((z, c) -> newHnte.merge(policyZone.getOrDefault(z, z), c, Long::sum));
        Map<String, Map<String, RegistryIndicators.Measured>> out = new LinkedHashMap<>();
        for (Zone zone : evaluated) {
            List<EnterpriseRegistry.ZoneYearFigures> list = now.getOrDefault(zone.code(), List.of());
            Map<String, RegistryIndicators.Measured> m = new LinkedHashMap<>();
            for (IndicatorCatalogue.Definition d : catalogue.indicators()) {
                m.put(d.code(), indicator(d.code(), zone, list, before, newHnte));
            }
            for (IndicatorCatalogue.Bonus b : catalogue.bonus()) {
                OptionalLong c = indicators.platform().newInYear(b.code(), zone.code(), year);
                m.put(b.code(), c.isPresent() ? RegistryIndicators.Measured.of(c.getAsLong(), "平台载体登记")
                        : RegistryIndicators.Measured.missing("平台载体登记尚无该项数据"));
            }
            out.put(zone.code(), m);
        }
        return out;
    }

    private static RegistryIndicators.Measured indicator(String code, Zone zone, List<EnterpriseRegistry.ZoneYearFigures> list,
            Map<String, AnnualStatistics> before, Map<String, Long> newHnte) {
        return switch (code) {
            case "NEW_HIGH_TECH_ENTERPRISES" -> RegistryIndicators.Measured.of(newHnte.getOrDefault(zone.code(), 0L),
                    "按资质登记统计的当年新认定高新技术企业");
            case "HIGH_TECH_ENTERPRISE_SHARE" -> list.isEmpty() ? RegistryIndicators.Measured.missing("区内没有登记企业，无法计算占比")
                    : RegistryIndicators.Measured.of(
                            (double) list.stream().filter(EnterpriseRegistry.ZoneYearFigures::highTechAtYearEnd).count() / list.size(),
                            "年末有效高企" + list.stream().filter(EnterpriseRegistry.ZoneYearFigures::highTechAtYearEnd).count()
                                    + "家 / 企业" + list.size() + "家");
            case "HIGH_TECH_REVENUE" -> sum(list, AnnualStatistics::highTechRevenue, "高新技术产品（服务）收入");
            case "HIGH_TECH_REVENUE_GROWTH" -> growth(list, before);
            case "NEW_HIGH_TECH_EMPLOYEES" -> newEmployees(list, before);
            case "LEADING_INDUSTRY_CONCENTRATION" -> concentration(zone, list);
            case "RD_INTENSITY" -> ratio(list, AnnualStatistics::rdExpense, AnnualStatistics::revenue, "研发经费/营业收入");
            default -> RegistryIndicators.Measured.missing("该指标尚无自动计算口径，请录入");
        };
    }

    private static RegistryIndicators.Measured sum(List<EnterpriseRegistry.ZoneYearFigures> list,
            Function<AnnualStatistics, BigDecimal> f, String what) {
        BigDecimal total = BigDecimal.ZERO;
        int reported = 0;
        for (var e : list) {
            if (e.figures() != null && f.apply(e.figures()) != null) {
                total = total.add(f.apply(e.figures()));
                reported++;
            }
        }
        if (reported == 0) {
            return RegistryIndicators.Measured.missing("区内企业均未报送" + what);
        }
        return RegistryIndicators.Measured.of(total.doubleValue(), reported + "/" + list.size() + "家企业报送" + what);
    }

    private static RegistryIndicators.Measured ratio(List<EnterpriseRegistry.ZoneYearFigures> list,
            Function<AnnualStatistics, BigDecimal> num, Function<AnnualStatistics, BigDecimal> den, String what) {
        BigDecimal n = BigDecimal.ZERO;
        BigDecimal d = BigDecimal.ZERO;
        int reported = 0;
        for (var e : list) {
            if (e.figures() != null && num.apply(e.figures()) != null && den.apply(e.figures()) != null) {
                n = n.add(num.apply(e.figures()));
                d = d.add(den.apply(e.figures()));
                reported++;
            }
        }
        if (reported == 0 || d.signum() == 0) {
            return RegistryIndicators.Measured.missing("没有可用于计算" + what + "的企业报送数据");
        }
        return RegistryIndicators.Measured.of(n.divide(d, MathContext.DECIMAL64).doubleValue(),
                reported + "/" + list.size() + "家企业同时报送（" + what + "）");
    }

    private static RegistryIndicators.Measured growth(List<EnterpriseRegistry.ZoneYearFigures> list,
            Map<String, AnnualStatistics> before) {
        BigDecimal now = BigDecimal.ZERO;
        BigDecimal then = BigDecimal.ZERO;
        int reported = 0;
        for (var e : list) {
            AnnualStatistics b = before.get(e.uscc());
            if (e.figures() != null && e.figures().highTechRevenue() != null && b != null && b.highTechRevenue() != null) {
                now = now.add(e.figures().highTechRevenue());
                then = then.add(b.highTechRevenue());
                reported++;
            }
        }
        if (reported == 0 || then.signum() == 0) {
            return RegistryIndicators.Measured.missing("没有连续两年报送高新技术产品（服务）收入的企业，无法计算增速");
        }
        return RegistryIndicators.Measured.of(now.subtract(then).divide(then, MathContext.DECIMAL64).doubleValue(),
                reported + "家企业同口径比较");
    }

    private static RegistryIndicators.Measured newEmployees(List<EnterpriseRegistry.ZoneYearFigures> list,
            Map<String, AnnualStatistics> before) {
        long delta = 0;
        int reported = 0;
        for (var e : list) {
            AnnualStatistics b = before.get(e.uscc());
            if (e.highTechAtYearEnd() && e.figures() != null && e.figures().employees() != null && b != null
                    && b.employees() != null) {
                delta += e.figures().employees() - b.employees();
                reported++;
            }
        }
        if (reported == 0) {
            return RegistryIndicators.Measured.missing("没有连续两年报送从业人员数的高新技术企业");
        }
        return RegistryIndicators.Measured.of(delta, reported + "家高新技术企业同口径比较");
    }

    private static RegistryIndicators.Measured concentration(Zone zone, List<EnterpriseRegistry.ZoneYearFigures> list) {
        if (zone.leadingIndustries().isEmpty()) {
            return RegistryIndicators.Measured.missing("高新区尚未确定主导产业");
        }
        BigDecimal leading = BigDecimal.ZERO;
        BigDecimal all = BigDecimal.ZERO;
        for (var e : list) {
            if (e.figures() == null || e.figures().revenue() == null) {
                continue;
            }
            all = all.add(e.figures().revenue());
            if (RegistryIndicators.inLeading(zone, e.industryCode())) {
                leading = leading.add(e.figures().revenue());
            }
        }
        if (all.signum() == 0) {
            return RegistryIndicators.Measured.missing("区内企业均未报送营业收入");
        }
        return RegistryIndicators.Measured.of(leading.divide(all, MathContext.DECIMAL64).doubleValue(), "主导产业企业营业收入/全部营业收入");
    }
}
