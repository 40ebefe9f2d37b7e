package cn.gov.gansu.gaoxin.policy.rules;

/**
 * Where a unit stands on its event date: in a zone (an enclave park counts as its parent, SPEC
 * reading 6), known to be in none (with the Chinese reason), or not known (the fact names no zone
 * and the registries do not know the unit: SPEC reading 8, UNKNOWN naming the missing fact).
 *
 * @param zone       the zone code the fact named
 * @param policyZone the zone whose policies apply, or null when the unit is in no zone or it is not known
 * @param city       the city of the policy zone (for matching awards), may be null
 * @param reason     why the unit is in no zone (null when it is in one or when it is not known)
 * @param missing    the missing fact when where the unit stood is not known, else null
 */
public record ZoneStanding(String zone, String policyZone, String city, String reason, String missing) {

    public static ZoneStanding in(String zone, String policyZone, String city) {
        return new ZoneStanding(zone, policyZone, city, null, null);
    }

    /** Known to be outside every zone on the date (contracts §3: INELIGIBLE). */
    public static ZoneStanding none(String zone, String reason) {
        return new ZoneStanding(zone, null, null, reason, null);
    }

    /** Not known: the fact names no zone and nothing tells where the unit was (UNKNOWN naming {@code missing}). */
    public static ZoneStanding unknown(String missing) {
        return new ZoneStanding(null, null, null, null, missing);
    }

    public boolean inZone() {
        return policyZone != null;
    }

    /** Known to be in no zone on the date. */
    public boolean outside() {
        return policyZone == null && missing == null;
    }

    /** Where the unit stood is not known. */
    public boolean unknown() {
        return missing != null;
    }
}
