package cn.gov.gansu.gaoxin.policy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.policy.clauses.MatchingAward;
import cn.gov.gansu.gaoxin.policy.engine.CompiledPolicy;
import cn.gov.gansu.gaoxin.policy.engine.ParameterCatalogue;
import cn.gov.gansu.gaoxin.policy.engine.PolicyEngine;
import cn.gov.gansu.gaoxin.policy.engine.ZoneRegistry;
import cn.gov.gansu.gaoxin.policy.rules.AwardLine;
import cn.gov.gansu.gaoxin.policy.rules.Fact;
import cn.gov.gansu.gaoxin.policy.rules.Fen;
import cn.gov.gansu.gaoxin.policy.rules.Finding;
import cn.gov.gansu.gaoxin.policy.rules.Outcome;
import cn.gov.gansu.gaoxin.policy.rules.ZoneStanding;

/**
 * Benchmark (issue 14 item 2): the whole assessment path as the 免申即享 re-scan runs it
 * ({@code ProactiveDelivery.Rescan.flush}) — per fact {@code engine.assess(List.of(fact), snapshot)}: zone standing
 * from the unit's membership history ({@link EnterpriseRegistry#zoneOn(List, LocalDate)}, as the re-scan's snapshot
 * answers it), once-only keys, matching (配套) lines of a zone and a city, then for each ELIGIBLE finding its
 * entitlement key ({@code Entitlements.onceKey} → {@code idFor} → UUID) checked against the keys already held —
 * printed beside the engine-only figure ({@code assessOne} with the standing computed beforehand, as
 * {@code policy.bench.AwardEngineBench}), on one thread, same facts. The database reads and writes of the re-scan are
 * not in it (RescanBench measures those). Chinese reasons and explanations are built only when read
 * ({@link Finding#explanation()}): the third line prints what building them for every finding would add.
 *
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=cn.gov.gansu.gaoxin.policy.AssessPathBench -Dexec.args="1000000 3"</pre>
 * Arguments: facts (default 1,000,000), timed repetitions (3; the best is printed).
 */
public final class AssessPathBench {

    static final LocalDate DATE = LocalDate.of(2025, 6, 1);

    private AssessPathBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<MatchingAward.Line> lines = List.of(
                new MatchingAward.Line("LZ-HNTE", "lanzhou", "ZONE", AwardLine.NEW_HIGH_TECH_ENTERPRISE, new BigDecimal("0.5"),
                        Fen.NONE, null, null, "基准测试：兰州高新区配套", "bench-1"),
                new MatchingAward.Line("LZC-NP", "lanzhou-city", "CITY", AwardLine.NATIONAL_PROJECT, new BigDecimal("0.3"),
                        Fen.NONE, null, null, "基准测试：兰州市配套", "bench-1", Fen.of(new BigDecimal("500000.00"))));
        PolicyEngine engine;
        try (InputStream in = AssessPathBench.class.getResourceAsStream("/policy/gansu-2023/parameters.yaml")) {
            engine = new PolicyEngine(new CompiledPolicy(ParameterCatalogue.load(in), Instant.now()), lines);
        }
        // the facts of the re-scan name no zone: the unit's zone comes from its membership history
        Random r = new Random(42);
        Fact[] facts = new Fact[n];
        Map<String, List<EnterpriseRegistry.Membership>> stays = new HashMap<>();
        Set<UUID> held = new HashSet<>();
        ZoneStanding[] standings = new ZoneStanding[n];
        String[] granted = new String[n];
        ZoneStanding inZone = ZoneStanding.in("lanzhou", "lanzhou", "lanzhou-city");
        for (int i = 0; i < n; i++) {
            String unit = String.format(Locale.ROOT, "91620100MA%08d", i);
            double u = r.nextDouble();
            if (u < 0.40) {
                double q = r.nextDouble();
                Fact.Qualification qual = q < 0.50 ? Fact.Qualification.HIGH_TECH_ENTERPRISE
                        : q < 0.80 ? Fact.Qualification.PROVINCIAL_INNOVATIVE_ENTERPRISE : Fact.Qualification.TECH_SME;
                double rr = r.nextDouble();
                Fact.Recognition rec = rr < 0.80 ? Fact.Recognition.FIRST : rr < 0.95 ? Fact.Recognition.RENEWAL
                        : Fact.Recognition.TRANSFERRED_IN;
                facts[i] = new Fact.QualificationRecognised("q" + i, unit, null, qual, rec, DATE);
            } else if (u < 0.80) {
                double p = r.nextDouble();
                String programme = p < 0.45 ? "KEY_RD" : p < 0.90 ? "MAJOR_SPECIAL" : "OTHER";
                boolean missing = r.nextDouble() < 0.05;
                long fen = missing ? 0 : Fen.of(BigDecimal.valueOf((long) (r.nextDouble() * 5_000_000_001L), 2));
                facts[i] = new Fact.NationalProjectWon("p" + i, unit, null, Fact.Programme.parse(programme), programme, "P" + i, fen,
                        !missing, DATE);
            } else {
                facts[i] = new Fact.EnterpriseIntroduced("i" + i, unit, null, Fact.Category.GAZELLE, DATE);
            }
            boolean member = r.nextDouble() < 0.95;
            if (member) {
                stays.put(unit, List.of(new EnterpriseRegistry.Membership("lanzhou", LocalDate.of(2015, 1, 1), null, "入驻")));
            }
            standings[i] = member ? inZone : ZoneStanding.none(null, "该单位在事件日期不在任何高新区内");
            if (r.nextDouble() < 0.05) {
                granted[i] = "基准测试：同一奖励已发放";
            }
        }
        ZoneRegistry snapshot = new ZoneRegistry() {
            final ZoneRegistry.KnownZone lanzhou = new ZoneRegistry.KnownZone("lanzhou", null, "lanzhou-city", LocalDate.of(1991, 3, 6), null);

            @Override
            public KnownZone find(String code) {
                return "lanzhou".equals(code) ? lanzhou : null;
            }

            @Override
            public String zoneOfUnit(String uscc, LocalDate date) {
                return EnterpriseRegistry.zoneOn(stays.get(uscc), date).orElse(null);
            }

            @Override
            public boolean isRegistered(String uscc) {
                return true;
            }
        };
        // once-only against earlier grants: in the re-scan, an entitlement already held (5 % of the facts)
        for (int i = 0; i < n; i++) {
            if (granted[i] != null) {
                for (Finding f : all(engine.assess(List.of(facts[i]), snapshot))) {
                    if (f.outcome() == Outcome.ELIGIBLE) {
                        held.add(UUID.fromString(Entitlements.idFor(Entitlements.onceKey(f))));
                    }
                }
            }
        }

