package cn.gov.gansu.gaoxin.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.gansu.gaoxin.enterprise.AnnualStatistics;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import cn.gov.gansu.gaoxin.zone.ZoneStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Computes the catalogue's indicators per provincial zone and year from the registries (enterprise
 * figures, qualifications, leading industries; platform counts through {@link PlatformCounts}).
 * An indicator that cannot be computed is returned as missing with the reason — never as zero.
 * Officials' corrections are applied on top by {@link EvaluationData}.
 */
@Component
class RegistryIndicators {

    static final DataScope SYSTEM = new DataScope("system", Role.PROVINCE_ADMIN, null, null, null);

    private final EnterpriseRegistry enterprises;
    private final ZoneDirectory zones;
    private final ObjectProvider<PlatformCounts> platform;

    RegistryIndicators(EnterpriseRegistry enterprises, ZoneDirectory zones, ObjectProvider<PlatformCounts> platform) {
        this.enterprises = enterprises;
        this.zones = zones;
        this.platform = platform;
    }

    PlatformCounts platform() {
        return platform.getIfAvailable(() -> PlatformCounts.UNKNOWN);
    }

    /** A computed figure: a value, or null with the reason it is missing. */
    record Measured(Double value, String note) {
        static Measured of(double v, String note) {
            return new Measured(v, note);
        }

        static Measured missing(String why) {
            return new Measured(null, why);
        }
    }

    /** The provincial zones evaluated for a year: provincial (or candidate) on 31 December, no enclave parks. */
    List<Zone> evaluatedZones(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        List<Zone> out = new ArrayList<>();
        for (Zone z : zones.list(SYSTEM, null, null, null)) {
            if (z.isEnclavePark()) {
                continue;
            }
            ZoneStatus s = zones.statusOn(z.code(), end).orElse(null);
            if (s == ZoneStatus.PROVINCIAL || s == ZoneStatus.NATIONAL_CANDIDATE) {
                out.add(z);
            }
        }
        return out;
    }

    /** zone → indicator or bonus code → measured, for the zones given. */
    Map<String, Map<String, Measured>> compute(int year, List<Zone> evaluated, IndicatorCatalogue.Catalogue catalogue) {
        // enclave parks count as their parent zone (clause 16, SPEC reading 6)
        Map<String, String> policyZone = new HashMap<>();
        for (Zone z : zones.list(SYSTEM, null, null, null)) {
            policyZone.put(z.code(), z.policyZone());
        }
        Map<String, List<EnterpriseRegistry.ZoneYearFigures>> now = byZone(enterprises.zoneYearFigures(year), policyZone);
        Map<String, AnnualStatistics> before = enterprises.zoneYearFigures(year - 1).stream()
                .filter(f -> f.figures() != null)
                .collect(Collectors.toMap(EnterpriseRegistry.ZoneYearFigures::uscc, EnterpriseRegistry.ZoneYearFigures::figures,
                        (a, b) -> a));
        Map<String, Long> newHnte = new HashMap<>();
        enterprises.countFirstRecognitionsByZone(QualificationType.HIGH_TECH_ENTERPRISE, year)
                .forEach((z, c) -> newHnte.merge(policyZone.getOrDefault(z, z), c, Long::sum));
        Map<String, Map<String, Measured>> out = new LinkedHashMap<>();
        for (Zone zone : evaluated) {
            List<EnterpriseRegistry.ZoneYearFigures> list = now.getOrDefault(zone.code(), List.of());
            Map<String, Measured> m = new LinkedHashMap<>();
            for (IndicatorCatalogue.Definition d : catalogue.indicators()) {
                m.put(d.code(), indicator(d.code(), zone, list, before, newHnte));
            }
            for (IndicatorCatalogue.Bonus b : catalogue.bonus()) {
                OptionalLong c = platform().newInYear(b.code(), zone.code(), year);
                m.put(b.code(), c.isPresent() ? Measured.of(c.getAsLong(), "平台载体登记")
                        : Measured.missing("平台载体登记尚无该项数据"));
            }
            out.put(zone.code(), m);
        }
        return out;
    }

