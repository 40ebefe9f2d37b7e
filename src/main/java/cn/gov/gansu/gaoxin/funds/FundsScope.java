package cn.gov.gansu.gaoxin.funds;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.stereotype.Component;

/**
 * Who may see, report on and review which paid award. Seeing: province roles and auditors all; a
 * city or zone officer the awards whose beneficiary lies in its zones (enclave parks included); an
 * enterprise its own. Reporting (the beneficiary): the enterprise user for its award, the zone
 * officer for its zone's award. Reviewing: the zone officer for enterprise awards in its zones, the
 * city officer for zone awards in its city.
 */
@Component
class FundsScope {

    private final ZoneDirectory zones;

    FundsScope(ZoneDirectory zones) {
        this.zones = zones;
    }

    /** A condition on the funds_award alias {@code fa}; empty when the scope sees no award at all. */
    Optional<Sql> awards(DataScope scope) {
        if (scope.provinceWide()) {
            return Optional.of(new Sql("", Map.of()));
        }
        return switch (scope.role().scopeKind()) {
            case CITY, ZONE -> {
                Set<String> visible = zones.visibleZones(scope).orElseThrow();
                yield visible.isEmpty() ? Optional.empty() : Optional.of(new Sql(" AND fa.zone IN (:visible)", Map.of("visible", visible)));
            }
            case ENTERPRISE -> scope.enterprise() == null ? Optional.empty()
                    : Optional.of(new Sql(" AND fa.beneficiary = :self", Map.of("self", scope.enterprise())));
            default -> Optional.empty();
        };
    }

    /** The zones a scope covers; empty optional = all (province roles and auditors). */
    Optional<Set<String>> zones(DataScope scope) {
        if (scope.role().scopeKind() == Role.ScopeKind.ENTERPRISE) {
            return Optional.of(Set.of());
        }
        return zones.visibleZones(scope);
    }

    /** The codes of the zones a scope covers, in registry order (none for an enterprise). */
    java.util.List<String> zoneList(DataScope scope) {
        if (scope.role().scopeKind() == Role.ScopeKind.ENTERPRISE) {
            return java.util.List.of();
        }
        return zones.list(scope, null, null, null).stream().map(z -> z.code()).toList();
    }

    boolean canSeeZone(DataScope scope, String zone) {
        return zone != null && zones.canSee(scope, zone);
    }

    boolean canSee(DataScope scope, PaidAward a) {
        if (scope.provinceWide()) {
            return true;
        }
        return switch (scope.role().scopeKind()) {
            case CITY, ZONE -> a.zone() != null && zones.canSee(scope, a.zone());
            case ENTERPRISE -> a.beneficiary().equals(scope.enterprise());
            default -> false;
        };
    }

    boolean isBeneficiary(DataScope scope, PaidAward a) {
        return switch (scope.role()) {
            case ENTERPRISE -> a.enterpriseAward() && a.beneficiary().equals(scope.enterprise());
            case ZONE_OFFICER -> !a.enterpriseAward() && a.beneficiary().equals(scope.zone());
            default -> false;
        };
    }

    boolean isReviewer(DataScope scope, PaidAward a) {
        return switch (scope.role()) {
            case ZONE_OFFICER -> a.enterpriseAward() && a.zone() != null && zones.canSee(scope, a.zone());
            case CITY_OFFICER -> !a.enterpriseAward() && a.zone() != null && zones.canSee(scope, a.zone());
            default -> false;
        };
    }

    /** The city of a zone (its Chinese name is {@link #cityName}); null when the zone is unknown. */
    String cityOf(String zone) {
        return zone == null ? null : zones.find(zone).map(z -> z.city()).orElse(null);
    }

    String zoneName(String zone) {
        return zone == null ? "未知" : zones.find(zone).map(z -> z.name()).orElse(zone);
    }

    String cityName(String city) {
        return zones.cities().stream().filter(c -> c.code().equals(city)).map(ZoneDirectory.City::name).findFirst().orElse(city);
    }

    record Sql(String where, Map<String, Object> params) {
    }
}
