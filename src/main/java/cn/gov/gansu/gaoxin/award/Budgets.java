package cn.gov.gansu.gaoxin.award;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.gansu.gaoxin.award.AwardProblems.BudgetBelowReserved;
import cn.gov.gansu.gaoxin.award.AwardProblems.BudgetExceeded;
import cn.gov.gansu.gaoxin.award.AwardProblems.NoBudget;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.HashChain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Budgets per payer and year and the append-only fund ledger. Every change of a budget row is
 * one conditional UPDATE whose WHERE clause states the invariant (reserved ≤ amount, paid ≤
 * reserved), so concurrent approvals can never reserve more than the budget: the database
 * serialises the updates of the row and re-checks the condition for each. Called inside the
 * award transactions; a refused reservation throws and rolls the whole decision back.
 */
@Component
class Budgets {

    private final JdbcClient jdbc;

    private final HashChain chain;

    Budgets(JdbcClient jdbc, HashChain chain) {
        this.jdbc = jdbc;
        this.chain = chain;
    }

    Optional<Budget> find(String payer, int year) {
        return jdbc.sql("SELECT payer, budget_year, amount, reserved, paid FROM budget WHERE payer = :p AND budget_year = :y")
                .param("p", payer).param("y", year).query(Budgets::map).optional();
    }

    List<Budget> list(Integer year, String payer) {
        StringBuilder sql = new StringBuilder("SELECT payer, budget_year, amount, reserved, paid FROM budget WHERE 1=1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (year != null) {
            sql.append(" AND budget_year = :y");
            params.put("y", year);
        }
        if (payer != null) {
            sql.append(" AND payer = :p");
            params.put("p", payer);
        }
        return jdbc.sql(sql + " ORDER BY budget_year, payer").params(params).query(Budgets::map).list();
    }

    /**
     * Sets (creates or changes) the amount of a payer's year; answers whether it was created.
     * Lowering below the reserved amount is refused by the UPDATE's condition.
     */
    boolean set(String payer, int year, BigDecimal amount, String actor) {
        Timestamp now = Timestamp.from(Instant.now());
        int updated = jdbc.sql("UPDATE budget SET amount = :a, updated_at = :now, updated_by = :by "
                        + "WHERE payer = :p AND budget_year = :y AND reserved <= :a")
                .param("a", amount).param("now", now).param("by", actor).param("p", payer).param("y", year).update();
        boolean created = false;
        if (updated == 0) {
            Optional<Budget> existing = find(payer, year);
            if (existing.isPresent()) {
                throw new BudgetBelowReserved(payer, year, existing.get().reserved());
            }
            jdbc.sql("INSERT INTO budget (payer, budget_year, amount, reserved, paid, updated_at, updated_by) "
                            + "VALUES (:p, :y, :a, 0, 0, :now, :by)")
                    .param("p", payer).param("y", year).param("a", amount).param("now", now).param("by", actor).update();
            created = true;
        }
        ledger(payer, year, "BUDGET_SET", amount, null, null, actor, (created ? "设置" : "调整") + "年度预算为" + AwardProblems.yuan(amount));
        return created;
    }

    /** 预留: reserves an approved award's amount, or refuses (no budget / not enough left). */
    void reserve(String payer, int year, BigDecimal amount, long awardId, String actor) {
        int updated = jdbc.sql("UPDATE budget SET reserved = reserved + :amt WHERE payer = :p AND budget_year = :y "
                        + "AND reserved + :amt <= amount")
                .param("amt", amount).param("p", payer).param("y", year).update();
        if (updated != 1) {
            Budget b = find(payer, year).orElseThrow(() -> new NoBudget(payer, year));
            throw new BudgetExceeded(payer, year, amount, b.available());
        }
        ledger(payer, year, "RESERVATION", amount, awardId, null, actor, "奖补" + awardId + "批准，预留资金");
    }