    private static Measured indicator(String code, Zone zone, List<EnterpriseRegistry.ZoneYearFigures> list,
            Map<String, AnnualStatistics> before, Map<String, Long> newHnte) {
        return switch (code) {
            case "NEW_HIGH_TECH_ENTERPRISES" -> Measured.of(newHnte.getOrDefault(zone.code(), 0L),
                    "按资质登记统计的当年新认定高新技术企业");
            case "HIGH_TECH_ENTERPRISE_SHARE" -> list.isEmpty() ? Measured.missing("区内没有登记企业，无法计算占比")
                    : Measured.of((double) list.stream().filter(EnterpriseRegistry.ZoneYearFigures::highTechAtYearEnd).count()
                            / list.size(), "年末有效高企" + list.stream().filter(EnterpriseRegistry.ZoneYearFigures::highTechAtYearEnd).count()
                            + "家 / 企业" + list.size() + "家");
            case "HIGH_TECH_REVENUE" -> sum(list, AnnualStatistics::highTechRevenue, "高新技术产品（服务）收入");
            case "HIGH_TECH_REVENUE_GROWTH" -> growth(list, before);
            case "NEW_HIGH_TECH_EMPLOYEES" -> newEmployees(list, before);
            case "LEADING_INDUSTRY_CONCENTRATION" -> concentration(zone, list);
            case "RD_INTENSITY" -> ratio(list, AnnualStatistics::rdExpense, AnnualStatistics::revenue, "研发经费/营业收入");
            default -> Measured.missing("该指标尚无自动计算口径，请录入");
        };
    }

    private static Measured sum(List<EnterpriseRegistry.ZoneYearFigures> list, Function<AnnualStatistics, BigDecimal> f,
            String what) {
        BigDecimal total = BigDecimal.ZERO;
        int reported = 0;
        for (var e : list) {
            if (e.figures() != null && f.apply(e.figures()) != null) {
                total = total.add(f.apply(e.figures()));
                reported++;
            }
        }
        if (reported == 0) {
            return Measured.missing("区内企业均未报送" + what);
        }
        return Measured.of(total.doubleValue(), reported + "/" + list.size() + "家企业报送" + what);
    }

    private static Measured ratio(List<EnterpriseRegistry.ZoneYearFigures> list, Function<AnnualStatistics, BigDecimal> num,
            Function<AnnualStatistics, BigDecimal> den, String what) {
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
            return Measured.missing("没有可用于计算" + what + "的企业报送数据");
        }
        return Measured.of(n.divide(d, MathContext.DECIMAL64).doubleValue(), reported + "/" + list.size() + "家企业同时报送（" + what + "）");
    }

    /** 同口径: enterprises that reported high-tech revenue both years. */
    private static Measured growth(List<EnterpriseRegistry.ZoneYearFigures> list, Map<String, AnnualStatistics> before) {
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
            return Measured.missing("没有连续两年报送高新技术产品（服务）收入的企业，无法计算增速");
        }
        return Measured.of(now.subtract(then).divide(then, MathContext.DECIMAL64).doubleValue(),
                reported + "家企业同口径比较");
    }

    /** HNTEs at year end: employees this year − last year, among those that reported both. */
    private static Measured newEmployees(List<EnterpriseRegistry.ZoneYearFigures> list, Map<String, AnnualStatistics> before) {
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
            return Measured.missing("没有连续两年报送从业人员数的高新技术企业");
        }
        return Measured.of(delta, reported + "家高新技术企业同口径比较");
    }

    /** Revenue of enterprises in the zone's leading industries (GB/T 4754 prefixes) / all revenue. */
    static Measured concentration(Zone zone, List<EnterpriseRegistry.ZoneYearFigures> list) {
        if (zone.leadingIndustries().isEmpty()) {
            return Measured.missing("高新区尚未确定主导产业");
        }
        BigDecimal leading = BigDecimal.ZERO;
        BigDecimal all = BigDecimal.ZERO;
        for (var e : list) {
            if (e.figures() == null || e.figures().revenue() == null) {
                continue;
            }
            all = all.add(e.figures().revenue());
            if (inLeading(zone, e.industryCode())) {
                leading = leading.add(e.figures().revenue());
            }
        }
        if (all.signum() == 0) {
            return Measured.missing("区内企业均未报送营业收入");
        }
        return Measured.of(leading.divide(all, MathContext.DECIMAL64).doubleValue(), "主导产业企业营业收入/全部营业收入");
    }

    static boolean inLeading(Zone zone, String industryCode) {
        if (industryCode == null) {
            return false;
        }
        for (Zone.Industry i : zone.leadingIndustries()) {
            for (String prefix : i.industryCodes()) {
                if (industryCode.startsWith(prefix.trim())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Map<String, List<EnterpriseRegistry.ZoneYearFigures>> byZone(List<EnterpriseRegistry.ZoneYearFigures> all,
            Map<String, String> policyZone) {
        Map<String, List<EnterpriseRegistry.ZoneYearFigures>> m = new HashMap<>();
        for (var f : all) {
            m.computeIfAbsent(policyZone.getOrDefault(f.zone(), f.zone()), k -> new ArrayList<>()).add(f);
        }
        return m;
    }
}
