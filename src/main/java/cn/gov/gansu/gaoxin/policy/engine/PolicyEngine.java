package cn.gov.gansu.gaoxin.policy.engine;

import java.time.LocalDate;
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
import cn.gov.gansu.gaoxin.policy.rules.AmountType;
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
            // the effective date of the version of policy.effectiveFrom in force on the fact's own date
            LocalDate effective = policy.effectiveFrom(fact.date());
            return effective == null
                    ? Finding.ineligible(fact, rule, line, null, null, Why.POLICY_NOT_IN_FORCE, null, standing)
                    : Finding.ineligible(fact, rule, line, null, null, Why.BEFORE_EFFECTIVE_DATE, effective.toString(), standing);
        }
        Terms terms = null;
        if (line != null) {
            terms = policy.terms(line, fact.date());
            if (terms == null) {
                return Finding.ineligible(fact, rule, line, null, null, Why.LINE_NOT_IN_FORCE, null, standing);
            }
        }
        Finding f = rule.assess(fact, terms, standing);
        if (f.outcome() == Outcome.ELIGIBLE && f.amountFen() == Fen.NONE && f.amountType() != AmountType.TO_BE_DECIDED
                && f.amountType() != AmountType.MINIMUM) {
            // a FIXED (or CAPPED) line without its amount: never an amount the approver types (SPEC reading 8)
            f = f.withOutcome(Outcome.UNKNOWN, Why.AMOUNT_NOT_SET, f.line() == null ? "amountYuan"
                    : f.line().name() + ".amountYuan（" + f.line().chineseName() + "的奖补金额参数）");
        }
        if (alreadyGranted != null && f.outcome() != Outcome.INELIGIBLE) {
            return f.withOutcome(Outcome.INELIGIBLE, Why.ALREADY_GRANTED, alreadyGranted);
        }
        return f;
    }

    /** Assesses facts together; findings in the order of the facts, matching findings after. */
    public Assessment assess(List<Fact> facts, ZoneRegistry registry) {
        ZoneView zones = new ZoneView(facts, registry);
        Map<String, String> granted = new HashMap<>();
        Map<String, List<Fact.AwardAlreadyGranted>> yearless = new HashMap<>();
        for (Fact f : facts) {
            if (f instanceof Fact.AwardAlreadyGranted g && g.beneficiary() != null && g.line() != null) {
                String base = g.beneficiary() + "|" + g.line();
                String label = "事实“" + g.id() + "”" + (g.year() == null ? "" : "：" + g.year() + "年度")
                        + (g.date() == null ? "" : "：" + g.date() + "已获得");
                granted.putIfAbsent(base + (g.project() == null ? "" : "|P" + g.project()), label);
                if (g.year() != null) {
                    granted.putIfAbsent(base + "|Y" + g.year(), label);
                } else {
                    yearless.computeIfAbsent(base, k -> new ArrayList<>()).add(g);
                }
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
            String key = f.outcome() != Outcome.INELIGIBLE && f.line() != null && f.beneficiary() != null ? onceKey(f) : null;
            if (key != null) {
                String base = f.beneficiary() + "|" + f.line();
                boolean perYear = f.terms() != null && f.terms().oncePer() == OncePer.YEAR;
                String g = granted.get(key);
                if (g == null && !perYear) {
                    g = granted.get(base);
                }
                if (g != null) {
                    f = f.withOutcome(Outcome.INELIGIBLE, Why.ALREADY_GRANTED, g);
                } else if (claimed.containsKey(key)) {
                    f = f.withOutcome(Outcome.INELIGIBLE, Why.REPEATS_FACT, claimed.get(key));
                } else {
                    claimed.put(key, fact.id());
                    String unplaced = perYear ? yearlessGrantCovering(yearless.get(base), yearOf(f)) : null;
                    if (unplaced != null && f.outcome() == Outcome.ELIGIBLE) {
                        f = f.withOutcome(Outcome.UNKNOWN, Why.MISSING_FACT, unplaced);
                    }
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

    /**
     * The key under which an award is once only (SPEC reading 4; per project for clause 5, per year for
     * 20), or null when a per-year award does not say its year (it is then UNKNOWN, never keyed by a guess).
     */
    public static String onceKey(Finding f) {
        OncePer per = f.terms() == null ? OncePer.BENEFICIARY : f.terms().oncePer();
        String base = f.beneficiary() + "|" + f.line();
        return switch (per) {
            case BENEFICIARY -> base;
            case PROJECT -> base + "|P" + (f.fact() instanceof Fact.NationalProjectWon p ? p.project() : "");
            case YEAR -> {
                Integer year = yearOf(f);
                yield year == null ? null : base + "|Y" + year;
            }
        };
    }

    /** The year a per-year award is for: the evaluated year (clause 20), else the event's year. */
    static Integer yearOf(Finding f) {
        return f.fact() instanceof Fact.EvaluationRewarded e ? e.evaluationYear() : f.fact().date().getYear();
    }

    /**
     * A recorded grant of a per-year line that names no year could be the award of {@code year} only
     * if it was granted in a later year (a year's reward follows the year): then which year it paid is
     * unknown, and the finding says so (UNKNOWN naming the grant); a grant dated in or before the year
     * cannot have paid it and blocks nothing. Answers the missing fact's name, or null.
     */
    private static String yearlessGrantCovering(List<Fact.AwardAlreadyGranted> grants, Integer year) {
        if (grants == null || year == null) {
            return null;
        }
        for (Fact.AwardAlreadyGranted g : grants) {
            if (g.date() == null || g.date().getYear() > year) {
                return "year（已获奖励事实“" + g.id() + "”" + (g.date() == null ? "既无日期也" : "于" + g.date() + "获得，但")
                        + "未注明所奖励的评价年度，无法判断是否已奖励过" + year + "年度）";
            }
        }
        return null;
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
            // clause 20: judged for the evaluated year (and on the reward date); the reward date alone when the year is missing
            return e.evaluationYear() == null ? zones.standing(e.zone(), e.date(), 0)
                    : zones.standingForYear(e.zone(), e.evaluationYear(), e.date());
        }
        return null;
    }

    /** The result of assessing facts together. */
    public record Assessment(String policyVersion, List<Finding> findings, List<Finding> matching) {
    }
}
