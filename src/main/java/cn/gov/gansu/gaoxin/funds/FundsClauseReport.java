package cn.gov.gansu.gaoxin.funds;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.shared.ClauseReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What funds does under clauses 19 (市县配套) and 21 (资金管理与使用、规划、经验), and a zone's year under them. */
@Component
class FundsClauseReport implements ClauseReport {

    private final JdbcClient jdbc;
    private final FundsScope scopes;
    private final SupportMeasures measures;
    private final Recoveries recoveries;
    private final FundUseOverview overview;

    FundsClauseReport(JdbcClient jdbc, FundsScope scopes, SupportMeasures measures, Recoveries recoveries, FundUseOverview overview) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.measures = measures;
        this.recoveries = recoveries;
        this.overview = overview;
    }

    @Override
    public Map<String, List<String>> features() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("19", List.of("市县配套措施登记（名称、文号、日期、承诺资金）", "市州承诺配套资金与实际拨付对比"));
        f.put("21", List.of("奖补资金使用报告（四类用途）与审核", "逾期未报告清单与站内催报", "资金追回（审核方提出、另一位省科技厅管理员决定）",
                "资金台账（预算、预留、释放、拨付、追回，复式记账，年度对账单及Excel）", "高新区十四五产业与创新规划报送审核", "可复制可推广经验库"));
        return f;
    }

    @Override
    public List<Item> items(String zone, int year) {
        Items items = new Items();
        Date from = Date.valueOf(LocalDate.of(year, 1, 1));
        Date to = Date.valueOf(LocalDate.of(year, 12, 31));
        String city = scopes.cityOf(zone);
        if (city != null) {
            List<SupportMeasures.Measure> ms = measures.query(city, year);
            if (!ms.isEmpty()) {
                items.add("19", scopes.cityName(city) + "当年配套措施", ms.stream().map(m -> m.title() + "（" + m.documentNumber() + "）").toList());
                BigDecimal committed = ms.stream().map(SupportMeasures.Measure::committed).filter(java.util.Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                items.add("19", scopes.cityName(city) + "承诺配套资金（元）", Money.json(committed));
            }
        }
        long paidCount = jdbc.sql("SELECT COUNT(*) FROM funds_award WHERE zone = :z AND status = 'PAID' AND paid_on BETWEEN :f AND :t")
                .param("z", zone).param("f", from).param("t", to).query(Long.class).single();
        if (paidCount > 0) {
            BigDecimal paid = jdbc.sql("SELECT SUM(paid_amount) FROM funds_award WHERE zone = :z AND status = 'PAID' AND paid_on BETWEEN :f AND :t")
                    .param("z", zone).param("f", from).param("t", to).query(BigDecimal.class).single();
            items.add("21", "已拨付奖补资金（元）", Money.json(paid));
        }
        BigDecimal reported = jdbc.sql("SELECT SUM(i.amount) FROM fund_use_item i JOIN fund_use_report r ON r.id = i.report_id "
                        + "JOIN funds_award fa ON fa.award_id = r.award_id WHERE fa.zone = :z AND r.report_year = :y AND r.status <> 'RETURNED'")
                .param("z", zone).param("y", year).query(BigDecimal.class).optional().orElse(null);
        items.addIfPresent("21", "已报告使用资金（元）", Money.json(reported));
        if (paidCount > 0 || reported != null) {
            overview.summary(new cn.gov.gansu.gaoxin.identity.DataScope("system", cn.gov.gansu.gaoxin.identity.Role.AUDITOR, null, null, null), year)
                    .stream().filter(s -> s.zone().equals(zone)).findFirst()
                    .ifPresent(s -> items.add("21", "逾期未报告资金使用的奖补（项）", s.overdue()));
        }
        BigDecimal recovered = recoveries.recoveredIn(zone, year);
        if (recovered.signum() != 0) {
            items.add("21", "已追回资金（元）", Money.json(recovered));
        }
        items.addIfPresent("21", "已审核的发展规划", jdbc.sql("SELECT title FROM zone_plan WHERE zone = :z AND status = 'ACCEPTED' "
                        + "AND adopted_on <= :t ORDER BY adopted_on")
                .param("z", zone).param("t", to).query(String.class).list());
        items.addIfPresent("21", "当年发布的可复制可推广经验", jdbc.sql("SELECT title FROM zone_experience WHERE zone = :z AND status = 'PUBLISHED' "
                        + "AND published_on BETWEEN :f AND :t ORDER BY published_on")
                .param("z", zone).param("f", from).param("t", to).query(String.class).list());
        return items.list();
    }
}
