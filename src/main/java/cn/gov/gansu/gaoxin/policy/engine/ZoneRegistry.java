package cn.gov.gansu.gaoxin.policy.engine;

import java.time.LocalDate;

/**
 * What the engine asks the zone and enterprise registries about codes the facts do not describe
 * (contracts §3: "a zone the registry does not know is no zone").
 */
public interface ZoneRegistry {

    /** Knows no zone and no unit: every zone must be described by facts. */
    ZoneRegistry NONE = code -> null;

    /** The registry's record of a zone, or null when it does not know it. */
    KnownZone find(String code);

    /** The zone a registered unit was in on a date, or null (unknown unit, or in no zone). */
    default String zoneOfUnit(String uscc, LocalDate date) {
        return null;
    }

    /**
     * A zone as the registry knows it.
     *
     * @param existsFrom  first day it was a zone (null: since before any date that matters)
     * @param revokedFrom the day its revocation took effect, or null
     */
    record KnownZone(String code, String parentZone, String city, LocalDate existsFrom, LocalDate revokedFrom) {
    }
}
