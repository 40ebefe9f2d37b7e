package cn.gov.gansu.gaoxin.funds;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.gansu.gaoxin.award.AwardReads;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 资金台账: the double-entry ledger per payer and year. Each posting is two rows of one
 * {@code posting_key}, a debit (+) and a credit (−) of the same amount, written together in the
 * caller's transaction; the key is unique per account, so a posting is booked once however often
 * its event arrives. Accounts:
 * <ul>
 * <li>BUDGET (its credit balance is the budget granted) ↔ AVAILABLE: budget set or changed;</li>
 * <li>AVAILABLE → RESERVED: an award approved (预留); RESERVED → AVAILABLE: withdrawn before payment (释放);</li>
 * <li>RESERVED → PAID: paid (拨付);</li>
 * <li>RECEIVABLE ↔ RECOVERY_DUE: a recovery decided (应收追回款);</li>
 * <li>RECOVERED → AVAILABLE and RECEIVABLE → RECOVERY_DUE: money repaid (追回到账).</li>
 * </ul>
 * Since every posting sums to zero, per payer and year budget = available + reserved + paid − recovered.
 */
@Component
class FundLedger {

    static final String BUDGET = "BUDGET", AVAILABLE = "AVAILABLE", RESERVED = "RESERVED", PAID = "PAID",
            RECOVERED = "RECOVERED", RECEIVABLE = "RECEIVABLE", RECOVERY_DUE = "RECOVERY_DUE";

    private final JdbcClient jdbc;
    private final AwardReads awards;
    private final AuditTrail audit;

    FundLedger(JdbcClient jdbc, AwardReads awards, AuditTrail audit) {
        this.jdbc = jdbc;
        this.awards = awards;
        this.audit = audit;
    }

    /** Whether a posting was booked already. */
    boolean booked(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM fund_ledger WHERE posting_key = :k").param("k", key).query(Integer.class).single() > 0;
    }

    /** Books one posting: {@code amount} debited to {@code debit} and credited to {@code credit}; false when booked already. */
    boolean post(Posting p) {
        if (booked(p.key())) {
            return false;
        }
        Timestamp now = Timestamp.from(Instant.now());
        line(p, p.debit(), p.amount(), now);
        line(p, p.credit(), p.amount().negate(), now);
        return true;
    }

    private void line(Posting p, String account, BigDecimal amount, Timestamp now) {
        jdbc.sql("INSERT INTO fund_ledger (posting_key, kind, payer, ledger_year, zone, award_id, recovery_id, account, amount, "
                        + "occurred_at, actor, note) VALUES (:key, :kind, :payer, :year, :zone, :award, :recovery, :account, :amount, "
                        + ":now, :actor, :note)")
                .param("key", p.key()).param("kind", p.kind()).param("payer", p.payer()).param("year", p.year())
                .param("zone", p.zone()).param("award", p.awardId()).param("recovery", p.recoveryId())
                .param("account", account).param("amount", amount).param("now", now).param("actor", p.actor())
                .param("note", p.note()).update();
    }

    /**
     * Books the difference between award's budget for a payer's year and what the ledger holds, in the
     * caller's transaction. The book row is changed by a conditional UPDATE on the amount read, so two
     * synchronisations racing book the difference once; the loser answers false and may run again.
     */
    boolean syncBudget(String payer, int year, String actor) {
        Optional<AwardReads.BudgetRow> budget = awards.budgetForSystem(payer, year);
        if (budget.isEmpty()) {
            return true;
        }
        BigDecimal target = budget.get().amount();
        Optional<Book> book = jdbc.sql("SELECT booked, version FROM fund_budget_book WHERE payer = :p AND budget_year = :y")
                .param("p", payer).param("y", year).query((rs, n) -> new Book(rs.getBigDecimal(1), rs.getInt(2))).optional();
        int version;
        BigDecimal delta;
        if (book.isEmpty()) {
            jdbc.sql("INSERT INTO fund_budget_book (payer, budget_year, booked, version) VALUES (:p, :y, :b, 1)")
                    .param("p", payer).param("y", year).param("b", target).update();
            version = 1;
            delta = target;
        } else {
            if (book.get().booked().compareTo(target) == 0) {
                return true;
            }
            int updated = jdbc.sql("UPDATE fund_budget_book SET booked = :b, version = version + 1 WHERE payer = :p "
                            + "AND budget_year = :y AND version = :v")
                    .param("b", target).param("p", payer).param("y", year).param("v", book.get().version()).update();
            if (updated != 1) {
                return false;
            }
            version = book.get().version() + 1;
            delta = target.subtract(book.get().booked());
        }
        if (delta.signum() != 0) {
            post(new Posting("BUDGET:" + payer + ":" + year + ":" + version, "BUDGET", payer, year, null, null, null, AVAILABLE,
                    BUDGET, delta, actor, (book.isEmpty() ? "年度预算" : "预算调整") + Money.yuan(delta)));
            audit.recordAs(actor, "FUNDS_BUDGET_BOOKED", "BUDGET", payer + "/" + year, "资金台账记入" + year + "年度预算"
                    + (book.isEmpty() ? "" : "调整") + Money.yuan(delta) + "，预算为" + Money.yuan(target));
        }
        return true;
    }

