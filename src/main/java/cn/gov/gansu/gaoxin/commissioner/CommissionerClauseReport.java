package cn.gov.gansu.gaoxin.commissioner;

import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.shared.ClauseReport;
import org.springframework.stereotype.Component;

/** What the commissioner module serves under clause 7, and a zone's year of it. */
@Component
class CommissionerClauseReport implements ClauseReport {

    private final CommissionerManagement commissioners;

    CommissionerClauseReport(CommissionerManagement commissioners) {
        this.commissioners = commissioners;
    }

    @Override
    public Map<String, List<String>> features() {
        return Map.of("7", List.of("科技专员库（专业领域、服务上限）", "企业年度科技专员需求",
                "年度科技专员选派（最优化：先覆盖最多高新区，再求最高适配度）及人工调整",
                "专员服务记录、企业满意度评价与年度报告"));
    }

    @Override
    public List<Item> items(String zone, int year) {
        Map<String, Long> y = commissioners.zoneYear(zone, year);
        return List.of(new Item("7", "企业提出科技专员需求（项）", y.get("needs")),
                new Item("7", "已选派科技专员服务的需求（项，当年最新方案）", y.get("served")));
    }
}
