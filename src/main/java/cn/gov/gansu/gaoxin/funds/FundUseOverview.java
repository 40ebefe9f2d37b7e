package cn.gov.gansu.gaoxin.funds;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.gansu.gaoxin.funds.FundUse.Page;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The paid awards and their use at a glance (contracts §10's summary), and 逾期: an award paid more than
 * {@code gaoxin.fund-use.report-due-days} (365) days ago with nothing reported is overdue — listed for
 * the reviewer and reminded to the beneficiary, at most once every {@code gaoxin.fund-use.remind-every-days}.
 * Payments are dated by day, so "more than N days ago" reads as paid on or before today − N (a payment
 * made earlier on that day is more than N days old now; with N = 0 every award paid before now counts).
 */
@Service
public class FundUseOverview {

    private final JdbcClient jdbc;
    private final FundsScope scopes;
    private final FundsMessages messages;
    private final AuditTrail audit;
    private final Transactions tx;
    private final int dueDays;
    private final int remindEveryDays;

    FundUseOverview(JdbcClient jdbc, FundsScope scopes, FundsMessages messages, AuditTrail audit, Transactions tx,
            @Value("${gaoxin.fund-use.report-due-days:365}") int dueDays, @Value("${gaoxin.fund-use.remind-every-days:30}") int remindEveryDays) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.messages = messages;
        this.audit = audit;
        this.tx = tx;
        this.dueDays = dueDays;
        this.remindEveryDays = remindEveryDays;
    }

    public int dueDays() {
        return dueDays;
    }

    /** The paid awards in scope (the 资金使用 page), newest first; {@code overdueOnly} keeps the overdue ones. */
    public Page<PaidAward> paidAwards(DataScope scope, String zone, Integer paidYear, boolean overdueOnly, Paging paging) {
        Optional<FundsScope.Sql> s = scopes.awards(scope);
        if (s.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        StringBuilder where = new StringBuilder(" AND fa.status = 'PAID'" + s.get().where());
        Map<String, Object> params = new HashMap<>(s.get().params());
        if (zone != null && !zone.isBlank()) {
            where.append(" AND fa.zone = :zone");
            params.put("zone", zone.trim());
        }
        if (paidYear != null) {
            where.append(" AND fa.paid_on BETWEEN :from AND :to");
            params.put("from", Date.valueOf(LocalDate.of(paidYear, 1, 1)));
            params.put("to", Date.valueOf(LocalDate.of(paidYear, 12, 31)));
        }
        if (overdueOnly) {
            where.append(" AND fa.reported = 0 AND fa.paid_on <= :cutoff");
            params.put("cutoff", Date.valueOf(today().minusDays(dueDays)));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM funds_award fa WHERE 1=1" + where).params(params).query(Long.class).single();
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        List<PaidAward> items = jdbc.sql("SELECT " + PaidAwards.columns() + " FROM funds_award fa WHERE 1=1" + where
                        + " ORDER BY fa.paid_on DESC, fa.award_id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(PaidAwards::map).list();
        return new Page<>(items, total);
    }

    /** Whether a paid award is overdue today. */
    public boolean overdue(PaidAward a) {
        return a.paid() && a.reported().signum() == 0 && a.paidOn() != null && !a.paidOn().isAfter(today().minusDays(dueDays));
    }

    /** Contracts §10: per zone in scope, paid in the year, reported for the year (by use) and overdue awards. */
    public List<SummaryItem> summary(DataScope scope, int year) {
        checkYear(year);
        Optional<FundsScope.Sql> s = scopes.awards(scope);
        if (s.isEmpty()) {
            if (scope.role() == Role.ENTERPRISE || scope.role().scopeKind() == Role.ScopeKind.PROVINCE
                    || scope.role().scopeKind() == Role.ScopeKind.CITY || scope.role().scopeKind() == Role.ScopeKind.ZONE) {
                return List.of();
            }
            throw new Forbidden("角色“" + scope.role().chineseName() + "”无权查看资金使用汇总");
        }
        String where = s.get().where();
        Map<String, Object> params = new HashMap<>(s.get().params());
        params.put("from", Date.valueOf(LocalDate.of(year, 1, 1)));
        params.put("to", Date.valueOf(LocalDate.of(year, 12, 31)));
        params.put("year", year);
        LocalDate reference = today().isBefore(LocalDate.of(year, 12, 31)) ? today() : LocalDate.of(year, 12, 31);
        params.put("cutoff", Date.valueOf(reference.minusDays(dueDays)));

        Map<String, BigDecimal> paid = new HashMap<>();
        jdbc.sql("SELECT fa.zone, SUM(fa.paid_amount) FROM funds_award fa WHERE fa.status = 'PAID' AND fa.paid_on BETWEEN :from AND :to"
                        + where + " GROUP BY fa.zone").params(params)
                .query((rs, n) -> paid.put(rs.getString(1), rs.getBigDecimal(2))).list();
        Map<String, Map<FundUseCategory, BigDecimal>> reported = new HashMap<>();
        jdbc.sql("SELECT fa.zone, i.category, SUM(i.amount) FROM fund_use_item i JOIN fund_use_report r ON r.id = i.report_id "
                        + "JOIN funds_award fa ON fa.award_id = r.award_id WHERE r.report_year = :year AND r.status <> 'RETURNED'" + where
                        + " GROUP BY fa.zone, i.category").params(params)
                .query((rs, n) -> reported.computeIfAbsent(rs.getString(1), z -> new EnumMap<>(FundUseCategory.class))
                        .put(FundUseCategory.valueOf(rs.getString(2)), rs.getBigDecimal(3))).list();
        Map<String, Long> overdue = new HashMap<>();
        jdbc.sql("SELECT fa.zone, COUNT(*) FROM funds_award fa WHERE fa.status = 'PAID' AND fa.reported = 0 AND fa.paid_on <= :cutoff"
                        + where + " GROUP BY fa.zone").params(params)
                .query((rs, n) -> overdue.put(rs.getString(1), rs.getLong(2))).list();

        Set<String> zones = new LinkedHashSet<>(scopes.zoneList(scope));
        zones.addAll(paid.keySet());
        zones.addAll(reported.keySet());
        zones.addAll(overdue.keySet());
        zones.remove(null);
        List<SummaryItem> items = new ArrayList<>();
        for (String zone : zones) {
            Map<FundUseCategory, BigDecimal> cats = reported.getOrDefault(zone, Map.of());
            Map<String, String> byCategory = new LinkedHashMap<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (FundUseCategory c : FundUseCategory.values()) {
                BigDecimal v = cats.getOrDefault(c, BigDecimal.ZERO);
                byCategory.put(c.name(), Money.json(v));
                sum = sum.add(v);
            }
            items.add(new SummaryItem(zone, scopes.zoneName(zone), Money.json(paid.getOrDefault(zone, BigDecimal.ZERO)), Money.json(sum),
                    byCategory, overdue.getOrDefault(zone, 0L)));
        }
        return items;
    }

    // ------------------------------------------------------------------ reminders

    /**
     * 催报: reminds the beneficiaries of the overdue awards in the caller's scope (reviewers and the
     * province admin), at most once every {@code gaoxin.fund-use.remind-every-days} days each. Answers how many.
     */
    public int remindOverdue() {
        DataScope scope = CurrentUser.requireAnyOf(Role.ZONE_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_ADMIN);
        int n = remind(scope, remindEveryDays, scope.username());
        audit.record("FUND_USE_REMINDED", "FUND_USE", scope.username(), "催报逾期未报告的资金使用情况" + n + "项");
        return n;
    }

    /** The scheduled reminder: every overdue award in the province. */
    int remindAll() {
        return remind(new DataScope("system", Role.PROVINCE_ADMIN, null, null, null), remindEveryDays, "system");
    }

    private int remind(DataScope scope, int everyDays, String actor) {
        int reminded = 0;
        List<PaidAward> overdue = new ArrayList<>();
        for (int page = 0;; page++) {
            List<PaidAward> batch = paidAwards(scope, null, null, true, new Paging(page, Paging.MAX_SIZE)).items();
            overdue.addAll(batch);
            if (batch.size() < Paging.MAX_SIZE) {
                break;
            }
        }
        for (PaidAward a : overdue) {
            if (scope.role() != Role.PROVINCE_ADMIN && !scopes.isReviewer(scope, a)) {
                continue;
            }
            LocalDate today = today();
            reminded += tx.run(() -> {
                int moved = jdbc.sql("UPDATE funds_award SET reminded_on = :today WHERE award_id = :id "
                                + "AND (reminded_on IS NULL OR reminded_on < :last)")
                        .param("today", Date.valueOf(today)).param("last", Date.valueOf(today.minusDays(everyDays)))
                        .param("id", a.awardId()).update();
                if (moved == 1) {
                    messages.toBeneficiary(a, "请报告奖补资金使用情况", "奖补" + a.awardId() + "（" + Money.yuan(a.paidAmount()) + "）已于"
                            + a.paidOn() + "拨付，超过" + dueDays + "天仍未报告资金使用情况。请按第二十一条的用途尽快填报。");
                    audit.recordAs(actor, "FUND_USE_REMINDER_SENT", "FUNDS_AWARD", String.valueOf(a.awardId()), "催报资金使用情况");
                }
                return moved;
            });
        }
        return reminded;
    }

    static LocalDate today() {
        return FundUse.today();
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInput("参数“year”：年度须为2000至2100之间的整数");
        }
    }

    /** One zone of contracts §10's summary; money as JSON strings. */
    public record SummaryItem(String zone, String zoneName, String paidYuan, String reportedYuan, Map<String, String> byCategory,
            long overdue) {
    }
}
