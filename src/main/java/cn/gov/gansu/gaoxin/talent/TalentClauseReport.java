package cn.gov.gansu.gaoxin.talent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.shared.ClauseReport;
import org.springframework.stereotype.Component;

/** What the talent module serves under clauses 7, 8 and 9, and a zone's year of it (records started that year). */
@Component
class TalentClauseReport implements ClauseReport {

    private final Talents talents;

    TalentClauseReport(Talents talents) {
        this.talents = talents;
    }

    @Override
    public Map<String, List<String>> features() {
        return Map.of("7", List.of("青年人才项目登记"), "8", List.of("双聘、旋转门人才登记"),
                "9", List.of("外籍高端人才及工作、居留许可办理状态"));
    }

    @Override
    public List<Item> items(String zone, int year) {
        Map<TalentKind, Long> counts = talents.countsStarted(zone, year);
        List<Item> out = new ArrayList<>();
        for (TalentKind k : TalentKind.values()) {
            out.add(new Item(k.clause(), "新增" + k.chineseName() + "（人）", counts.getOrDefault(k, 0L)));
        }
        return out;
    }
}