    /** The balances of a payer's year, and what was released (withdrawn reservations). */
    Balances balances(String payer, int year) {
        Map<String, BigDecimal> by = new LinkedHashMap<>();
        jdbc.sql("SELECT account, SUM(amount) FROM fund_ledger WHERE payer = :p AND ledger_year = :y GROUP BY account")
                .param("p", payer).param("y", year).query((rs, n) -> by.put(rs.getString(1), rs.getBigDecimal(2))).list();
        BigDecimal released = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM fund_ledger WHERE payer = :p AND ledger_year = :y "
                        + "AND kind = 'RELEASE' AND account = 'AVAILABLE'")
                .param("p", payer).param("y", year).query(BigDecimal.class).single();
        boolean known = jdbc.sql("SELECT COUNT(*) FROM fund_budget_book WHERE payer = :p AND budget_year = :y")
                .param("p", payer).param("y", year).query(Integer.class).single() > 0;
        return new Balances(payer, year, known ? neg(by.get(BUDGET)) : null, val(by.get(AVAILABLE)), val(by.get(RESERVED)),
                Money.scale(released), val(by.get(PAID)), neg(by.get(RECOVERED)), val(by.get(RECEIVABLE)),
                by.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum() == 0);
    }

    /** Per zone of the beneficiaries: reserved, paid, recovered and receivable of a payer's year. */
    List<ZoneBalances> byZone(String payer, int year) {
        Map<String, Map<String, BigDecimal>> by = new LinkedHashMap<>();
        jdbc.sql("SELECT zone, account, SUM(amount) FROM fund_ledger WHERE payer = :p AND ledger_year = :y AND zone IS NOT NULL "
                        + "GROUP BY zone, account ORDER BY zone")
                .param("p", payer).param("y", year)
                .query((rs, n) -> by.computeIfAbsent(rs.getString(1), z -> new LinkedHashMap<>()).put(rs.getString(2), rs.getBigDecimal(3)))
                .list();
        List<ZoneBalances> rows = new ArrayList<>();
        by.forEach((zone, m) -> rows.add(new ZoneBalances(zone, val(m.get(RESERVED)), val(m.get(PAID)), neg(m.get(RECOVERED)),
                val(m.get(RECEIVABLE)))));
        return rows;
    }

    /** The ledger rows of a payer's year, oldest first. */
    List<Entry> entries(String payer, int year, int limit) {
        return jdbc.sql("SELECT id, posting_key, kind, zone, award_id, recovery_id, account, amount, occurred_at, actor, note "
                        + "FROM fund_ledger WHERE payer = :p AND ledger_year = :y ORDER BY id LIMIT :limit")
                .param("p", payer).param("y", year).param("limit", limit)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5, Long.class), (Long) rs.getObject(6, Long.class), rs.getString(7),
                        rs.getBigDecimal(8), rs.getTimestamp(9).toInstant(), rs.getString(10), rs.getString(11)))
                .list();
    }

    /** The postings whose rows do not sum to zero (none, unless the ledger is broken). */
    List<String> unbalancedPostings() {
        return jdbc.sql("SELECT posting_key FROM fund_ledger GROUP BY posting_key HAVING SUM(amount) <> 0").query(String.class).list();
    }

    /** The payers and years the ledger holds, newest year first. */
    List<PayerYear> payerYears() {
        return jdbc.sql("SELECT DISTINCT payer, ledger_year FROM fund_ledger ORDER BY ledger_year DESC, payer")
                .query((rs, n) -> new PayerYear(rs.getString(1), rs.getInt(2))).list();
    }

    private static BigDecimal val(BigDecimal v) {
        return Money.scale(v == null ? BigDecimal.ZERO : v);
    }

    private static BigDecimal neg(BigDecimal v) {
        return val(v).negate().add(BigDecimal.ZERO.setScale(2));
    }

    record Book(BigDecimal booked, int version) {
    }

    /** One posting: {@code amount} (> 0, or a negative budget change) from {@code credit} to {@code debit}. */
    record Posting(String key, String kind, String payer, int year, String zone, Long awardId, Long recoveryId, String debit,
            String credit, BigDecimal amount, String actor, String note) {
    }

    /** A payer's year; {@code budget} null when award holds no budget for it. */
    record Balances(String payer, int year, BigDecimal budget, BigDecimal available, BigDecimal reserved, BigDecimal released,
            BigDecimal paid, BigDecimal recovered, BigDecimal receivable, boolean postingsSumToZero) {

        /** budget = available + reserved + paid − recovered. */
        boolean adds() {
            BigDecimal b = budget == null ? BigDecimal.ZERO : budget;
            return postingsSumToZero && b.compareTo(available.add(reserved).add(paid).subtract(recovered)) == 0;
        }
    }

    record ZoneBalances(String zone, BigDecimal reserved, BigDecimal paid, BigDecimal recovered, BigDecimal receivable) {
    }

    record Entry(long id, String postingKey, String kind, String zone, Long awardId, Long recoveryId, String account,
            BigDecimal amount, Instant at, String actor, String note) {
    }

    record PayerYear(String payer, int year) {
    }
}
