package cn.gov.gansu.gaoxin.transfer;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Conflict;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.Money;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 技术转移机构 (clause 6 "培育技术转移机构"): the institutions that broker transfers, and what each
 * brokered — the matchmaking outcomes (intentions, signed contracts and their value in exact 元)
 * recorded with the institution, counted per year of signing. The list is public to signed-in users
 * (it is the province's register); the province and a zone (for its own zone) register institutions.
 */
@Service
public class TransferInstitutions {

    /** An institution with what it brokered in one year (or in all years): intentions, contracts, contract value (null: none). */
    public record Institution(long id, String name, String zone, long intentions, long contracts, Money contractValue) {
    }

    /** What an institution brokered in one year. */
    public record Year(int year, long intentions, long contracts, Money contractValue) {
    }

    public record NewInstitution(String name, String zone) {
    }

    private final JdbcClient jdbc;
    private final ZoneDirectory zones;
    private final AuditTrail audit;

    TransferInstitutions(JdbcClient jdbc, ZoneDirectory zones, AuditTrail audit) {
        this.jdbc = jdbc;
        this.zones = zones;
        this.audit = audit;
    }

    @Transactional
    public Institution create(NewInstitution r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        if (r == null) {
            throw new InvalidInput("请求体不能为空");
        }
        String name = r.name() == null ? "" : r.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInput("字段“name”：机构名称须为1至200字");
        }
        String zone = r.zone() == null || r.zone().isBlank() ? null : r.zone().strip();
        if (zone != null && !zones.exists(zone)) {
            throw new InvalidInput("字段“zone”：高新区“" + (zone.length() > 30 ? zone.substring(0, 30) : zone) + "”不存在");
        }
        if (scope.is(Role.ZONE_OFFICER)) {
            if (zone == null) {
                zone = scope.zone();
            }
            if (!zones.canSee(scope, zone)) {
                throw new Forbidden("高新区只能登记本区的技术转移机构");
            }
        }
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO transfer_institution (name, zone_code, created_at, created_by) VALUES (:n, :z, :at, :by)")
                    .param("n", name).param("z", zone).param("at", Timestamp.from(Instant.now())).param("by", scope.username())
                    .update(keys, "id");
        } catch (DuplicateKeyException e) {
            throw new Conflict("技术转移机构“" + name + "”已登记");
        }
        long id = keys.getKey().longValue();
        audit.record("INSTITUTION_REGISTERED", "TRANSFER_INSTITUTION", String.valueOf(id), "登记技术转移机构“" + name + "”");
        return new Institution(id, name, zone, 0, 0, null);
    }

    /** Every institution, by name, with what it brokered in {@code year} (null: in all years). */
    @Transactional(readOnly = true)
    public List<Institution> list(Integer year) {
        CurrentUser.scope();
        String when = year == null ? "" : " AND o.signed_on >= :from AND o.signed_on < :to";
        var q = jdbc.sql("SELECT i.id, i.name, i.zone_code, "
                + "(SELECT COUNT(*) FROM event_outcome o WHERE o.institution_id = i.id AND o.kind = 'INTENTION'" + when + "), "
                + "(SELECT COUNT(*) FROM event_outcome o WHERE o.institution_id = i.id AND o.kind = 'CONTRACT'" + when + "), "
                + "(SELECT SUM(o.value_yuan) FROM event_outcome o WHERE o.institution_id = i.id AND o.kind = 'CONTRACT'" + when + ") "
                + "FROM transfer_institution i ORDER BY i.name");
        if (year != null) {
            q = q.param("from", java.sql.Date.valueOf(java.time.LocalDate.of(year, 1, 1)))
                    .param("to", java.sql.Date.valueOf(java.time.LocalDate.of(year + 1, 1, 1)));
        }
        return q.query((rs, n) -> new Institution(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                money(rs.getBigDecimal(6)))).list();
    }

    @Transactional(readOnly = true)
    public Optional<Institution> find(long id) {
        return list(null).stream().filter(i -> i.id() == id).findFirst();
    }

    /** What the institution brokered, year by year (years with an outcome), newest first. */
    @Transactional(readOnly = true)
    public List<Year> years(long id) {
        CurrentUser.scope();
        record Row(int year, String kind, BigDecimal value) {
        }
        List<Row> rows = jdbc.sql("SELECT signed_on, kind, value_yuan FROM event_outcome WHERE institution_id = :id")
                .param("id", id).query((rs, n) -> new Row(rs.getDate(1).toLocalDate().getYear(), rs.getString(2), rs.getBigDecimal(3)))
                .list();
        java.util.TreeMap<Integer, long[]> counts = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        java.util.Map<Integer, BigDecimal> values = new java.util.HashMap<>();
        for (Row r : rows) {
            long[] c = counts.computeIfAbsent(r.year(), y -> new long[2]);
            if ("CONTRACT".equals(r.kind())) {
                c[1]++;
                if (r.value() != null) {
                    values.merge(r.year(), r.value(), BigDecimal::add);
                }
            } else {
                c[0]++;
            }
        }
        return counts.entrySet().stream().map(e -> new Year(e.getKey(), e.getValue()[0], e.getValue()[1], money(values.get(e.getKey()))))
                .toList();
    }

    /** Whether the institution exists (for linking an outcome to it). */
    boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM transfer_institution WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    private static Money money(BigDecimal v) {
        return v == null ? null : new Money(v);
    }
}