        long[] engineOnly = new long[4];
        long[] whole = new long[4];
        for (int w = 0; w < 3; w++) { // warm-up
            engineOnly(engine, facts, standings, granted, Math.min(n, 200_000), engineOnly);
            whole(engine, snapshot, facts, held, Math.min(n, 200_000), whole);
        }
        double best1 = Double.MAX_VALUE;
        double best2 = Double.MAX_VALUE;
        for (int rep = 0; rep < reps; rep++) {
            long t = System.nanoTime();
            engineOnly(engine, facts, standings, granted, n, engineOnly);
            best1 = Math.min(best1, (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            whole(engine, snapshot, facts, held, n, whole);
            best2 = Math.min(best2, (System.nanoTime() - t) / 1e9);
        }
        System.out.printf(Locale.ROOT, "%,d facts, one thread, best of %d:%n", n, reps);
        System.out.printf(Locale.ROOT, "  engine only (assessOne, standing given)      : %.3f s = %,12.0f facts/s  eligible %,d, sum %s yuan%n",
                best1, n / best1, engineOnly[0], Fen.text(engineOnly[1]));
        System.out.printf(Locale.ROOT, "  whole path (assess + matching + keys + held) : %.3f s = %,12.0f facts/s  eligible %,d "
                + "(new %,d, matching %,d), provincial sum %s yuan%n", best2, n / best2, whole[0], whole[2], whole[3], Fen.text(whole[1]));
        int m = Math.min(n, 200_000);
        long t = System.nanoTime();
        long chars = 0;
        for (int i = 0; i < m; i++) {
            for (Finding f : all(engine.assess(List.of(facts[i]), snapshot))) {
                chars += f.explanation().length();
                String reason = f.reason();
                chars += reason == null ? 0 : reason.length();
            }
        }
        double s3 = (System.nanoTime() - t) / 1e9;
        System.out.printf(Locale.ROOT, "  whole path + every explanation built (first %,d facts): %.3f s = %,.0f facts/s (%,d chars) "
                + "— the cost the lazy explanation avoids%n", m, s3, m / s3, chars);
        System.exit(0);
    }

    private static List<Finding> all(PolicyEngine.Assessment a) {
        if (a.matching().isEmpty()) {
            return a.findings();
        }
        List<Finding> out = new java.util.ArrayList<>(a.findings());
        out.addAll(a.matching());
        return out;
    }

    static void engineOnly(PolicyEngine engine, Fact[] facts, ZoneStanding[] standings, String[] granted, int n, long[] sums) {
        long eligible = 0;
        long fen = 0;
        for (int i = 0; i < n; i++) {
            Finding f = engine.assessOne(facts[i], standings[i], granted[i]);
            if (f != null && f.outcome() == Outcome.ELIGIBLE) {
                eligible++;
                if (f.amountFen() != Fen.NONE) {
                    fen += f.amountFen();
                }
            }
        }
        sums[0] = eligible;
        sums[1] = fen;
    }

    static void whole(PolicyEngine engine, ZoneRegistry snapshot, Fact[] facts, Set<UUID> held, int n, long[] sums) {
        long eligible = 0;
        long fen = 0;
        long fresh = 0;
        long matching = 0;
        for (int i = 0; i < n; i++) {
            PolicyEngine.Assessment a = engine.assess(List.of(facts[i]), snapshot);
            for (Finding f : all(a)) {
                if (f.outcome() != Outcome.ELIGIBLE) {
                    continue;
                }
                eligible++;
                if (f.rule() instanceof MatchingAward) {
                    matching++;
                } else if (f.amountFen() != Fen.NONE) {
                    fen += f.amountFen();
                }
                UUID key = UUID.fromString(Entitlements.idFor(Entitlements.onceKey(f)));
                if (!held.contains(key)) {
                    fresh++;
                }
            }
        }
        sums[0] = eligible;
        sums[1] = fen;
        sums[2] = fresh;
        sums[3] = matching;
    }
}
