package cn.gov.gansu.gaoxin.talent;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.platform.PlatformKind;
import cn.gov.gansu.gaoxin.shared.ClauseReport;
import org.springframework.stereotype.Component;

/**
 * What the talent module serves under clauses 7, 8 and 9, and a zone's year of it: records started
 * that year and on record at its end, by kind; station and joint-training teams by their carrier's
 * kind; foreign talent whose permits were issued. The carriers themselves are counted by the
 * platform module's report.
 */
@Component
class TalentClauseReport implements ClauseReport {

    private final Talents talents;

    TalentClauseReport(Talents talents) {
        this.talents = talents;
    }

    @Override
    public Map<String, List<String>> features() {
        return Map.of("7", List.of("青年人才项目登记", "院士工作站、博士后科研工作站团队成员登记"),
                "8", List.of("双聘、旋转门人才登记", "校企联合人才培养平台团队登记"),
                "9", List.of("外籍高端人才及工作、居留许可办理状态"));
    }

    @Override
    public List<Item> items(String zone, int year) {
        Map<TalentKind, long[]> byKind = new EnumMap<>(TalentKind.class);
        Map<String, long[]> teams = new LinkedHashMap<>();
        long permits = 0;
        for (Talents.ZoneCount c : talents.countsUnscoped(year, zone)) {
            long[] k = byKind.computeIfAbsent(c.kind(), x -> new long[2]);
            k[0] += c.startedInYear();
            k[1] += c.atYearEnd();
            if (c.kind() == TalentKind.TEAM_MEMBER && c.carrierKind() != null) {
                long[] t = teams.computeIfAbsent(c.carrierKind(), x -> new long[2]);
                t[0] += c.startedInYear();
                t[1] += c.atYearEnd();
            }
            if (c.permitsIssued() != null) {
                permits += c.permitsIssued();
            }
        }
        List<Item> out = new ArrayList<>();
        for (TalentKind k : TalentKind.values()) {
            if (k == TalentKind.TEAM_MEMBER) {
                continue;
            }
            long[] n = byKind.getOrDefault(k, new long[2]);
            out.add(new Item(k.clause(), "新增" + k.chineseName() + "（人）", n[0]));
            if (n[1] > 0) {
                out.add(new Item(k.clause(), "年末累计" + k.chineseName() + "（人）", n[1]));
            }
        }
        if (byKind.containsKey(TalentKind.FOREIGN_EXPERT)) {
            out.add(new Item("9", "外籍高端人才已获工作或居留许可（人，当前状态）", permits));
        }
        teams.forEach((carrierKind, n) -> {
            PlatformKind pk = PlatformKind.valueOf(carrierKind);
            String clause = pk == PlatformKind.JOINT_TRAINING_PLATFORM ? "8" : "7";
            out.add(new Item(clause, "新增" + pk.chineseName() + "团队成员（人）", n[0]));
            out.add(new Item(clause, "年末" + pk.chineseName() + "团队成员（人）", n[1]));
        });
        return out;
    }
}
