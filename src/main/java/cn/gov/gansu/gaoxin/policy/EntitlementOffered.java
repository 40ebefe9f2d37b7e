package cn.gov.gansu.gaoxin.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 免申即享: the engine found an award due and offers it without an application. The award module
 * turns it into a case. {@code entitlementId} is stable: the same entitlement is never offered
 * twice under another id.
 *
 * @param entitlementId   stable id of the entitlement (unique per beneficiary and award line)
 * @param beneficiary     USCC of a unit, or a zone code
 * @param beneficiaryZone the zone that the beneficiary belongs to on the event date (for data scope)
 * @param line            award line of contracts §3, e.g. NEW_HIGH_TECH_ENTERPRISE
 * @param clause          the clause number, e.g. "10"
 * @param amountYuan      exact amount in 元 (scale 2); null when TO_BE_DECIDED
 * @param amountType      FIXED, CAPPED, MINIMUM or TO_BE_DECIDED
 * @param payer           e.g. PROVINCE_DEPARTMENT, PROVINCE_FINANCE, or a city/zone for matching awards
 * @param payableYear     the year the money is due
 * @param approvals       the approval chain, as role names in order
 * @param explanation     the Chinese explanation (clause, quoted text, arithmetic, parameter versions)
 * @param eventDate       the date of the qualifying event
 */
public record EntitlementOffered(String entitlementId, String beneficiary, String beneficiaryZone, String line,
        String clause, BigDecimal amountYuan, String amountType, String payer, int payableYear, List<String> approvals,
        String explanation, LocalDate eventDate) {
}
