package cn.gov.gansu.gaoxin.zone;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.identity.ScopeTargetCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the zone registry and answers which zones a data scope covers: a zone officer its zone
 * and its enclave parks, a city officer its city's zones (and their enclave parks), province roles
 * and auditors all, anyone else none.
 */
@Component
public class ZoneDirectory implements ScopeTargetCheck {

    private static final String SELECT = "SELECT z.code, z.name, z.full_name, z.city_code, c.name AS city_name, z.kind, "
            + "z.level, z.status, z.status_since, z.established_on, z.development_zone, z.parent_zone, z.location "
            + "FROM zone z JOIN city c ON c.code = z.city_code";

    private final JdbcClient jdbc;

    ZoneDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The zone codes a scope covers, or empty for province-wide scopes (meaning: no restriction). */
    public Optional<Set<String>> visibleZones(DataScope scope) {
        if (scope.provinceWide()) {
            return Optional.empty();
        }
        Set<String> codes = new LinkedHashSet<>();
        switch (scope.role().scopeKind()) {
            case ZONE -> {
                codes.add(scope.zone());
                codes.addAll(jdbc.sql("SELECT code FROM zone WHERE parent_zone = :z").param("z", scope.zone())
                        .query(String.class).list());
            }
            case CITY -> {
                List<String> own = jdbc.sql("SELECT code FROM zone WHERE city_code = :c").param("c", scope.city())
                        .query(String.class).list();
                codes.addAll(own);
                if (!own.isEmpty()) {
                    codes.addAll(jdbc.sql("SELECT code FROM zone WHERE parent_zone IN (:p)").param("p", own)
                            .query(String.class).list());
                }
            }
            default -> {
            }
        }
        return Optional.of(codes);
    }

    public boolean canSee(DataScope scope, String zone) {
        return visibleZones(scope).map(v -> v.contains(zone)).orElse(true);
    }

    public boolean exists(String code) {
        return code != null && jdbc.sql("SELECT COUNT(*) FROM zone WHERE code = :c").param("c", code)
                .query(Integer.class).single() > 0;
    }

    public boolean cityExists(String code) {
        return code != null && jdbc.sql("SELECT COUNT(*) FROM city WHERE code = :c").param("c", code)
                .query(Integer.class).single() > 0;
    }

    public Optional<Zone> find(String code) {
        List<Zone> found = query(SELECT + " WHERE z.code = :code", Map.of("code", code));
        return found.stream().findFirst();
    }

    /** All zones the scope covers, in the order of clause 13, enclave parks after their parents. */
    public List<Zone> list(DataScope scope, String city, ZoneLevel level, ZoneStatus status) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE 1=1");
        Map<String, Object> params = new LinkedHashMap<>();
        Optional<Set<String>> visible = visibleZones(scope);
        if (visible.isPresent()) {
            if (visible.get().isEmpty()) {
                return List.of();
            }
            sql.append(" AND z.code IN (:visible)");
            params.put("visible", visible.get());
        }
        if (city != null) {
            sql.append(" AND z.city_code = :city");
            params.put("city", city);
        }
        if (level != null) {
            sql.append(" AND z.level = :level");
            params.put("level", level.name());
        }
        if (status != null) {
            sql.append(" AND z.status = :status");
            params.put("status", status.name());
        }
        sql.append(" ORDER BY z.seq, z.code");
        return query(sql.toString(), params);
    }

    /** The status a zone had on a date, from its dated history (null when it did not yet exist). */
    public Optional<ZoneStatus> statusOn(String zone, LocalDate date) {
        return jdbc.sql("SELECT status FROM zone_status_history WHERE zone_code = :z AND (valid_from IS NULL OR valid_from <= :d) "
                        + "ORDER BY valid_from DESC NULLS LAST, id DESC")
                .param("z", zone).param("d", Date.valueOf(date))
                .query((rs, n) -> ZoneStatus.valueOf(rs.getString(1))).list().stream().findFirst();
    }

    public List<City> cities() {
        return jdbc.sql("SELECT code, name, division_code FROM city ORDER BY seq")
                .query((rs, n) -> new City(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public List<StatusChange> history(String zone) {
        return jdbc.sql("SELECT level, status, valid_from, reason, recorded_at, recorded_by FROM zone_status_history "
                        + "WHERE zone_code = :z ORDER BY id")
                .param("z", zone)
                .query((rs, n) -> new StatusChange(ZoneLevel.valueOf(rs.getString(1)), ZoneStatus.valueOf(rs.getString(2)),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(), rs.getString(4),
                        rs.getTimestamp(5).toInstant().toString(), rs.getString(6)))
                .list();
    }

    public List<Partner> partners(String zone) {
        return jdbc.sql("SELECT kind, partner_name, region, since FROM zone_partner WHERE zone_code = :z ORDER BY since, id")
                .param("z", zone)
                .query((rs, n) -> new Partner(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate()))
                .list();
    }

    @Override
    public Boolean exists(Role.ScopeKind kind, String code) {
        return switch (kind) {
            case ZONE -> exists(code);
            case CITY -> cityExists(code);
            default -> null;
        };
    }

    private List<Zone> query(String sql, Map<String, Object> params) {
        List<ZoneRow> rows = jdbc.sql(sql).params(params).query((rs, n) -> new ZoneRow(rs.getString("code"),
                rs.getString("name"), rs.getString("full_name"), rs.getString("city_code"), rs.getString("city_name"),
                rs.getString("kind"), ZoneLevel.valueOf(rs.getString("level")), ZoneStatus.valueOf(rs.getString("status")),
                date(rs.getDate("status_since")), date(rs.getDate("established_on")), rs.getString("development_zone"),
                rs.getString("parent_zone"), rs.getString("location"))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Zone.Industry>> focus = new LinkedHashMap<>();
        Map<String, List<Zone.Industry>> leading = new LinkedHashMap<>();
        jdbc.sql("SELECT zone_code, kind, name, industry_codes FROM zone_industry WHERE zone_code IN (:codes) ORDER BY zone_code, kind, seq")
                .param("codes", rows.stream().map(ZoneRow::code).toList())
                .query(rs -> {
                    Zone.Industry industry = new Zone.Industry(rs.getString(3), Arrays.asList(rs.getString(4).split(",")));
                    ("FOCUS".equals(rs.getString(2)) ? focus : leading)
                            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(industry);
                });
        return rows.stream().map(r -> new Zone(r.code, r.name, r.fullName, r.city, r.cityName, r.kind, r.level, r.status,
                r.statusSince, r.establishedOn, r.developmentZone, r.parentZone, r.location,
                focus.getOrDefault(r.code, List.of()), leading.getOrDefault(r.code, List.of()))).toList();
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private record ZoneRow(String code, String name, String fullName, String city, String cityName, String kind,
            ZoneLevel level, ZoneStatus status, LocalDate statusSince, LocalDate establishedOn, String developmentZone,
            String parentZone, String location) {
    }

    /** 市(州). */
    public record City(String code, String name, String divisionCode) {
    }

    /** One dated entry of a zone's lifecycle. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ZoneStatusHistoryEntry")
    public record StatusChange(ZoneLevel level, ZoneStatus status, LocalDate validFrom, String reason, String recordedAt,
            String recordedBy) {
    }

    /** 伙伴园区 / 异地孵化. */
    public record Partner(@io.swagger.v3.oas.annotations.media.Schema(description = "取值：PARTNER_PARK 伙伴园区、REMOTE_INCUBATION 异地孵化",
            allowableValues = {"PARTNER_PARK", "REMOTE_INCUBATION"}) String kind, String partnerName, String region, LocalDate since) {
    }
}
