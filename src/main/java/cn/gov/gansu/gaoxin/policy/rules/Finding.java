package cn.gov.gansu.gaoxin.policy.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a rule found for one fact, with its trace: the rule, the terms used and the deciding step.
 * The Chinese reason and explanation are rendered from the trace when asked for, so the hot path
 * builds no text.
 *
 * @param fact        the fact assessed
 * @param rule        the rule that decided (its clause and text)
 * @param outcome     ELIGIBLE, INELIGIBLE or UNKNOWN
 * @param line        the award line, null when the fact is of a kind no line covers
 * @param beneficiary USCC or zone code
 * @param amountFen   the amount, {@link Fen#NONE} when none
 * @param amountType  the amount type of an ELIGIBLE finding
 * @param payableYear the year the money is due (0 when none)
 * @param terms       the parameters used (null when no line or none in force)
 * @param why         the deciding step of the trace
 * @param detail      the missing fact's name, the repeated fact or award, the zone reason, …
 * @param standing    where the unit stood on the event date (null for zone beneficiaries)
 */
public record Finding(Fact fact, Rule<?> rule, Outcome outcome, AwardLine line, String beneficiary, long amountFen,
        AmountType amountType, int payableYear, Terms terms, Why why, String detail, ZoneStanding standing) {

    public String clause() {
        return rule.clause();
    }

    public BigDecimal amountYuan() {
        return amountFen == Fen.NONE ? null : Fen.yuan(amountFen);
    }

    public String payer() {
        return outcome == Outcome.ELIGIBLE && terms != null ? terms.payer() : null;
    }

    public List<String> approvals() {
        return outcome == Outcome.ELIGIBLE && terms != null ? terms.approvals() : null;
    }

    /** Clause 10: introduced unicorns and gazelles have priority for provincial S&T plan projects. */
    public boolean priorityForProvincialPlans() {
        return outcome == Outcome.ELIGIBLE && line == AwardLine.INTRODUCED_UNICORN_OR_GAZELLE;
    }

    /** The Chinese reason of an INELIGIBLE or UNKNOWN finding (null when ELIGIBLE). */
    public String reason() {
        return outcome == Outcome.ELIGIBLE ? null : Reasons.reason(this);
    }

    /** The Chinese explanation: clause, quoted text, arithmetic, parameter versions; for INELIGIBLE what would change it. */
    public String explanation() {
        return Reasons.explanation(this);
    }

    public Finding withOutcome(Outcome o, Why w, String d) {
        return new Finding(fact, rule, o, line, beneficiary, o == Outcome.ELIGIBLE ? amountFen : Fen.NONE,
                o == Outcome.ELIGIBLE ? amountType : null, o == Outcome.ELIGIBLE ? payableYear : 0, terms, w, d, standing);
    }

    public static Finding eligible(Fact fact, Rule<?> rule, AwardLine line, String beneficiary, long amountFen,
            AmountType type, Terms terms, ZoneStanding standing) {
        return new Finding(fact, rule, Outcome.ELIGIBLE, line, beneficiary, amountFen, type,
                fact.date().getYear() + terms.payableYearOffset(), terms, Why.ELIGIBLE, null, standing);
    }

    public static Finding ineligible(Fact fact, Rule<?> rule, AwardLine line, String beneficiary, Terms terms, Why why,
            String detail, ZoneStanding standing) {
        return new Finding(fact, rule, Outcome.INELIGIBLE, line, beneficiary, Fen.NONE, null, 0, terms, why, detail,
                standing);
    }

    public static Finding unknown(Fact fact, Rule<?> rule, AwardLine line, String beneficiary, Terms terms,
            String missingFact, ZoneStanding standing) {
        return new Finding(fact, rule, Outcome.UNKNOWN, line, beneficiary, Fen.NONE, null, 0, terms, Why.MISSING_FACT,
                missingFact, standing);
    }
}
