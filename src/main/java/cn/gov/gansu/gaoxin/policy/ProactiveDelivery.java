package cn.gov.gansu.gaoxin.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.enterprise.EnterpriseIntroduced;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.enterprise.NationalProjectWon;
import cn.gov.gansu.gaoxin.enterprise.QualificationRecognised;
import cn.gov.gansu.gaoxin.evaluation.EvaluationPublished;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.policy.engine.PolicyEngine;
import cn.gov.gansu.gaoxin.policy.rules.Fact;
import cn.gov.gansu.gaoxin.policy.rules.Fen;
import cn.gov.gansu.gaoxin.policy.rules.Finding;
import cn.gov.gansu.gaoxin.policy.rules.Outcome;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneApprovedNational;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import cn.gov.gansu.gaoxin.zone.ZoneRecognised;
import cn.gov.gansu.gaoxin.zone.ZoneStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * 免申即享: when a registry records a fact, the same engine assesses it; each new ELIGIBLE finding is
 * stored as an entitlement (never twice) and offered as {@link EntitlementOffered}. Listeners run
 * after the recording transaction commits, in their own transaction (tracked by the Modulith event
 * publication registry); a nightly re-scan over the registries catches anything missed.
 */
@Component
class ProactiveDelivery {

    static final DataScope SYSTEM = new DataScope("system", Role.PROVINCE_ADMIN, null, null, null);

    private final PolicyParameters parameters;
    private final RegistryZones registry;
    private final Entitlements entitlements;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final ZoneDirectory zones;
    private final EnterpriseRegistry enterprises;

