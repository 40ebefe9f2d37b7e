package cn.gov.gansu.gaoxin.policy;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.policy.clauses.MatchingAward;
import cn.gov.gansu.gaoxin.policy.engine.PolicyEngine;
import cn.gov.gansu.gaoxin.policy.rules.Finding;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The entitlements the platform found and offered by itself (免申即享): one row per beneficiary and
 * line (per project for clause 5, per year for clause 20, per matching line for 配套), enforced by a
 * unique key so that re-delivery of an event or a re-scan never offers an award twice.
 */
@Component
class Entitlements {

    private final JdbcClient jdbc;
    private final ZoneDirectory zones;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    Entitlements(JdbcClient jdbc, ZoneDirectory zones, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.zones = zones;
        this.batch = batch;
    }

    /**
     * The keys already held, in a compact form (the 128-bit name-based UUID of each once-key, as
     * {@link #idFor}), streamed in one query: a re-scan skips these findings without a statement.
     */
    java.util.Set<UUID> heldKeys() {
        java.util.Set<UUID> held = new java.util.HashSet<>();
        jdbc.sql("SELECT once_key FROM policy_entitlement").withFetchSize(5_000)
                .query(rs -> {
                    held.add(uuidFor(rs.getString(1)));
                });
        return held;
    }

    /** The offer an ELIGIBLE finding makes (its row, once stored). */
    static EntitlementOffered offerOf(Finding f) {
        String id = idFor(onceKey(f));
        String zone = f.standing() != null && f.standing().zone() != null ? f.standing().zone() : f.beneficiary();
        String line = f.rule() instanceof MatchingAward ? f.detail() : f.line().name();
        String explanation = f.explanation();
        if (explanation.length() > 3990) {
            explanation = explanation.substring(0, 3990) + "…";
        }
        return new EntitlementOffered(id, f.beneficiary(), zone, line, f.clause(), f.amountYuan(),
                f.amountType().name(), f.payer(), f.payableYear(), f.approvals(), explanation, f.fact().date());
    }

