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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 免申即享: when a registry records a fact, the same engine assesses it; each new ELIGIBLE finding is
 * stored as an entitlement (never twice) and offered as {@link EntitlementOffered}. Listeners run
 * after the recording transaction commits, in their own transaction (tracked by the Modulith event
 * publication registry); a nightly re-scan over the registries catches anything missed.
 */
@Component
class ProactiveDelivery {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProactiveDelivery.class);

    static final DataScope SYSTEM = new DataScope("system", Role.PROVINCE_ADMIN, null, null, null);

    private final PolicyParameters parameters;
    private final RegistryZones registry;
    private final Entitlements entitlements;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final ZoneDirectory zones;
    private final EnterpriseRegistry enterprises;
    private final PlatformTransactionManager transactions;

    ProactiveDelivery(PolicyParameters parameters, RegistryZones registry, Entitlements entitlements,
            ApplicationEventPublisher events, AuditTrail audit, ZoneDirectory zones, EnterpriseRegistry enterprises,
            PlatformTransactionManager transactions) {
        this.transactions = transactions;
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
        LineBudgets budgets = null;
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
                if (f.rule() instanceof cn.gov.gansu.gaoxin.policy.clauses.MatchingAward) {
                    if (entitlements.exists(Entitlements.onceKey(f))) {
                        continue;
                    }
                    budgets = budgets == null ? new LineBudgets(parameters.lineBudgets(), entitlements.offeredByLine()) : budgets;
                    if (!budgets.admit(f)) {
                        audit.recordAs("system", "MATCHING_BUDGET_EXHAUSTED", "POLICY_MATCHING_LINE", f.detail(), f.beneficiary()
                                + " 的配套奖补" + Fen.text(f.amountFen()) + "元超出该配套项目剩余预算，暂不提供（提高预算并经批准后由复核补发）");
                        continue;
                    }
                }
                var offered = entitlements.store(f, source, a.policyVersion());
                if (offered.isPresent()) {
                    created++;
                    EntitlementOffered o = offered.get();
                    audit.recordAs("system", "ENTITLEMENT_OFFERED", "ENTITLEMENT", o.entitlementId(), auditDetail(o, source));
                    events.publishEvent(o);
                }
            }
        }
        return new int[] {eligible, created};
    }

    /**
     * A matching line's budget of its own (配套预算): what the line has offered plus a new offer may
     * not exceed it; a line without a budget is not limited. An offer refused here is offered by a
     * later re-scan once an approved version raises the budget.
     */
    static final class LineBudgets {
        private final Map<String, Long> budgets;
        private final Map<String, Long> used;
        int refused;

        LineBudgets(Map<String, Long> budgets, Map<String, Long> used) {
            this.budgets = budgets;
            this.used = new java.util.HashMap<>(used);
        }

        boolean admit(Finding f) {
            if (!(f.rule() instanceof cn.gov.gansu.gaoxin.policy.clauses.MatchingAward) || f.amountFen() == Fen.NONE) {
                return true;
            }
            long budget = budgets.getOrDefault(f.detail(), Fen.NONE);
            if (budget == Fen.NONE) {
                return true;
            }
            long now = used.getOrDefault(f.detail(), 0L);
            if (now + f.amountFen() > budget) {
                refused++;
                return false;
            }
            used.put(f.detail(), now + f.amountFen());
            return true;
        }
    }

    /** Facts per chunk of a re-scan's reading: memory stays bounded. */
    static final int CHUNK = 10_000;

    /** New entitlements per write transaction of a re-scan (with their award cases and audit rows). */
    static final int WRITE = 5_000;

    /**
     * Re-assesses every registry fact and offers what is not yet held. The registries are read by streaming
     * queries, zones and memberships come from a snapshot, the held keys are loaded once; the new
     * entitlements are written in sets of {@link #WRITE}, each set one transaction: one JDBC batch of
     * INSERTs, its {@code ENTITLEMENT_OFFERED} audit rows as one batch, and one {@link EntitlementsOffered}
     * published inside the transaction, on which the award module opens their cases with batched
     * statements too — so a set's entitlements and cases commit together, and a re-scan is idempotent and
     * restartable. On a conflict (a concurrent writer stored one of the entitlements, or opened one of the
     * cases) the set is rolled back and written again row by row, each row in a transaction of its own;
     * a row that still fails is logged and left to the next re-scan.
     */
    RescanReport rescanNow() {
        return rescanWith(() -> {
        });
    }

    /** {@link #rescanNow}, running {@code beforeEachOffer} before each write transaction (tests: a concurrent writer). */
    RescanReport rescanWith(Runnable beforeEachOffer) {
        long started = System.nanoTime();
        long before = entitlements.count();
        // the read side: one read-only transaction, so PostgreSQL streams each query with its fetch size
        TransactionTemplate read = new TransactionTemplate(transactions);
        read.setReadOnly(true);
        Rescan scan = new Rescan(parameters.engine(), registry.snapshot(), beforeEachOffer);
        try {
            read.executeWithoutResult(s -> {
                scan.start(entitlements.heldKeys(), new LineBudgets(parameters.lineBudgets(), entitlements.offeredByLine()));
                forEachRegistryFact(scan::add);
                scan.flush();
            });
            scan.write();
            scan.finish();
        } finally {
            scan.writer.shutdownNow();
        }
        if (scan.budgets.refused > 0) {
            log.warn("免申即享复核：{}项配套奖补超出其配套项目预算，暂不提供", scan.budgets.refused);
        }
        if (scan.failed > 0) {
            log.error("免申即享复核：{}项新增权益写入失败（见上文错误），下次复核将再次提供", scan.failed);
        }
        log.info("免申即享复核：事实{}项，新增权益{}项；共{} ms，其中写入权益及审计{} ms，开立奖补案件{} ms，提交（含哈希链）{} ms",
                scan.facts, scan.created, (System.nanoTime() - started) / 1_000_000, scan.writing / 1_000_000,
                scan.opening / 1_000_000, scan.committing / 1_000_000);
        TransactionTemplate write = new TransactionTemplate(transactions);
        write.executeWithoutResult(s -> audit.recordAs("system", "POLICY_RESCAN", "POLICY", "rescan", "事实" + scan.facts
                + "项，符合条件" + scan.eligible + "项，新增权益" + scan.created + "项"
                + (scan.failed > 0 ? "，写入失败" + scan.failed + "项（下次复核再次提供）" : "")));
        return new RescanReport(scan.facts, scan.eligible, scan.created, scan.eligible - scan.created - scan.failed,
                before + scan.created);
    }

    /**
     * One re-scan's state: the facts of the current chunk, the new findings not yet written, the keys held
     * so far. The reading thread assesses; the sets are written on a thread of their own, in order, one at
     * a time, while the reading goes on (at most {@link #IN_FLIGHT} sets wait): PostgreSQL writes one set
     * while the JVM reads and assesses the next.
     */
    private final class Rescan {
        static final int IN_FLIGHT = 2;
        final PolicyEngine engine;
        final RegistryZones.Snapshot snapshot;
        java.util.Set<java.util.UUID> held;
        final java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "policy-rescan-writer");
            t.setDaemon(true);
            return t;
        });
        final java.util.ArrayDeque<java.util.concurrent.Future<?>> inFlight = new java.util.ArrayDeque<>();
        final List<Fact> chunk = new ArrayList<>(CHUNK);
        final java.util.Set<String> unplaced = new java.util.HashSet<>();
        final List<Finding> fresh = new ArrayList<>(WRITE);
        final TransactionTemplate tx;
        final Runnable beforeEachOffer;
        LineBudgets budgets;
        String version;
        int facts;
        long writing;
        long opening;
        long committing;
        int eligible;
        int created;
        int failed;

        Rescan(PolicyEngine engine, RegistryZones.Snapshot snapshot, Runnable beforeEachOffer) {
            this.beforeEachOffer = beforeEachOffer;
            this.engine = engine;
            this.snapshot = snapshot;
            this.tx = new TransactionTemplate(transactions);
            this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        }

        void start(java.util.Set<java.util.UUID> held, LineBudgets budgets) {
            this.held = held;
            this.budgets = budgets;
        }

        void add(Fact fact, String unplacedUnit) {
            chunk.add(fact);
            if (unplacedUnit != null) {
                unplaced.add(unplacedUnit);
            }
            if (chunk.size() >= CHUNK) {
                flush();
            }
        }

        /** Assesses the chunk read so far; writes the new findings once there are {@link #WRITE} of them. */
        void flush() {
            if (chunk.isEmpty()) {
                return;
            }
            facts += chunk.size();
            snapshot.load(unplaced);
            for (Fact fact : chunk) {
                PolicyEngine.Assessment a = engine.assess(List.of(fact), snapshot);
                version = a.policyVersion();
                List<Finding> all = new ArrayList<>(a.findings());
                all.addAll(a.matching());
                for (Finding f : all) {
                    if (f.outcome() != Outcome.ELIGIBLE) {
                        continue;
                    }
                    eligible++;
                    java.util.UUID key = Entitlements.uuidFor(Entitlements.onceKey(f));
                    if (!held.contains(key) && budgets.admit(f)) {
                        held.add(key);
                        fresh.add(f);
                    }
                }
            }
            chunk.clear();
            unplaced.clear();
            if (fresh.size() >= WRITE) {
                write();
            }
        }

        /** Hands the new findings not yet written to the writer, {@link #WRITE} per transaction. */
        void write() {
            while (!fresh.isEmpty()) {
                List<Finding> set = new ArrayList<>(fresh.subList(0, Math.min(WRITE, fresh.size())));
                fresh.subList(0, set.size()).clear();
                while (inFlight.size() >= IN_FLIGHT) {
                    await(inFlight.removeFirst());
                }
                String v = version;
                // the writer alone updates the counters; they are read after finish() (Future.get: happens-before)
                inFlight.add(writer.submit(() -> {
                    created += offer(set, v);
                }));
            }
        }

        /** Waits until every set is written; a failure of the writer is thrown here. */
        void finish() {
            while (!inFlight.isEmpty()) {
                await(inFlight.removeFirst());
            }
        }

        private void await(java.util.concurrent.Future<?> f) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("免申即享复核被中断", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        /** Stores and offers new findings in one transaction: as a set, or row by row after a conflict. */
        private int offer(List<Finding> set, String version) {
            beforeEachOffer.run();
            long[] marks = new long[3];
            try {
                long t = System.nanoTime();
                int n = tx.execute(s -> {
                    List<EntitlementOffered> offers = entitlements.insertAll(set, "RESCAN", version);
                    marks[0] = System.nanoTime();
                    announce(offers);
                    marks[1] = System.nanoTime();
                    return offers.size();
                });
                marks[2] = System.nanoTime();
                writing += marks[0] - t;
                opening += marks[1] - marks[0];
                committing += marks[2] - marks[1];
                return n;
            } catch (org.springframework.dao.DataAccessException conflict) {
                log.warn("免申即享复核：一批{}项新增权益写入冲突（{}），逐条重写", set.size(), conflict.getMostSpecificCause().getMessage());
                int n = 0;
                for (Finding f : set) {
                    try {
                        n += tx.execute(s -> {
                            var offer = entitlements.store(f, "RESCAN", version);
                            offer.ifPresent(o -> announce(List.of(o)));
                            return offer.isPresent() ? 1 : 0;
                        });
                    } catch (org.springframework.dao.DataAccessException e) {
                        failed++;
                        log.error("免申即享复核：权益 {}（{}，{}）写入失败，下次复核再次提供", Entitlements.onceKey(f), f.beneficiary(),
                                f.clause(), e);
                    }
                }
                return n;
            }
        }

        /** The set's audit rows (one batch) and its one event, on which the award module opens the cases in this transaction. */
        private void announce(List<EntitlementOffered> offers) {
            if (offers.isEmpty()) {
                return;
            }
            Map<String, String> details = new LinkedHashMap<>();
            for (EntitlementOffered o : offers) {
                details.put(o.entitlementId(), auditDetail(o, "RESCAN"));
            }
            audit.recordAllAs("system", "ENTITLEMENT_OFFERED", "ENTITLEMENT", details);
            events.publishEvent(new EntitlementsOffered(offers));
        }
    }

    static String auditDetail(EntitlementOffered o, String source) {
        return o.beneficiary() + " " + o.line() + " " + (o.amountYuan() == null ? "金额待定" : o.amountYuan().toPlainString() + "元")
                + "（" + source + "）";
    }

    /** Every fact the registries hold (events within [from, to] when given), in registry order. */
    List<Fact> registryFacts(LocalDate from, LocalDate to) {
        List<Fact> facts = new ArrayList<>();
        forEachRegistryFact((f, unit) -> {
            if (from == null && to == null || f.date() != null && (from == null || !f.date().isBefore(from))
                    && (to == null || !f.date().isAfter(to))) {
                facts.add(f);
            }
        });
        return facts;
    }

    /**
     * Streams every fact the registries hold: qualifications, national projects and introductions (each
     * one streaming query, ordered by enterprise), then the zones' recognitions and approvals. With each
     * fact comes the unit whose registered zone the engine may ask for (the fact names no zone), or null.
     */
    void forEachRegistryFact(java.util.function.BiConsumer<Fact, String> sink) {
        enterprises.forEachQualificationOfAll(q -> sink.accept(qualification("q" + q.id(), q.uscc(), q.zone(), q.type().name(),
                q.recognition().name(), q.recognisedOn(), q.certificate()), q.zone() == null ? q.uscc() : null));
        enterprises.forEachNationalProjectOfAll((uscc, p) -> sink.accept(project(uscc, null, p.programme(), p.project(),
                p.fundingLandedYuan() == null ? null : new java.math.BigDecimal(p.fundingLandedYuan()), p.date()), uscc));
        enterprises.forEachIntroductionOfAll(e -> sink.accept(new Fact.EnterpriseIntroduced("introduction-" + e.uscc(), e.uscc(), null,
                Fact.Category.valueOf(e.introducedCategory().name()), e.introducedOn()), e.uscc()));
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
                    sink.accept(new Fact.ZoneRecognised("zone-recognised-" + z.code(), z.code(), "PROVINCIAL", c.validFrom()), null);
                } else if (i > 0 && c.status() == ZoneStatus.NATIONAL && history.get(i - 1).status() != ZoneStatus.NATIONAL) {
                    sink.accept(new Fact.ZoneApprovedNational("zone-national-" + z.code(), z.code(), c.validFrom()), null);
                }
            }
        }
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
