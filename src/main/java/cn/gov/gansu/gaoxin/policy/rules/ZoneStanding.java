package cn.gov.gansu.gaoxin.policy.rules;

/**
 * Where a unit stands on its event date: in a zone (an enclave park counts as its parent, SPEC
 * reading 6) or in none, with the Chinese reason.
 *
 * @param zone       the zone code the fact named
 * @param policyZone the zone whose policies apply, or null when the unit is in no zone
 * @param city       the city of the policy zone (for matching awards), may be null
 * @param reason     why the unit is in no zone (null when it is in one)
 */
public record ZoneStanding(String zone, String policyZone, String city, String reason) {

    public static ZoneStanding in(String zone, String policyZone, String city) {
        return new ZoneStanding(zone, policyZone, city, null);
    }

    public static ZoneStanding none(String zone, String reason) {
        return new ZoneStanding(zone, null, null, reason);
    }

    public boolean inZone() {
        return policyZone != null;
    }
}
