package cn.gov.gansu.gaoxin.policy.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.policy.clauses.EvaluationTopRankReward;
import cn.gov.gansu.gaoxin.policy.clauses.InnovativeEnterpriseAward;
import cn.gov.gansu.gaoxin.policy.clauses.MatchingAward;
import cn.gov.gansu.gaoxin.policy.clauses.NationalProjectReward;
import cn.gov.gansu.gaoxin.policy.clauses.NewNationalZoneAward;
import cn.gov.gansu.gaoxin.policy.clauses.NewProvincialZoneAward;
import cn.gov.gansu.gaoxin.policy.rules.AwardLine;
import cn.gov.gansu.gaoxin.policy.rules.Fact;
import cn.gov.gansu.gaoxin.policy.rules.FactType;
import cn.gov.gansu.gaoxin.policy.rules.Fen;
import cn.gov.gansu.gaoxin.policy.rules.Finding;
import cn.gov.gansu.gaoxin.policy.rules.OncePer;
import cn.gov.gansu.gaoxin.policy.rules.Outcome;
import cn.gov.gansu.gaoxin.policy.rules.Rule;
import cn.gov.gansu.gaoxin.policy.rules.Terms;
import cn.gov.gansu.gaoxin.policy.rules.Why;
import cn.gov.gansu.gaoxin.policy.rules.ZoneStanding;

/**
 * Rules as code: facts in, findings out. Immutable and thread-safe; build one per compiled policy
 * and reuse it. {@link #assessOne} is the hot path (no text, no maps); {@link #assess} assesses facts
 * together (zones described by facts, one-time awards across facts and against earlier grants).
 */
public final class PolicyEngine {

    /** Every rule, for coverage and the build's clause checks. */
    public static final List<Rule<?>> RULES = List.of(new NewNationalZoneAward(), new NewProvincialZoneAward(),
            new NationalProjectReward(), InnovativeEnterpriseAward.QUALIFICATION, InnovativeEnterpriseAward.INTRODUCTION,
            new EvaluationTopRankReward());
    public static final MatchingAward MATCHING = new MatchingAward();

    private final CompiledPolicy policy;
    private final Rule<?>[] byType = new Rule<?>[FactType.values().length];
    private final String effectiveFromText;
    private final List<MatchingAward.Line> matchingLines;

    public PolicyEngine(CompiledPolicy policy) {
        this(policy, List.of());
    }

    public PolicyEngine(CompiledPolicy policy, List<MatchingAward.Line> matchingLines) {
        this.policy = policy;
        this.matchingLines = List.copyOf(matchingLines);
        for (Rule<?> r : RULES) {
            byType[r.factType().ordinal()] = r;
        }
        this.effectiveFromText = policy.effectiveFrom().toString();
    }

    public CompiledPolicy policy() {
        return policy;
    }

    public String version() {
        return policy.version();
    }

    /** Whether a fact of this type can give rise to an award (and so gets a finding). */
    public boolean assesses(FactType type) {
        return byType[type.ordinal()] != null;
    }