    /**
     * Inserts new ELIGIBLE findings (none of whose keys is held) as one JDBC batch of plain INSERTs in
     * the caller's transaction; the unique key still guards against a concurrent duplicate (then the
     * batch fails and the caller retries row by row with {@link #store}).
     */
    List<EntitlementOffered> insertAll(List<Finding> findings, String source, String policyVersion) {
        List<EntitlementOffered> offers = new java.util.ArrayList<>(findings.size());
        List<Object[]> rows = new java.util.ArrayList<>(findings.size());
        Timestamp at = Timestamp.from(Instant.now());
        for (Finding f : findings) {
            EntitlementOffered o = offerOf(f);
            offers.add(o);
            rows.add(new Object[] {o.entitlementId(), onceKey(f), o.beneficiary(), o.beneficiaryZone(), o.line(), o.clause(),
                    o.amountYuan(), o.amountType(), o.payer(), o.payableYear(), String.join(",", o.approvals()), o.explanation(),
                    Date.valueOf(o.eventDate()), f.fact().type().name(), source, policyVersion, at});
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("INSERT INTO policy_entitlement (id, once_key, beneficiary, beneficiary_zone, line, clause, amount, "
                    + "amount_type, payer, payable_year, approvals, explanation, event_date, fact_type, source, policy_version, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
        return offers;
    }

    /**
     * The once-only key. A matching award (配套) is once per beneficiary and line — never per fact: the
     * live event and the re-scan name the same fact differently ({@code event}, {@code q<id>}), so a
     * fact-based key offered it twice. Where the provincial line is once per project (clause 5) or per
     * year (clause 20), so is its matching award.
     */
    static String onceKey(Finding f) {
        if (f.rule() instanceof MatchingAward) {
            String per = f.fact() instanceof cn.gov.gansu.gaoxin.policy.rules.Fact.NationalProjectWon p ? "|P" + p.project()
                    : f.fact() instanceof cn.gov.gansu.gaoxin.policy.rules.Fact.EvaluationRewarded e ? "|Y" + e.evaluationYear() : "";
            return "M|" + f.detail() + "|" + f.beneficiary() + per;
        }
        return PolicyEngine.onceKey(f);
    }

    /** What each matching line has offered so far (line code → fen), for its budget of its own. */
    Map<String, Long> offeredByLine() {
        Map<String, Long> out = new java.util.HashMap<>();
        // matching lines are named "owner:BASE_LINE"; provincial lines carry no colon
        jdbc.sql("SELECT line, SUM(amount) FROM policy_entitlement WHERE line LIKE '%:%' AND amount IS NOT NULL GROUP BY line")
                .query(rs -> {
                    out.put(rs.getString(1), cn.gov.gansu.gaoxin.policy.rules.Fen.of(rs.getBigDecimal(2)));
                });
        return out;
    }

    static String idFor(String onceKey) {
        return uuidFor(onceKey).toString();
    }

    /** The id of {@link #idFor} as a UUID (the re-scan's held set: no string round trip). */
    static UUID uuidFor(String onceKey) {
        return UUID.nameUUIDFromBytes(("gansu-2023|" + onceKey).getBytes(StandardCharsets.UTF_8));
    }

    boolean exists(String onceKey) {
        return jdbc.sql("SELECT COUNT(*) FROM policy_entitlement WHERE once_key = :k").param("k", onceKey)
                .query(Integer.class).single() > 0;
    }

    /** Stores an ELIGIBLE finding unless its key is already held; answers the offer when it is new. */
    Optional<EntitlementOffered> store(Finding f, String source, String policyVersion) {
        String key = onceKey(f);
        if (exists(key)) {
            return Optional.empty();
        }
        String id = idFor(key);
        String zone = f.standing() != null && f.standing().zone() != null ? f.standing().zone() : f.beneficiary();
        String line = f.rule() instanceof MatchingAward ? f.detail() : f.line().name();
        String explanation = f.explanation();
        if (explanation.length() > 3990) {
            explanation = explanation.substring(0, 3990) + "…";
        }
        int inserted = jdbc.sql("INSERT INTO policy_entitlement (id, once_key, beneficiary, beneficiary_zone, line, clause, amount, "
                        + "amount_type, payer, payable_year, approvals, explanation, event_date, fact_type, source, policy_version, created_at) "
                        + "SELECT :id, :k, :b, :z, :l, :c, CAST(:a AS DECIMAL(15,2)), :t, :p, :y, :ap, :e, :d, :ft, :s, :v, :at FROM (VALUES (1)) x "
                        + "WHERE NOT EXISTS (SELECT 1 FROM policy_entitlement WHERE once_key = :k)")
                .param("id", id).param("k", key).param("b", f.beneficiary()).param("z", zone).param("l", line)
                .param("c", f.clause()).param("a", f.amountYuan()).param("t", f.amountType().name()).param("p", f.payer())
                .param("y", f.payableYear()).param("ap", String.join(",", f.approvals())).param("e", explanation)
                .param("d", Date.valueOf(f.fact().date())).param("ft", f.fact().type().name()).param("s", source)
                .param("v", policyVersion).param("at", Timestamp.from(Instant.now())).update();
        if (inserted == 0) {
            return Optional.empty();
        }
        return Optional.of(new EntitlementOffered(id, f.beneficiary(), zone, line, f.clause(), f.amountYuan(),
                f.amountType().name(), f.payer(), f.payableYear(), f.approvals(), explanation, f.fact().date()));
    }

    /** A beneficiary's entitlements, within the caller's scope (outside it: an empty list). */
    List<Map<String, Object>> forBeneficiary(DataScope scope, String beneficiary) {
        StringBuilder sql = new StringBuilder("SELECT id, beneficiary, beneficiary_zone, line, clause, amount, amount_type, payer, "
                + "payable_year, approvals, explanation, event_date, fact_type, source, policy_version, created_at "
                + "FROM policy_entitlement WHERE beneficiary = :b");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("b", beneficiary);
        if (scope.role() == Role.ENTERPRISE) {
            sql.append(" AND beneficiary = :own");
            params.put("own", String.valueOf(scope.enterprise()));
        } else if (!scope.provinceWide()) {
            Optional<Set<String>> visible = zones.visibleZones(scope);
            if (visible.isPresent()) {
                if (visible.get().isEmpty()) {
                    return List.of();
                }
                sql.append(" AND beneficiary_zone IN (:zones)");
                params.put("zones", visible.get());
            }
        }
        sql.append(" ORDER BY event_date, created_at, id");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", rs.getString(1));
            m.put("beneficiary", rs.getString(2));
            m.put("beneficiaryZone", rs.getString(3));
            m.put("line", rs.getString(4));
            m.put("clause", rs.getString(5));
            m.put("amountYuan", rs.getBigDecimal(6) == null ? null : rs.getBigDecimal(6).setScale(2).toPlainString());
            m.put("amountType", rs.getString(7));
            m.put("payer", rs.getString(8));
            m.put("payableYear", rs.getInt(9));
            m.put("approvals", List.of(rs.getString(10).split(",")));
            m.put("explanation", rs.getString(11));
            m.put("eventDate", rs.getDate(12).toLocalDate().toString());
            m.put("factType", rs.getString(13));
            m.put("source", rs.getString(14));
            m.put("policyVersion", rs.getString(15));
            m.put("offeredAt", rs.getTimestamp(16).toInstant().toString());
            return m;
        }).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM policy_entitlement").query(Long.class).single();
    }
}
