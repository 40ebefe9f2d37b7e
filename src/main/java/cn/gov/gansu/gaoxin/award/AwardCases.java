package cn.gov.gansu.gaoxin.award;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads award cases, their history and payments. Scoped reads put the caller's {@link DataScope}
 * into the SQL: zone and city officers by the beneficiary's zone (with enclave parks), an
 * enterprise by itself, province roles and auditors everything, anyone else nothing.
 */
@Component
class AwardCases {

    static final String COLUMNS = "a.id, a.entitlement_id, a.beneficiary, a.beneficiary_kind, a.beneficiary_zone, a.line, "
            + "a.clause, a.amount_type, a.offered_amount, a.amount, a.payer, a.payable_year, a.approvals, a.step, a.status, "
            + "a.version, a.explanation, a.event_date, a.bank_account, a.approved_on, a.payable_from, a.created_at";

    private final JdbcClient jdbc;
    private final ZoneDirectory zones;

    private final cn.gov.gansu.gaoxin.shared.FieldCipher cipher;

    /** How many other beneficiaries confirmed an award with the account of this fingerprint. */
    long otherBeneficiariesWithAccount(String index, String beneficiary) {
        if (index == null) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(DISTINCT beneficiary) FROM award WHERE bank_account_index = :i AND beneficiary <> :b")
                .param("i", index).param("b", beneficiary).query(Long.class).single();
    }

