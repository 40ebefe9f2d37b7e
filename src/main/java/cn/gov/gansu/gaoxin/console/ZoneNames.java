package cn.gov.gansu.gaoxin.console;

import java.util.HashMap;
import java.util.Map;

import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;

/** Zone codes → short names for one request's tables (names are public reference data, not scoped). */
final class ZoneNames {

    private final ZoneDirectory zones;
    private final Map<String, String> names = new HashMap<>();

    ZoneNames(ZoneDirectory zones) {
        this.zones = zones;
    }

    public String of(String code) {
        if (code == null) {
            return Formats.NONE;
        }
        return names.computeIfAbsent(code, c -> zones.find(c).map(ZoneNames::label).orElse(c));
    }

    static String label(Zone z) {
        return z.isEnclavePark() ? z.name() : z.name() + "高新区";
    }
}