    /**
     * Assesses one fact given where its unit stood and whether the same award was already granted
     * (the detail of that grant, or null). Returns null for a fact that gets no finding.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Finding assessOne(Fact fact, ZoneStanding standing, String alreadyGranted) {
        Rule rule = byType[fact.type().ordinal()];
        if (rule == null) {
            return null;
        }
        if (fact.date() == null) {
            return Finding.unknown(fact, rule, rule.lineFor(fact), null, null, "date（事件日期）", standing);
        }
        AwardLine line = rule.lineFor(fact);
        if (!policy.inEffect(fact.date())) {
            return Finding.ineligible(fact, rule, line, null, null, Why.BEFORE_EFFECTIVE_DATE, effectiveFromText, standing);
        }
        Terms terms = null;
        if (line != null) {
            terms = policy.terms(line, fact.date());
            if (terms == null) {
                return Finding.ineligible(fact, rule, line, null, null, Why.LINE_NOT_IN_FORCE, null, standing);
            }
        }
        Finding f = rule.assess(fact, terms, standing);
        if (alreadyGranted != null && f.outcome() != Outcome.INELIGIBLE) {
            return f.withOutcome(Outcome.INELIGIBLE, Why.ALREADY_GRANTED, alreadyGranted);
        }
        return f;
    }

    /** Assesses facts together; findings in the order of the facts, matching findings after. */
    public Assessment assess(List<Fact> facts, ZoneRegistry registry) {
        ZoneView zones = new ZoneView(facts, registry);
        Map<String, String> granted = new HashMap<>();
        for (Fact f : facts) {
            if (f instanceof Fact.AwardAlreadyGranted g && g.beneficiary() != null && g.line() != null) {
                String key = g.beneficiary() + "|" + g.line() + (g.project() == null ? "" : "|P" + g.project());
                granted.putIfAbsent(key, "事实“" + g.id() + "”" + (g.date() == null ? "" : "：" + g.date() + "已获得"));
            }
        }
        Integer[] order = new Integer[facts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            var da = facts.get(a).date();
            var db = facts.get(b).date();
            if (da == null || db == null) {
                return da == db ? Integer.compare(a, b) : da == null ? 1 : -1;
            }
            int c = da.compareTo(db);
            return c != 0 ? c : Integer.compare(a, b);
        });
        Finding[] out = new Finding[facts.size()];
        Map<String, String> claimed = new HashMap<>();
        for (int i : order) {
            Fact fact = facts.get(i);
            if (!assesses(fact.type())) {
                continue;
            }
            ZoneStanding standing = fact.date() == null ? null : standingOf(fact, zones);
            Finding f = assessOne(fact, standing, null);
            if (f.outcome() != Outcome.INELIGIBLE && f.line() != null && f.beneficiary() != null) {
                String key = onceKey(f);
                String g = granted.get(key);
                if (g == null) {
                    g = granted.get(f.beneficiary() + "|" + f.line());
                }
                if (g != null) {
                    f = f.withOutcome(Outcome.INELIGIBLE, Why.ALREADY_GRANTED, g);
                } else if (claimed.containsKey(key)) {
                    f = f.withOutcome(Outcome.INELIGIBLE, Why.REPEATS_FACT, claimed.get(key));
                } else {
                    claimed.put(key, fact.id());
                }
            }
            out[i] = f;
        }
        List<Finding> findings = new ArrayList<>();
        List<Finding> matching = new ArrayList<>();
        for (Finding f : out) {
            if (f == null) {
                continue;
            }
            findings.add(f);
            if (f.outcome() == Outcome.ELIGIBLE && f.amountFen() != Fen.NONE) {
                for (MatchingAward.Line m : matchingLines) {
                    if (m.covers(f)) {
                        matching.add(MATCHING.assess(f, m));
                    }
                }
            }
        }
        return new Assessment(policy.version(), List.copyOf(findings), List.copyOf(matching));
    }

    /** The key under which an award is once only (SPEC reading 4; per project for clause 5, per year for 20). */
    public static String onceKey(Finding f) {
        OncePer per = f.terms() == null ? OncePer.BENEFICIARY : f.terms().oncePer();
        String base = f.beneficiary() + "|" + f.line();
        return switch (per) {
            case BENEFICIARY -> base;
            case PROJECT -> base + "|P" + (f.fact() instanceof Fact.NationalProjectWon p ? p.project() : "");
            case YEAR -> base + "|Y" + (f.fact() instanceof Fact.EvaluationRewarded e ? e.evaluationYear()
                    : f.fact().date().getYear());
        };
    }

    private static ZoneStanding standingOf(Fact fact, ZoneView zones) {
        if (fact instanceof Fact.NationalProjectWon p) {
            return zones.unitStanding(p.zone(), p.unit(), p.date());
        }
        if (fact instanceof Fact.QualificationRecognised q) {
            return zones.unitStanding(q.zone(), q.enterprise(), q.date());
        }
        if (fact instanceof Fact.EnterpriseIntroduced e) {
            return zones.unitStanding(e.zone(), e.enterprise(), e.date());
        }
        if (fact instanceof Fact.EvaluationRewarded e && e.zone() != null) {
            return zones.standing(e.zone(), e.date(), 0);
        }
        return null;
    }

    /** The result of assessing facts together. */
    public record Assessment(String policyVersion, List<Finding> findings, List<Finding> matching) {
    }
}
