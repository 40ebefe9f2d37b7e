package cn.gov.gansu.gaoxin.innovation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.gov.gansu.gaoxin.enterprise.AnnualStatistics;
import cn.gov.gansu.gaoxin.enterprise.Enterprise;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.innovation.scoring.HnteCriteria;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.Uscc;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 梯次培育 (clause 10): the ladder 科技型中小企业 → 省级科技创新型企业 → 高新技术企业 → 科技领军企业 of a
 * zone in a year — counts at the year's end, recognitions in the year, flows up one rung and the
 * conversion rates — and the HNTE readiness check against the dated national criteria.
 */
@Component
public class Ladder {

    /** The rungs, lowest first. */
    public static final List<QualificationType> RUNGS = List.of(QualificationType.TECH_SME,
            QualificationType.PROVINCIAL_INNOVATIVE_ENTERPRISE, QualificationType.HIGH_TECH_ENTERPRISE, QualificationType.TECH_LEADER);

    private final RegistryCohort cohorts;
    private final EnterpriseRegistry registry;
    private final InnovationPoints points;
    private final List<HnteCriteria> criteria = HnteCriteria.load("innovation/hnte-criteria.yaml");

    Ladder(RegistryCohort cohorts, EnterpriseRegistry registry, InnovationPoints points) {
        this.cohorts = cohorts;
        this.registry = registry;
        this.points = points;
    }

    /** One rung: enterprises holding it at the year's end and recognised in the year. */
    public record Rung(@io.swagger.v3.oas.annotations.media.Schema(implementation = cn.gov.gansu.gaoxin.enterprise.QualificationType.class) String qualification, String name, long atYearEnd, long recognisedInYear) {
    }

    /**
     * A step up: enterprises that held {@code from} at the end of the previous year and were recognised
     * {@code to} in the year; the rate is that over the previous year-end holders of {@code from}
     * (null when there were none — unknown, not zero).
     */
    public record Flow(String from, String fromName, String to, String toName, long base, long movedUp, Double rate) {
    }

    public record ZoneLadder(String zone, int year, List<Rung> rungs, List<Flow> flows, long enterprises) {
    }

    /** An enterprise's HNTE readiness for the next year, from the figures of {@code year}. */
    public record Readiness(String enterprise, String name, int year, boolean highTechEnterprise, boolean figuresReported,
            List<HnteCriteria.Criterion> criteria, Boolean ready, List<String> lacks, List<String> missing, String source,
            String notChecked) {
    }

    public record Candidates(String zone, int year, long ready, List<Readiness> items, long total) {
    }

    @Transactional(readOnly = true)
    public ZoneLadder zone(DataScope scope, String zone, int year) {
        InnovationPoints.checkYear(year);
        points.requireZoneInScope(scope, zone);
        return zone(zone, year);
    }

    /** Unscoped: the caller checked the zone. */
    @Transactional(readOnly = true)
    public ZoneLadder zone(String zone, int year) {
        return zone(zone, year, points.zoneMembers(zone, year));
    }

    static ZoneLadder zone(String zone, int year, List<RegistryCohort.Member> members) {
        List<Rung> rungs = new ArrayList<>();
        for (QualificationType t : RUNGS) {
            rungs.add(new Rung(t.name(), t.chineseName(), members.stream().filter(m -> m.validAtYearEnd().get(t)).count(),
                    members.stream().filter(m -> m.firstRecognisedInYear().contains(t)).count()));
        }
        List<Flow> flows = new ArrayList<>();
        for (int i = 0; i + 1 < RUNGS.size(); i++) {
            QualificationType from = RUNGS.get(i);
            QualificationType to = RUNGS.get(i + 1);
            long base = members.stream().filter(m -> m.heldAtPreviousYearEnd().contains(from)).count();
            long moved = members.stream().filter(m -> m.heldAtPreviousYearEnd().contains(from)
                    && m.firstRecognisedInYear().contains(to)).count();
            flows.add(new Flow(from.name(), from.chineseName(), to.name(), to.chineseName(), base, moved,
                    base == 0 ? null : Math.round(10000.0 * moved / base) / 10000.0));
        }
        return new ZoneLadder(zone, year, rungs, flows, members.size());
    }

    /** A zone's enterprises without a valid HNTE certificate at the year's end, ready ones first, with what each lacks. */
    @Transactional(readOnly = true)
    public Candidates candidates(DataScope scope, String zone, int year, Paging paging) {
        InnovationPoints.checkYear(year);
        points.requireZoneInScope(scope, zone);
        List<Readiness> all = candidates(zone, year);
        int from = (int) Math.min(all.size(), paging.offset());
        int to = Math.min(all.size(), from + paging.size());
        List<Readiness> page = all.subList(from, to).stream().map(r -> new Readiness(r.enterprise(),
                registry.findUnscoped(r.enterprise()).map(Enterprise::name).orElse(null), r.year(), r.highTechEnterprise(),
                r.figuresReported(), r.criteria(), r.ready(), r.lacks(), r.missing(), r.source(), r.notChecked())).toList();
        return new Candidates(zone, year, all.stream().filter(r -> Boolean.TRUE.equals(r.ready())).count(), new ArrayList<>(page),
                all.size());
    }

    /** Unscoped, without names: the caller checked the zone. */
    @Transactional(readOnly = true)
    public List<Readiness> candidates(String zone, int year) {
        return candidates(year, points.zoneMembers(zone, year));
    }

    List<Readiness> candidates(int year, List<RegistryCohort.Member> members) {
        HnteCriteria c = HnteCriteria.forYear(criteria, year);
        List<Readiness> all = new ArrayList<>();
        for (RegistryCohort.Member m : members) {
            if (!m.highTech()) {
                all.add(readiness(c, m.uscc(), null, year, false, m.figures()));
            }
        }
        all.sort(Comparator.comparing((Readiness r) -> Boolean.TRUE.equals(r.ready()) ? 0 : r.ready() == null ? 1 : 2)
                .thenComparing(r -> r.lacks().size() + r.missing().size()).thenComparing(Readiness::enterprise));
        return all;
    }

    @Transactional(readOnly = true)
    public Readiness readiness(DataScope scope, String usccText, int year) {
        InnovationPoints.checkYear(year);
        String uscc = Uscc.of(usccText).value();
        Enterprise e = registry.find(scope, uscc).orElseThrow(() -> new NotFound("企业“" + uscc + "”不存在或不在您的数据范围内"));
        LocalDate end = LocalDate.of(year, 12, 31);
        boolean hnte = registry.qualifications(uscc).stream()
                .anyMatch(q -> q.type() == QualificationType.HIGH_TECH_ENTERPRISE && q.isValidOn(end));
        AnnualStatistics s = registry.statistics(uscc).stream().filter(x -> x.year() == year).findFirst().orElse(null);
        return readiness(HnteCriteria.forYear(criteria, year), uscc, e.name(), year, hnte, s);
    }

    private static Readiness readiness(HnteCriteria c, String uscc, String name, int year, boolean hnte, AnnualStatistics s) {
        HnteCriteria.Check check = s == null ? c.check(null, null, null, null, null)
                : c.check(s.revenue(), s.rdExpense(), s.highTechRevenue(), s.employees(), s.rdStaff());
        return new Readiness(uscc, name, year, hnte, s != null, check.criteria(), check.ready(), check.lacks(), check.missing(),
                c.source(), c.notChecked());
    }
}
