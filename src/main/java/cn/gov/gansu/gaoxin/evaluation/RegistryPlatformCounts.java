package cn.gov.gansu.gaoxin.evaluation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import cn.gov.gansu.gaoxin.platform.Platform;
import cn.gov.gansu.gaoxin.platform.PlatformKind;
import cn.gov.gansu.gaoxin.platform.PlatformLevel;
import cn.gov.gansu.gaoxin.platform.PlatformRegistry;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.stereotype.Component;

/**
 * The evaluation's platform figures from the platform registry (clauses 4 and 11). The registry
 * is the record of recognitions, so a zone with none recognised in a year has a true zero; a zone
 * the registry does not know, or a leading industry the zone does not declare, is unknown.
 */
@Component
class RegistryPlatformCounts implements PlatformCounts {

    private static final Map<String, Kinds> BONUS = Map.of(
            "NEW_RD_INSTITUTIONS", new Kinds(EnumSet.of(PlatformKind.NEW_RD_INSTITUTE, PlatformKind.INNOVATION_PLATFORM),
                    EnumSet.of(PlatformLevel.NATIONAL, PlatformLevel.PROVINCIAL)),
            "NEW_NATIONAL_INCUBATORS", new Kinds(EnumSet.of(PlatformKind.INCUBATOR), EnumSet.of(PlatformLevel.NATIONAL)),
            "NEW_NATIONAL_MAKER_SPACES", new Kinds(EnumSet.of(PlatformKind.MAKER_SPACE), EnumSet.of(PlatformLevel.NATIONAL)));

    private final PlatformRegistry platforms;
    private final ZoneDirectory zones;

    RegistryPlatformCounts(PlatformRegistry platforms, ZoneDirectory zones) {
        this.platforms = platforms;
        this.zones = zones;
    }

    @Override
    public OptionalLong newInYear(String bonusCode, String zone, int year) {
        Kinds kinds = BONUS.get(bonusCode);
        if (kinds == null || !zones.exists(zone)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(platforms.recognisedIn(year, kinds.kinds(), kinds.levels()).getOrDefault(zone, 0L));
    }

    @Override
    public OptionalLong incubatorsFor(String zone, String leadingIndustry, int year) {
        List<String> codes = zones.find(zone).flatMap(z -> z.leadingIndustries().stream()
                .filter(i -> i.name().equals(leadingIndustry)).findFirst()).map(Zone.Industry::industryCodes).orElse(null);
        if (codes == null) {
            return OptionalLong.empty();
        }
        List<Platform> incubators = platforms.incubatorsByZone(LocalDate.of(year, 12, 31)).getOrDefault(zone, List.of());
        return OptionalLong.of(incubators.stream().filter(i -> i.industry().serves(codes)).count());
    }

    private record Kinds(Set<PlatformKind> kinds, Set<PlatformLevel> levels) {
    }
}