    AwardCases(JdbcClient jdbc, ZoneDirectory zones, cn.gov.gansu.gaoxin.shared.FieldCipher cipher) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.zones = zones;
    }

    Optional<Award> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM award a WHERE a.id = :id").param("id", id)
                .query(this::map).optional().map(this::withActs);
    }

    Optional<Award> find(DataScope scope, long id) {
        Scoped s = scoped(scope);
        if (s == null) {
            return Optional.empty();
        }
        Map<String, Object> params = new LinkedHashMap<>(s.params);
        params.put("id", id);
        return jdbc.sql("SELECT " + COLUMNS + " FROM award a WHERE a.id = :id" + s.sql).params(params)
                .query(this::map).optional().map(this::withActs);
    }

    /**
     * The case with who acted on it, read after the case: every event up to the version read was
     * committed with it, so the check of earlier steps never misses one; a later event can only add.
     */
    private Award withActs(Award a) {
        return a.withActs(jdbc.sql("SELECT kind, actor, actor_role, occurred_at, returned_to FROM award_event WHERE award_id = :id ORDER BY id")
                .param("id", a.id()).query(AwardCases::act).list());
    }

    /** The cases of a page with who acted on each, in one query. */
    private List<Award> withActs(List<Award> page) {
        if (page.isEmpty()) {
            return page;
        }
        Map<Long, List<Award.Act>> acts = new java.util.HashMap<>();
        jdbc.sql("SELECT award_id, kind, actor, actor_role, occurred_at, returned_to FROM award_event WHERE award_id IN (:ids) ORDER BY id")
                .param("ids", page.stream().map(Award::id).toList())
                .query(rs -> {
                    acts.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(new Award.Act(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)));
                });
        return page.stream().map(a -> a.withActs(acts.getOrDefault(a.id(), List.of()))).toList();
    }

    private static Award.Act act(ResultSet rs, int n) throws SQLException {
        return new Award.Act(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5));
    }

    Page list(DataScope scope, String beneficiary, AwardStatus status, Role pendingRole, Paging paging) {
        return list(scope, beneficiary, null, null, status, pendingRole, null, paging);
    }

    /** Sort keys of the list (a leading "-" for descending); default newest first. */
    static final java.util.Map<String, String> SORTS = java.util.Map.of("id", "a.id", "amount",
            "COALESCE(a.amount, a.offered_amount)", "zone", "a.beneficiary_zone", "status", "a.status", "year", "a.payable_year");

    /** As {@link #list(DataScope, String, AwardStatus, Role, Paging)}, also by the beneficiary's zone and the award line. */
    Page list(DataScope scope, String beneficiary, String zone, String line, AwardStatus status, Role pendingRole,
            String sort, Paging paging) {
        return list(scope, beneficiary, zone, line, status, pendingRole, null, sort, paging);
    }

    /**
     * As above, also by the caller's tasks: {@link Tasks#TODO} what the caller may act on now,
     * {@link Tasks#DONE} what the caller took a step on. TODO reads in SQL what
     * {@code Award.allowedActions} decides for one case (tests compare the two): the caller's role
     * is awaited and the caller took no barring step (a decision, or a confirmation on behalf); a
     * zone officer also has the awards awaiting an enterprise's confirmation (it may confirm on its
     * behalf); finance the approved awards it may pay.
     */
    Page list(DataScope scope, String beneficiary, String zone, String line, AwardStatus status, Role pendingRole,
            Tasks tasks, String sort, Paging paging) {
        return list(scope, beneficiary, null, zone, line, status, pendingRole, tasks, sort, paging);
    }

    /**
     * As above, also by a set of beneficiaries ({@code beneficiaries}: null for any, empty for none),
     * e.g. the enterprises whose name matches a search.
     */
    Page list(DataScope scope, String beneficiary, java.util.Collection<String> beneficiaries, String zone, String line,
            AwardStatus status, Role pendingRole, Tasks tasks, String sort, Paging paging) {
        Scoped f = filtered(scope, beneficiary, beneficiaries, zone, line, status, pendingRole, tasks);
        if (f == null) {
            return new Page(List.of(), 0);
        }
        String where = f.sql();
        Map<String, Object> params = new LinkedHashMap<>(f.params());
        long total = jdbc.sql("SELECT COUNT(*) FROM award a" + where).params(params).query(Long.class).single();
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        String order = "a.id DESC";
        if (sort != null) {
            boolean desc = sort.startsWith("-");
            String column = SORTS.get(desc ? sort.substring(1) : sort);
            if (column != null) {
                order = column + (desc ? " DESC" : " ASC") + ", a.id DESC";
            }
        }
        List<Award> items = jdbc.sql("SELECT " + COLUMNS + " FROM award a" + where + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .params(params).query(this::map).list();
        return new Page(withActs(items), total);
    }

    /**
     * How many awards in scope the caller may act on now ({@link Tasks#TODO}, the frame's badge on every console page):
     * the count alone, without reading the first page of cases as {@link #list} does.
     */
    long countTodo(DataScope scope) {
        Scoped f = filtered(scope, null, null, null, null, null, null, Tasks.TODO);
        return f == null ? 0 : jdbc.sql("SELECT COUNT(*) FROM award a" + f.sql()).params(f.params()).query(Long.class).single();
    }

    /** The conditions of {@link #list} on alias {@code a}; null when they hold no award at all. */
    private Scoped filtered(DataScope scope, String beneficiary, java.util.Collection<String> beneficiaries, String zone,
            String line, AwardStatus status, Role pendingRole, Tasks tasks) {
        Scoped s = scoped(scope);
        if (beneficiaries != null && beneficiaries.isEmpty()) {
            return null;
        }
        if (s == null) {
            return null;
        }
        StringBuilder where = new StringBuilder(" WHERE 1=1").append(s.sql);
        Map<String, Object> params = new LinkedHashMap<>(s.params);
        if (beneficiary != null) {
            where.append(" AND a.beneficiary = :beneficiary");
            params.put("beneficiary", beneficiary);
        }
        if (beneficiaries != null) {
            where.append(" AND a.beneficiary IN (:beneficiaries)");
            params.put("beneficiaries", java.util.List.copyOf(new java.util.LinkedHashSet<>(beneficiaries)));
        }
        if (zone != null) {
            where.append(" AND a.beneficiary_zone = :zone");
            params.put("zone", zone);
        }
        if (line != null) {
            where.append(" AND a.line = :line");
            params.put("line", line);
        }
        if (status != null) {
            where.append(" AND a.status = :status");
            params.put("status", status.name());
        }
        if (pendingRole != null) {
            where.append(" AND a.pending_role = :pending");
            params.put("pending", pendingRole.name());
        }
        if (tasks != null) {
            params.put("me", scope.username());
            if (tasks == Tasks.DONE) {
                where.append(" AND EXISTS (SELECT 1 FROM award_event e WHERE e.award_id = a.id AND e.actor = :me AND e.kind <> 'OFFERED')");
            } else {
                // a decision undone by a later 退回修改 to its role bars nobody (Award.supersededAt)
                String barred = "EXISTS (SELECT 1 FROM award_event e WHERE e.award_id = a.id AND e.actor = :me AND ((e.kind IN "
                        + "('APPROVE', 'REJECT') AND NOT EXISTS (SELECT 1 FROM award_event r WHERE r.award_id = e.award_id "
                        + "AND r.kind = 'RETURNED' AND r.id > e.id AND r.returned_to = e.actor_role)) "
                        + "OR (e.kind = 'CONFIRMED' AND e.actor_role <> 'ENTERPRISE')))";
                StringBuilder mine = new StringBuilder("(a.pending_role = :myRole AND a.status IN ('PENDING_CONFIRMATION', 'UNDER_REVIEW'))");
                if (scope.role() == Role.ZONE_OFFICER) {
                    mine.append(" OR a.status = 'PENDING_CONFIRMATION'");
                }
                if (scope.role() == Role.PROVINCE_FINANCE) {
                    mine.append(" OR a.status = 'APPROVED'");
                }
                where.append(" AND (").append(mine).append(") AND NOT ").append(barred);
                params.put("myRole", scope.role().name());
            }
        }
        return new Scoped(where.toString(), params);
    }

    List<HistoryEntry> history(long awardId) {
        return jdbc.sql("SELECT kind, actor, actor_role, occurred_at, status_from, status_to, amount, comment FROM award_event "
                        + "WHERE award_id = :id ORDER BY id")
                .param("id", awardId)
                .query((rs, n) -> new HistoryEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getString(8)))
                .list();
    }

    List<Payment> payments(long awardId) {
        return jdbc.sql("SELECT " + Payment.COLUMNS + " FROM payment WHERE award_id = :id ORDER BY id").param("id", awardId)
                .query(Payment::map).list();
    }

    Optional<Payment> paymentByKey(String key) {
        return jdbc.sql("SELECT " + Payment.COLUMNS + " FROM payment WHERE idempotency_key = :k").param("k", key)
                .query(Payment::map).optional();
    }

    /** The scope as SQL conditions on alias {@code a}; null when the scope holds no award at all. */
    private Scoped scoped(DataScope scope) {
        if (scope.provinceWide()) {
            return new Scoped("", Map.of());
        }
        return switch (scope.role().scopeKind()) {
            case ZONE, CITY -> {
                Set<String> visible = zones.visibleZones(scope).orElseThrow();
                yield visible.isEmpty() ? null : new Scoped(" AND a.beneficiary_zone IN (:visible)", Map.of("visible", visible));
            }
            case ENTERPRISE -> scope.enterprise() == null ? null
                    : new Scoped(" AND a.beneficiary = :self", Map.of("self", scope.enterprise()));
            default -> null;
        };
    }

    private Award map(ResultSet rs, int n) throws SQLException {
        List<Role> approvals = Arrays.stream(rs.getString("approvals").split(",")).map(Role::valueOf).toList();
        return new Award(rs.getLong("id"), rs.getString("entitlement_id"), rs.getString("beneficiary"),
                Award.BeneficiaryKind.valueOf(rs.getString("beneficiary_kind")), rs.getString("beneficiary_zone"),
                rs.getString("line"), rs.getString("clause"), Award.AmountType.valueOf(rs.getString("amount_type")),
                rs.getBigDecimal("offered_amount"), rs.getBigDecimal("amount"), rs.getString("payer"), rs.getInt("payable_year"),
                approvals, rs.getInt("step"), AwardStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                rs.getString("explanation"), date(rs.getDate("event_date")), cipher.decrypt(rs.getString("bank_account"), "award.bank_account"),
                date(rs.getDate("approved_on")), date(rs.getDate("payable_from")), rs.getTimestamp("created_at").toInstant(),
                List.of());
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private record Scoped(String sql, Map<String, Object> params) {
    }

    record Page(List<Award> items, long total) {
    }

    /** 我的待办 / 已办. */
    enum Tasks {
        TODO, DONE
    }

    /** One step of a case's history. {@code kind}: OFFERED, CONFIRMED, APPROVE, REJECT, WITHDRAWN, PAID. */
    record HistoryEntry(String kind, String actor, String role, Instant at, String statusFrom, String statusTo,
            BigDecimal amount, String comment) {

        boolean isDecision() {
            return "APPROVE".equals(kind) || "REJECT".equals(kind);
        }
    }

    /** A recorded payment. */
    record Payment(long id, long awardId, String idempotencyKey, BigDecimal amount, String payer, int year, Instant paidAt,
            String paidBy, String paidByRole) {

        static final String COLUMNS = "id, award_id, idempotency_key, amount, payer, budget_year, paid_at, paid_by, paid_by_role";

        static Payment map(ResultSet rs, int n) throws SQLException {
            return new Payment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5), rs.getInt(6),
                    rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9));
        }
    }

    static BigDecimal scale(BigDecimal v) {
        return v == null ? null : v.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
