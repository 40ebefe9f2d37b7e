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
        for (ZoneDirectory.StatusChange c : history) {
            if (c.validFrom() == null) {
                undated = true;
            } else if (existsFrom == null || c.validFrom().isBefore(existsFrom)) {
                existsFrom = c.validFrom();
            }
            if (c.status() == ZoneStatus.REVOKED && c.validFrom() != null && (revoked == null || c.validFrom().isBefore(revoked))) {
                revoked = c.validFrom();
            }
        }
        if (undated) {
            existsFrom = null;
        }
        return new KnownZone(z.code(), z.parentZone(), z.city(), existsFrom, revoked);
    }

    @Override
    public String zoneOfUnit(String uscc, LocalDate date) {
        return enterprises.zoneOn(uscc, date).orElse(null);
    }
}
