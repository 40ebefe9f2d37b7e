package cn.gov.gansu.gaoxin.policy.rules;

/**
 * One clause as code: it names its clause and quotes its text, picks the award line a fact falls
 * under, and assesses the fact against the terms in force. It renders its own Chinese reasons and
 * explanations from a finding's trace.
 */
public interface Rule<F extends Fact> {

    /** The clause number, e.g. "10". */
    String clause();

    /** The quoted clause text (the part this rule implements). */
    String text();

    /** The fact type this rule assesses. */
    FactType factType();

    /** The award line the fact falls under, or null when the clause does not cover it. */
    AwardLine lineFor(F fact);

    /**
     * Assesses a fact. {@code terms} is never null when {@link #lineFor} gave a line; the engine has
     * already checked the date, the effective date and the one-time rule is applied afterwards.
     */
    Finding assess(F fact, Terms terms, ZoneStanding standing);

    /** The rule-specific part of the reason for an INELIGIBLE finding, and what would change it. */
    String reason(Finding f);

    /** The arithmetic of an ELIGIBLE finding, in Chinese. */
    String arithmetic(Finding f);
}
