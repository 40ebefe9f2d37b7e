package cn.gov.gansu.gaoxin.innovation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.gansu.gaoxin.enterprise.AnnualStatistics;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.innovation.scoring.PointsCatalogue;
import cn.gov.gansu.gaoxin.innovation.scoring.PointsScorer;
import org.springframework.stereotype.Component;

/**
 * Reads a year's cohort from the enterprise registry's public API and turns each enterprise's
 * figures into indicator values. A figure not reported stays absent (never zero); a count taken
 * from the registry (qualifications, national projects) is known, zero included.
 */
@Component
class RegistryCohort {

    /** Up to this many enterprises new to the zone, their previous year is read one by one. */
    static final int SINGLE_READS = 50;

    private final EnterpriseRegistry registry;

    RegistryCohort(EnterpriseRegistry registry) {
        this.registry = registry;
    }

    /** One enterprise of the cohort: zone at the year's end, that year's and the previous year's figures, counts. */
    record Member(String zone, String uscc, boolean highTech, AnnualStatistics figures, AnnualStatistics previous,
            Map<QualificationType, Boolean> validAtYearEnd, Set<QualificationType> heldAtPreviousYearEnd,
            Set<QualificationType> firstRecognisedInYear, int qualifications, int nationalProjects) {
    }

    /**
     * Every enterprise in {@code zone} at the end of {@code year} (all zones when null). The previous
     * year's figures are read for the same zone; an enterprise that was elsewhere then is read alone.
     */
    List<Member> members(int year, String zone, int projectWindowYears) {
        Map<String, Member> out = new LinkedHashMap<>();
        Map<String, AnnualStatistics> previous = new HashMap<>();
        List<EnterpriseRegistry.ZoneYearFigures> now = registry.zoneYearFigures(year, zone);
        if (now.isEmpty()) {
            return List.of();
        }
        Set<String> usccs = new HashSet<>();
        now.forEach(f -> usccs.add(f.uscc()));
        Set<String> seenBefore = new HashSet<>();
        for (EnterpriseRegistry.ZoneYearFigures f : registry.zoneYearFigures(year - 1, zone)) {
            seenBefore.add(f.uscc());
            if (usccs.contains(f.uscc()) && f.figures() != null) {
                previous.put(f.uscc(), f.figures());
            }
        }
        List<String> elsewhere = usccs.stream().filter(u -> !seenBefore.contains(u)).toList();
        if (elsewhere.size() > SINGLE_READS) {   // many moved in or registered since: one read of every zone's previous year
            for (EnterpriseRegistry.ZoneYearFigures f : registry.zoneYearFigures(year - 1, null)) {
                if (f.figures() != null && !previous.containsKey(f.uscc()) && usccs.contains(f.uscc())) {
                    previous.put(f.uscc(), f.figures());
                }
            }
        } else {
            for (String u : elsewhere) {   // moved in during the year, or registered since: read its own history
                registry.statistics(u).stream().filter(s -> s.year() == year - 1).findFirst().ifPresent(s -> previous.put(u, s));
            }
        }
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate previousEnd = LocalDate.of(year - 1, 12, 31);
        Map<String, Set<QualificationType>> valid = new HashMap<>();
        Map<String, Set<QualificationType>> heldBefore = new HashMap<>();
        Map<String, Set<QualificationType>> firstInYear = new HashMap<>();
        java.util.function.Consumer<cn.gov.gansu.gaoxin.enterprise.Qualification> onQualification = q -> {
            String u = q.uscc().trim();
            if (!usccs.contains(u)) {
                return;
            }
            if (q.isValidOn(end)) {
                valid.computeIfAbsent(u, k -> EnumSet.noneOf(QualificationType.class)).add(q.type());
            }
            if (q.isValidOn(previousEnd)) {
                heldBefore.computeIfAbsent(u, k -> EnumSet.noneOf(QualificationType.class)).add(q.type());
            }
            if (q.recognisedOn().getYear() == year) {
                firstInYear.computeIfAbsent(u, k -> EnumSet.noneOf(QualificationType.class)).add(q.type());
            }
        };
        Map<String, Integer> projects = new HashMap<>();
        java.util.function.BiConsumer<String, EnterpriseRegistry.NationalProject> onProject = (uscc, p) -> {
            String u = uscc.trim();
            int y = p.date().getYear();
            if (usccs.contains(u) && y <= year && y > year - projectWindowYears) {
                projects.merge(u, 1, Integer::sum);
            }
        };
        if (zone == null) {   // the province: one streaming pass over the registry
            registry.forEachQualificationOfAll(onQualification);
            registry.forEachNationalProjectOfAll(onProject);
        } else {              // one zone: its enterprises only, 1,000 per query
            registry.forEachQualificationOf(usccs, onQualification);
            registry.forEachNationalProjectOf(usccs, onProject);
        }
        for (EnterpriseRegistry.ZoneYearFigures f : now) {
            Set<QualificationType> v = valid.getOrDefault(f.uscc(), Set.of());
            Map<QualificationType, Boolean> flags = new LinkedHashMap<>();
            for (QualificationType t : QualificationType.values()) {
                flags.put(t, v.contains(t));
            }
            out.put(f.uscc(), new Member(f.zone(), f.uscc(), f.highTechAtYearEnd(), f.figures(), previous.get(f.uscc()),
                    flags, heldBefore.getOrDefault(f.uscc(), Set.of()), firstInYear.getOrDefault(f.uscc(), Set.of()),
                    v.size(), projects.getOrDefault(f.uscc(), 0)));
        }
        return List.copyOf(out.values());
    }

