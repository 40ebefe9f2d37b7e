package cn.gov.gansu.gaoxin.policy.engine;

import java.time.LocalDate;
import java.util.List;

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
     * Whether the registry knows the unit: a registered unit with no zone on a date is known to be
     * outside every zone (INELIGIBLE); an unregistered one whose fact names no zone is UNKNOWN.
     */
    default boolean isRegistered(String uscc) {
        return false;
    }

    /**
     * A zone as the registry knows it.
     *
     * @param existsFrom  first day it was a zone (null: since before any date that matters)
     * @param revokedFrom the day its first revocation took effect, or null
     * @param revocations the periods in which it was revoked, in order (a reinstatement ends one)
     */
    record KnownZone(String code, String parentZone, String city, LocalDate existsFrom, LocalDate revokedFrom,
            List<Revocation> revocations) {

        public KnownZone {
            revocations = revocations == null ? revokedFrom == null ? List.of() : List.of(new Revocation(revokedFrom, null))
                    : List.copyOf(revocations);
        }

        /** A zone revoked at most once and never reinstated. */
        public KnownZone(String code, String parentZone, String city, LocalDate existsFrom, LocalDate revokedFrom) {
            this(code, parentZone, city, existsFrom, revokedFrom, null);
        }
    }

    /**
     * One revocation: from its first day up to (excluding) the day the zone was reinstated, or
     * open-ended ({@code until} null).
     */
    record Revocation(LocalDate from, LocalDate until) {
    }
}
