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
        // one aggregate query per year (issue 9): the registry sums per zone and industry; enclave parks merged here
        Map<String, EnterpriseRegistry.ZoneYearTotals> now = new HashMap<>();
        enterprises.zoneYearTotals(year).forEach((z, t) -> now.merge(policyZone.getOrDefault(z, z), t,
                EnterpriseRegistry.ZoneYearTotals::plus));
        Map<String, Long> newHnte = new HashMap<>();
        enterprises.countFirstRecognitionsByZone(QualificationType.HIGH_TECH_ENTERPRISE, year)
                .forEach((z, c) -> newHnte.merge(policyZone.getOrDefault(z, z), c, Long::sum));
        Map<String, Map<String, Measured>> out = new LinkedHashMap<>();
        for (Zone zone : evaluated) {
            EnterpriseRegistry.ZoneYearTotals totals = now.getOrDefault(zone.code(), EnterpriseRegistry.ZoneYearTotals.NONE);
            Map<String, Measured> m = new LinkedHashMap<>();
            for (IndicatorCatalogue.Definition d : catalogue.indicators()) {
                m.put(d.code(), indicator(d.code(), zone, totals, newHnte));
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

    private static Measured indicator(String code, Zone zone, EnterpriseRegistry.ZoneYearTotals t, Map<String, Long> newHnte) {
        return switch (code) {
            case "NEW_HIGH_TECH_ENTERPRISES" -> Measured.of(newHnte.getOrDefault(zone.code(), 0L),
                    "按资质登记统计的当年新认定高新技术企业");
            case "HIGH_TECH_ENTERPRISE_SHARE" -> t.enterprises() == 0 ? Measured.missing("区内没有登记企业，无法计算占比")
                    : Measured.of((double) t.hntes() / t.enterprises(), "年末有效高企" + t.hntes() + "家 / 企业" + t.enterprises() + "家");
            case "HIGH_TECH_REVENUE" -> t.highTechRevenueReported() == 0 ? Measured.missing("区内企业均未报送高新技术产品（服务）收入")
                    : Measured.of(t.highTechRevenue().doubleValue(),
                            t.highTechRevenueReported() + "/" + t.enterprises() + "家企业报送高新技术产品（服务）收入");
            case "HIGH_TECH_REVENUE_GROWTH" -> growth(t);
            case "NEW_HIGH_TECH_EMPLOYEES" -> t.hnteEmployeesReported() == 0 ? Measured.missing("没有连续两年报送从业人员数的高新技术企业")
                    : Measured.of(t.hnteEmployeeDelta(), t.hnteEmployeesReported() + "家高新技术企业同口径比较");
            case "LEADING_INDUSTRY_CONCENTRATION" -> concentration(zone, t);
            case "RD_INTENSITY" -> t.rdReported() == 0 || t.rdRevenue().signum() == 0
                    ? Measured.missing("没有可用于计算研发经费/营业收入的企业报送数据")
                    : Measured.of(t.rdExpense().divide(t.rdRevenue(), MathContext.DECIMAL64).doubleValue(),
                            t.rdReported() + "/" + t.enterprises() + "家企业同时报送（研发经费/营业收入）");
            default -> Measured.missing("该指标尚无自动计算口径，请录入");
        };
    }

    /** 同口径: enterprises that reported high-tech revenue both years. */
    private static Measured growth(EnterpriseRegistry.ZoneYearTotals t) {
        if (t.growthReported() == 0 || t.growthBefore().signum() == 0) {
            return Measured.missing("没有连续两年报送高新技术产品（服务）收入的企业，无法计算增速");
        }
        return Measured.of(t.growthNow().subtract(t.growthBefore()).divide(t.growthBefore(), MathContext.DECIMAL64).doubleValue(),
                t.growthReported() + "家企业同口径比较");
    }

    /** Revenue of enterprises in the zone's leading industries (GB/T 4754 prefixes) / all revenue. */
    static Measured concentration(Zone zone, EnterpriseRegistry.ZoneYearTotals t) {
        if (zone.leadingIndustries().isEmpty()) {
            return Measured.missing("高新区尚未确定主导产业");
        }
        BigDecimal leading = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : t.revenueByIndustry().entrySet()) {
            if (inLeading(zone, e.getKey())) {
                leading = leading.add(e.getValue());
            }
        }
        if (t.revenue().signum() == 0) {
            return Measured.missing("区内企业均未报送营业收入");
        }
        return Measured.of(leading.divide(t.revenue(), MathContext.DECIMAL64).doubleValue(), "主导产业企业营业收入/全部营业收入");
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
}