    ProactiveDelivery(PolicyParameters parameters, RegistryZones registry, Entitlements entitlements,
            ApplicationEventPublisher events, AuditTrail audit, ZoneDirectory zones, EnterpriseRegistry enterprises) {
        this.parameters = parameters;
        this.registry = registry;
        this.entitlements = entitlements;
        this.events = events;
        this.audit = audit;
        this.zones = zones;
        this.enterprises = enterprises;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(QualificationRecognised e) {
        deliver(List.of(qualification("event", e.uscc(), e.zone(), e.qualification().name(), e.recognition().name(),
                e.date(), e.certificate())), "EVENT");
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(EnterpriseIntroduced e) {
        deliver(List.of(new Fact.EnterpriseIntroduced("introduction-" + e.uscc(), e.uscc(), e.zone(),
                Fact.Category.valueOf(e.category().name()), e.date())), "EVENT");
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(NationalProjectWon e) {
        deliver(List.of(project(e.uscc(), e.zone(), e.programme(), e.project(), e.fundingLandedYuan(), e.date())), "EVENT");
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ZoneRecognised e) {
        deliver(List.of(new Fact.ZoneRecognised("zone-recognised-" + e.zone(), e.zone(), e.level().name(), e.date())), "EVENT");
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ZoneApprovedNational e) {
        deliver(List.of(new Fact.ZoneApprovedNational("zone-national-" + e.zone(), e.zone(), e.date())), "EVENT");
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(EvaluationPublished e) {
        deliver(evaluationFacts(e), "EVENT");
    }

    static List<Fact> evaluationFacts(EvaluationPublished e) {
        List<Fact> facts = new ArrayList<>();
        for (EvaluationPublished.Result r : e.results()) {
            if (r.consequences() != null && r.consequences().contains("REWARD")) {
                facts.add(new Fact.EvaluationRewarded("evaluation-" + e.year() + "-" + r.zone(), r.zone(), e.year(), r.rank(),
                        e.publishedOn()));
            }
        }
        return facts;
    }

    /** Assesses facts one by one and offers every new ELIGIBLE finding; answers [eligible, created]. */
    int[] deliver(List<Fact> facts, String source) {
        PolicyEngine engine = parameters.engine();
        int eligible = 0;
        int created = 0;
        for (Fact fact : facts) {
            PolicyEngine.Assessment a = engine.assess(List.of(fact), registry);
            List<Finding> all = new ArrayList<>(a.findings());
            all.addAll(a.matching());
            for (Finding f : all) {
                if (f.outcome() != Outcome.ELIGIBLE) {
                    continue;
                }
                eligible++;
                var offered = entitlements.store(f, source, a.policyVersion());
                if (offered.isPresent()) {
                    created++;
                    EntitlementOffered o = offered.get();
                    audit.recordAs("system", "ENTITLEMENT_OFFERED", "ENTITLEMENT", o.entitlementId(), o.beneficiary() + " "
                            + o.line() + " " + (o.amountYuan() == null ? "金额待定" : o.amountYuan().toPlainString() + "元") + "（" + source + "）");
                    events.publishEvent(o);
                }
            }
        }
        return new int[] {eligible, created};
    }

    @Transactional
    RescanReport rescanNow() {
        List<Fact> facts = registryFacts(null, null);
        long before = entitlements.count();
        int[] counts = deliver(facts, "RESCAN");
        audit.recordAs("system", "POLICY_RESCAN", "POLICY", "rescan", "事实" + facts.size() + "项，符合条件" + counts[0]
                + "项，新增权益" + counts[1] + "项");
        return new RescanReport(facts.size(), counts[0], counts[1], counts[0] - counts[1], before + counts[1]);
    }

    /** Every fact the registries hold (events within [from, to] when given), in registry order. */
    List<Fact> registryFacts(LocalDate from, LocalDate to) {
        List<Fact> facts = new ArrayList<>();
        List<String> usccs = new ArrayList<>();
        enterprises.forEach(SYSTEM, new EnterpriseRegistry.Filter(null, null, null, null, null), e -> usccs.add(e.uscc()));
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (String uscc : usccs) {
            if (seen.put(uscc, true) != null) {
                continue;
            }
            for (var q : enterprises.qualifications(uscc)) {
                facts.add(qualification("q" + q.id(), uscc, q.zone(), q.type().name(), q.recognition().name(), q.recognisedOn(),
                        q.certificate()));
            }
            for (var p : enterprises.nationalProjects(uscc)) {
                facts.add(project(uscc, null, p.programme(), p.project(),
                        p.fundingLandedYuan() == null ? null : new java.math.BigDecimal(p.fundingLandedYuan()), p.date()));
            }
            var e = enterprises.findUnscoped(uscc).orElse(null);
            if (e != null && e.introducedCategory() != null && e.introducedOn() != null) {
                facts.add(new Fact.EnterpriseIntroduced("introduction-" + uscc, uscc, null,
                        Fact.Category.valueOf(e.introducedCategory().name()), e.introducedOn()));
            }
        }
        for (Zone z : zones.list(SYSTEM, null, null, null)) {
            if (z.parentZone() != null) {
                continue;
            }
            List<ZoneDirectory.StatusChange> history = zones.history(z.code());
            for (int i = 0; i < history.size(); i++) {
                ZoneDirectory.StatusChange c = history.get(i);
                if (c.validFrom() == null) {
                    continue;
                }
                if (i == 0 && c.status() == ZoneStatus.PROVINCIAL) {
                    facts.add(new Fact.ZoneRecognised("zone-recognised-" + z.code(), z.code(), "PROVINCIAL", c.validFrom()));
                } else if (i > 0 && c.status() == ZoneStatus.NATIONAL && history.get(i - 1).status() != ZoneStatus.NATIONAL) {
                    facts.add(new Fact.ZoneApprovedNational("zone-national-" + z.code(), z.code(), c.validFrom()));
                }
            }
        }
        if (from == null && to == null) {
            return facts;
        }
        return facts.stream().filter(f -> f.date() != null && (from == null || !f.date().isBefore(from))
                && (to == null || !f.date().isAfter(to))).toList();
    }

    private static Fact qualification(String id, String uscc, String zone, String type, String recognition, LocalDate date,
            String certificate) {
        return new Fact.QualificationRecognised((certificate == null ? id : "qualification-" + certificate), uscc, zone,
                Fact.Qualification.valueOf(type), Fact.Recognition.valueOf(recognition), date);
    }

    private static Fact project(String uscc, String zone, String programme, String project, java.math.BigDecimal landed,
            LocalDate date) {
        return new Fact.NationalProjectWon("project-" + project, uscc, zone, Fact.Programme.parse(programme), programme, project,
                landed == null ? 0 : Fen.of(landed), landed != null, date);
    }

    /** What a re-scan did. */
    record RescanReport(int factsScanned, int eligible, int created, int alreadyOffered, long entitlementsTotal) {
    }
}
