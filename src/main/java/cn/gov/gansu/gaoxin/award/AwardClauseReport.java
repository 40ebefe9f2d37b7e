package cn.gov.gansu.gaoxin.award;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.shared.ClauseReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the award workflow records for a zone's year, by clause: awards to the zone and its units
 * paid from that year's budgets (count and amount in 元) and awards payable that year still in the
 * workflow.
 */
@Component
class AwardClauseReport implements ClauseReport {

    private final JdbcClient jdbc;

    AwardClauseReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<String>> features() {
        return Map.of(
                "1", List.of("一事一议奖补案件：审批链与拨付"),
                "2", List.of("新认定省级高新区奖补：确认、审批、拨付"),
                "5", List.of("国家科技项目落地奖励：确认、审批、拨付"),
                "10", List.of("新认定高企、省级科技创新型企业、引进独角兽/瞪羚奖补及市(州)、高新区配套奖补：确认、审批、拨付"),
                "19", List.of("市(州)、高新区配套奖补的预算与拨付"),
                "20", List.of("评价排名靠前奖励：审批与拨付"));
    }

    @Override
    public List<Item> items(String zone, int year) {
        Items items = new Items();
        jdbc.sql("SELECT a.clause, COUNT(*), SUM(p.amount) FROM award a JOIN payment p ON p.award_id = a.id "
                        + "WHERE a.beneficiary_zone = :z AND p.budget_year = :y GROUP BY a.clause ORDER BY a.clause")
                .param("z", zone).param("y", year)
                .query(rs -> {
                    String clause = rs.getString(1);
                    items.add(clause, "已拨付奖补（笔）", rs.getLong(2));
                    BigDecimal sum = rs.getBigDecimal(3);
                    items.add(clause, "已拨付奖补金额（元）", sum == null ? null : sum.setScale(2).toPlainString());
                });
        jdbc.sql("SELECT clause, COUNT(*) FROM award WHERE beneficiary_zone = :z AND payable_year = :y "
                        + "AND status IN ('PENDING_CONFIRMATION', 'UNDER_REVIEW', 'APPROVED') GROUP BY clause ORDER BY clause")
                .param("z", zone).param("y", year)
                .query(rs -> {
                    items.add(rs.getString(1), "办理中奖补（笔）", rs.getLong(2));
                });
        return items.list();
    }
}
