package cn.gov.gansu.gaoxin.policy;

import java.time.LocalDate;
import java.util.List;

import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.policy.engine.ZoneRegistry;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import cn.gov.gansu.gaoxin.zone.ZoneStatus;
import org.springframework.stereotype.Component;

/** The engine's view of the zone and enterprise registries, through their public APIs. */
@Component
class RegistryZones implements ZoneRegistry {

    private final ZoneDirectory zones;
    private final EnterpriseRegistry enterprises;

    RegistryZones(ZoneDirectory zones, EnterpriseRegistry enterprises) {
        this.zones = zones;
        this.enterprises = enterprises;
    }

    @Override
    public KnownZone find(String code) {
        Zone z = zones.find(code).orElse(null);
        if (z == null) {
            return null;
        }
        List<ZoneDirectory.StatusChange> history = zones.history(code);
        LocalDate existsFrom = z.establishedOn();
        LocalDate revoked = null;
        boolean undated = false;
        List<ZoneRegistry.Revocation> revocations = new java.util.ArrayList<>();
        LocalDate openRevocation = null;
        for (ZoneDirectory.StatusChange c : history) {
            if (c.validFrom() == null) {
                undated = true;
            } else if (existsFrom == null || c.validFrom().isBefore(existsFrom)) {
                existsFrom = c.validFrom();
            }
            if (c.status() == ZoneStatus.REVOKED && c.validFrom() != null) {
                if (revoked == null || c.validFrom().isBefore(revoked)) {
                    revoked = c.validFrom();
                }
                if (openRevocation == null) {
                    openRevocation = c.validFrom();
                }
            } else if (c.status() != ZoneStatus.REVOKED && openRevocation != null && c.validFrom() != null) {
                // a later status after a revocation reinstates the zone from its date (clause 20: it counts again)
                revocations.add(new ZoneRegistry.Revocation(openRevocation, c.validFrom()));
                openRevocation = null;
            }
        }
        if (openRevocation != null) {
            revocations.add(new ZoneRegistry.Revocation(openRevocation, null));
        }
        if (undated) {
            existsFrom = null;
        }
        return new KnownZone(z.code(), z.parentZone(), z.city(), existsFrom, revoked, revocations);
    }

    /**
     * A snapshot for one re-scan: each zone is read from the directory once (then held, unknown codes
     * too), and units are answered from the membership histories given with {@link Snapshot#load}, so
     * assessing a fact touches no database.
     */
    Snapshot snapshot() {
        return new Snapshot();
    }

    final class Snapshot implements ZoneRegistry {

        private final java.util.Map<String, java.util.Optional<KnownZone>> zoneCache = new java.util.HashMap<>();
        private java.util.Map<String, List<EnterpriseRegistry.Membership>> stays = java.util.Map.of();

        /** Holds the membership histories of these units (replacing the previous ones). */
        void load(java.util.Collection<String> usccs) {
            stays = usccs.isEmpty() ? java.util.Map.of() : enterprises.membershipsOf(usccs);
        }

        @Override
        public KnownZone find(String code) {
            return zoneCache.computeIfAbsent(code, c -> java.util.Optional.ofNullable(RegistryZones.this.find(c))).orElse(null);
        }

        @Override
        public String zoneOfUnit(String uscc, LocalDate date) {
            return EnterpriseRegistry.zoneOn(stays.get(uscc), date).orElse(null);
        }

        /** The re-scan reads its facts from the enterprise registry: every unit it asks about is registered. */
        @Override
        public boolean isRegistered(String uscc) {
            return true;
        }
    }

    @Override
    public String zoneOfUnit(String uscc, LocalDate date) {
        return enterprises.zoneOn(uscc, date).orElse(null);
    }

    @Override
    public boolean isRegistered(String uscc) {
        return enterprises.exists(uscc);
    }
}