    /** The indicator values of one member, by the catalogue's codes; absent = not known. */
    static PointsScorer.Subject subject(PointsCatalogue catalogue, Member m) {
        Map<String, Double> values = new HashMap<>();
        AnnualStatistics s = m.figures();
        AnnualStatistics p = m.previous();
        for (PointsCatalogue.Indicator i : catalogue.indicators()) {
            Double v = switch (i.code()) {
                case "RD_EXPENSE" -> s == null ? null : value(s.rdExpense());
                case "RD_STAFF" -> s == null || s.rdStaff() == null ? null : s.rdStaff().doubleValue();
                case "HIGH_TECH_REVENUE" -> s == null ? null : value(s.highTechRevenue());
                case "REVENUE" -> s == null ? null : value(s.revenue());
                case "EMPLOYEES" -> s == null || s.employees() == null ? null : s.employees().doubleValue();
                case "RD_INTENSITY" -> s == null ? null : ratio(s.rdExpense(), s.revenue());
                case "RD_STAFF_SHARE" -> s == null ? null : ratio(count(s.rdStaff()), count(s.employees()));
                case "HIGH_TECH_REVENUE_SHARE" -> s == null ? null : ratio(s.highTechRevenue(), s.revenue());
                case "REVENUE_GROWTH" -> s == null || p == null ? null : growth(s.revenue(), p.revenue());
                case "HIGH_TECH_REVENUE_GROWTH" -> s == null || p == null ? null : growth(s.highTechRevenue(), p.highTechRevenue());
                case "EMPLOYMENT_GROWTH" -> s == null || p == null ? null : growth(count(s.employees()), count(p.employees()));
                case "QUALIFICATIONS" -> (double) m.qualifications();
                case "NATIONAL_PROJECTS" -> (double) m.nationalProjects();
                default -> throw new IllegalStateException("创新积分指标“" + i.code() + "”在登记簿中无对应口径");
            };
            if (v != null) {
                values.put(i.code(), v);
            }
        }
        return new PointsScorer.Subject(m.uscc(), values);
    }

    private static Double value(BigDecimal d) {
        return d == null ? null : d.doubleValue();
    }

    private static BigDecimal count(Integer i) {
        return i == null ? null : BigDecimal.valueOf(i);
    }

    static Double ratio(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() <= 0) {
            return null;
        }
        return part.divide(whole, MathContext.DECIMAL64).doubleValue();
    }

    private static Double growth(BigDecimal now, BigDecimal before) {
        if (now == null || before == null || before.signum() <= 0) {
            return null;
        }
        return now.subtract(before).divide(before, MathContext.DECIMAL64).doubleValue();
    }
}
