package cn.gov.gansu.gaoxin.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.evaluation.scoring.Consequence;
import cn.gov.gansu.gaoxin.evaluation.scoring.Method;
import cn.gov.gansu.gaoxin.shared.ClauseReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the evaluation records under clause 20 for a zone's year: the published result of that
 * year's evaluation (the latest published version) — rank, composite, pass, consequences in Chinese.
 * Drafts are not shown.
 */
@Component
class EvaluationClauseReport implements ClauseReport {

    private final JdbcClient jdbc;

    EvaluationClauseReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<String>> features() {
        return Map.of("20", List.of("省级高新区年度评价：指标取自登记簿、两种计分方法、稳健性、审核与发布、通报约谈与撤销资格建议",
                "目标监测（高企占比10%、主导产业集中度60%等）"));
    }

    @Override
    public List<Item> items(String zone, int year) {
        List<Item> items = new ArrayList<>();
        jdbc.sql("SELECT r.rank_no, r.total, r.passed, r.consequences, e.method, e.version, "
                        + "(SELECT COUNT(*) FROM evaluation_result x WHERE x.evaluation_id = e.id) "
                        + "FROM evaluation e JOIN evaluation_result r ON r.evaluation_id = e.id "
                        + "WHERE e.eval_year = :y AND e.status = 'PUBLISHED' AND r.zone_code = :z ORDER BY e.version DESC")
                .param("y", year).param("z", zone)
                .query((rs, n) -> {
                    if (n == 0) {
                        items.add(new Item("20", "年度评价排名", rs.getInt(1) + "／" + rs.getInt(7)));
                        items.add(new Item("20", "综合得分", BigDecimal.valueOf(rs.getDouble(2)).setScale(2, RoundingMode.HALF_UP)));
                        items.add(new Item("20", "评价结论", rs.getBoolean(3) ? "合格" : "不合格"));
                        String c = rs.getString(4);
                        if (c != null && !c.isEmpty()) {
                            items.add(new Item("20", "评价结果运用", Arrays.stream(c.split(","))
                                    .map(code -> Consequence.valueOf(code).chineseName()).toList()));
                        }
                        items.add(new Item("20", "计分方法", methodName(rs.getString(5))));
                    }
                    return n;
                }).list();
        return items;
    }

    private static String methodName(String code) {
        try {
            return Method.valueOf(code).chineseName();
        } catch (IllegalArgumentException e) {
            return "—";
        }
    }
}
