package cn.gov.gansu.gaoxin.policy.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The parameters of one award line in force on a date, as known at the knowledge time of the
 * assessment, precomputed once so that assessing a fact reads fields only. Money in fen
 * ({@link Fen#NONE} when not set); the rate as {@code rateUnscaled / rateDivisor}.
 *
 * @param line              the award line
 * @param clauseText        the quoted Chinese text of the clause the line implements
 * @param amountFen         fixed amount or floor; NONE when the amount is not set (TO_BE_DECIDED)
 * @param amountType        FIXED or MINIMUM for a set amount
 * @param rate              the rate (clause 5), null when none
 * @param thresholdFen      the threshold (以上 includes it), NONE when none
 * @param capFen            the cap, NONE when none
 * @param payer             who pays
 * @param payableYearOffset years after the event year in which the money is due
 * @param approvals         the approval chain, role names in order
 * @param programmes        programmes covered (clause 5)
 * @param oncePer           what "once" means for the line
 * @param versions          the parameter versions used, as shown in explanations
 * @param programmeMask     the covered programmes as a bit mask (hot path)
 */
public record Terms(AwardLine line, String clauseText, long amountFen, AmountType amountType, BigDecimal rate,
        long rateUnscaled, long rateDivisor, long thresholdFen, long capFen, String payer, int payableYearOffset,
        List<String> approvals, Set<String> programmes, OncePer oncePer, String versions, int programmeMask) {

    /** The mask of covered programmes, computed from their names. */
    public static int maskOf(Set<String> programmes) {
        int mask = 0;
        for (Fact.Programme p : Fact.Programme.values()) {
            if (programmes.contains(p.name())) {
                mask |= 1 << p.ordinal();
            }
        }
        return mask;
    }

    /** Whether a programme is covered (clause 5), without hashing in the hot path. */
    public boolean covers(Fact.Programme programme) {
        return (programmeMask & (1 << programme.ordinal())) != 0;
    }

    public boolean amountSet() {
        return amountFen != Fen.NONE;
    }

    /** The rate as a percentage for explanations, e.g. "10%". */
    public String ratePercent() {
        return rate == null ? "" : rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