    /** 释放: gives back the reservation of an approved, unpaid award that was withdrawn. */
    void release(String payer, int year, BigDecimal amount, long awardId, String actor) {
        int updated = jdbc.sql("UPDATE budget SET reserved = reserved - :amt WHERE payer = :p AND budget_year = :y "
                        + "AND reserved - :amt >= paid")
                .param("amt", amount).param("p", payer).param("y", year).update();
        if (updated != 1) {
            throw new IllegalStateException("budget " + payer + "/" + year + " holds no reservation of " + amount);
        }
        ledger(payer, year, "RELEASE", amount, awardId, null, actor, "奖补" + awardId + "撤回，释放预留资金");
    }

    /** 支付: moves a reserved amount to paid. */
    void pay(String payer, int year, BigDecimal amount, long awardId, long paymentId, String actor) {
        int updated = jdbc.sql("UPDATE budget SET paid = paid + :amt WHERE payer = :p AND budget_year = :y "
                        + "AND paid + :amt <= reserved")
                .param("amt", amount).param("p", payer).param("y", year).update();
        if (updated != 1) {
            throw new IllegalStateException("budget " + payer + "/" + year + " has no reservation to pay " + amount);
        }
        ledger(payer, year, "PAYMENT", amount, awardId, paymentId, actor, "奖补" + awardId + "支付");
    }

    List<LedgerEntry> ledger(String payer, Integer year) {
        StringBuilder sql = new StringBuilder("SELECT id, payer, budget_year, kind, amount, award_id, payment_id, occurred_at, actor, note "
                + "FROM budget_ledger WHERE payer = :p");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("p", payer);
        if (year != null) {
            sql.append(" AND budget_year = :y");
            params.put("y", year);
        }
        return jdbc.sql(sql + " ORDER BY id").params(params)
                .query((rs, n) -> new LedgerEntry(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getBigDecimal(5), (Long) rs.getObject(6, Long.class), (Long) rs.getObject(7, Long.class),
                        rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getString(10)))
                .list();
    }

    /**
     * Who may set which payer's budget: 省科技厅 (PROVINCE_ADMIN) any payer's; a city officer only its
     * own city's (the payer code of its matching lines is its city code, e.g. lanzhou-city); anyone
     * else none. Answers the refusal, empty when allowed.
     */
    static Optional<Forbidden> refusalToSet(DataScope scope, String payer) {
        if (scope.role() == Role.PROVINCE_ADMIN) {
            return Optional.empty();
        }
        if (scope.role() == Role.CITY_OFFICER && scope.city() != null) {
            return payer.equals(scope.city()) ? Optional.empty()
                    : Optional.of(new Forbidden("市(州)工作人员只能设置本市(州)（付款单位代码 " + scope.city() + "）的预算，无权设置付款单位“"
                            + payer + "”的预算"));
        }
        return Optional.of(new Forbidden("角色“" + scope.role().chineseName() + "”无权设置预算：预算由省科技厅管理员设置，市(州)配套预算由本市(州)工作人员设置"));
    }

    /** Which payers' budgets a scope may read: province-wide roles all; a city or zone its own (matching awards). */
    static Optional<String> ownPayer(DataScope scope) {
        if (scope.provinceWide()) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (scope.role().scopeKind()) {
            case CITY -> scope.city();
            case ZONE -> scope.zone();
            default -> null;
        });
    }

    private void ledger(String payer, int year, String kind, BigDecimal amount, Long awardId, Long paymentId, String actor,
            String note) {
        // appended to the fund ledger's hash chain (AwardChains); the database refuses UPDATE and DELETE
        chain.append(AwardChains.BUDGET_LEDGER, java.util.Arrays.asList(payer, year, kind, amount, awardId, paymentId,
                Timestamp.from(Instant.now()), actor, note));
    }

    private static Budget map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Budget(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5));
    }

    /** A payer's budget for a year; reserved includes what is paid. */
    record Budget(String payer, int year, BigDecimal amount, BigDecimal reserved, BigDecimal paid) {
        BigDecimal available() {
            return amount.subtract(reserved);
        }
    }

    /** One ledger row. kind: BUDGET_SET, RESERVATION, RELEASE, PAYMENT. */
    record LedgerEntry(long id, String payer, int year, String kind, BigDecimal amount, Long awardId, Long paymentId,
            Instant at, String actor, String note) {
    }
}
