package cn.gov.gansu.gaoxin.commissioner.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import cn.gov.gansu.gaoxin.commissioner.dispatch.DispatchPlanner.Assignment;
import cn.gov.gansu.gaoxin.commissioner.dispatch.DispatchPlanner.Commissioner;
import cn.gov.gansu.gaoxin.commissioner.dispatch.DispatchPlanner.Need;
import cn.gov.gansu.gaoxin.commissioner.dispatch.DispatchPlanner.Plan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The dispatch optimiser (contracts §12) against exhaustive search on small seeded random cases. */
class DispatchPlannerTests {

    private static final String[] FIELDS = {"新材料", "材料化工", "生物医药", "医药研发", "装备制造", "智能制造", "农产品加工", "新能源"};
    private static final String[] ZONES = {"lanzhou", "baiyin", "jinchang", "zhangye"};

    private final DispatchPlanner planner = new DispatchPlanner();

    @Test
    @DisplayName("适配度：领域与专长相同为2，有两个连续相同汉字为1（新材料与材料化工共有“材料”），否则为0")
    void fitFollowsTheContract() {
        assertThat(DispatchPlanner.fit("新材料", List.of("新材料", "生物医药"))).isEqualTo(2);
        assertThat(DispatchPlanner.fit("新材料", List.of("材料化工"))).isEqualTo(1);
        assertThat(DispatchPlanner.fit("生物医药", List.of("医药研发"))).isEqualTo(1);
        assertThat(DispatchPlanner.fit("新材料", List.of("新能源"))).isZero();
        assertThat(DispatchPlanner.fit("新材料", List.of("材"))).isZero();
    }

    @Test
    @DisplayName("覆盖高新区优先于总适配度：宁可少2分也要多覆盖一个高新区")
    void coverageComesBeforeFit() {
        // one commissioner of capacity 1; lanzhou need fits 2, baiyin need fits 1; a second commissioner fits only lanzhou
        List<Commissioner> cs = List.of(new Commissioner(1, List.of("新材料", "材料化工"), 1),
                new Commissioner(2, List.of("新材料"), 1));
        List<Need> ns = List.of(new Need(10, "lanzhou", "新材料"), new Need(11, "lanzhou", "新材料"),
                new Need(12, "baiyin", "化工材料"));
        Plan p = planner.plan(cs, ns);
        assertThat(p.zonesCovered()).isEqualTo(2);
        assertThat(p.assignments()).extracting(Assignment::need).contains(12L);
        assertThat(p.totalFit()).isEqualTo(3);
    }

    @Test
    @DisplayName("没有专员或没有需求时是空方案，所有需求列为未分配")
    void emptyInputGivesAnEmptyPlan() {
        assertThat(planner.plan(List.of(), List.of(new Need(1, "lanzhou", "新材料"))).unassigned()).containsExactly(1L);
        assertThat(planner.plan(List.of(new Commissioner(1, List.of("新材料"), 3)), List.of()).assignments()).isEmpty();
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    @ParameterizedTest(name = "随机种子 {0}")
    @MethodSource("seeds")
    @DisplayName("小规模随机案例：方案可行，覆盖高新区数和总适配度与穷举所得最优值相同")
    void matchesExhaustiveSearch(long seed) {
        Random r = new Random(seed);
        List<Commissioner> cs = new ArrayList<>();
        int nc = 1 + r.nextInt(3);
        for (int i = 0; i < nc; i++) {
            List<String> ex = new ArrayList<>();
            int k = 1 + r.nextInt(2);
            for (int j = 0; j < k; j++) {
                ex.add(FIELDS[r.nextInt(FIELDS.length)]);
            }
            cs.add(new Commissioner(100 + i, ex, 1 + r.nextInt(2)));
        }
        List<Need> ns = new ArrayList<>();
        int nn = 1 + r.nextInt(7);
        for (int i = 0; i < nn; i++) {
            ns.add(new Need(i + 1, ZONES[r.nextInt(ZONES.length)], FIELDS[r.nextInt(FIELDS.length)]));
        }
        Plan p = planner.plan(cs, ns);

        // feasible: capacities, one commissioner per need, fits right and positive, totals consistent
        Map<Long, Integer> load = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        Set<String> zones = new HashSet<>();
        int total = 0;
        for (Assignment a : p.assignments()) {
            Commissioner c = cs.stream().filter(x -> x.id() == a.commissioner()).findFirst().orElseThrow();
            Need n = ns.stream().filter(x -> x.id() == a.need()).findFirst().orElseThrow();
            assertThat(seen.add(a.need())).isTrue();
            assertThat(a.fit()).isEqualTo(DispatchPlanner.fit(n.field(), c.expertise())).isPositive();
            load.merge(c.id(), 1, Integer::sum);
            zones.add(n.zone());
            total += a.fit();
        }
        for (Commissioner c : cs) {
            assertThat(load.getOrDefault(c.id(), 0)).isLessThanOrEqualTo(c.capacity());
        }
        assertThat(p.assignments().size() + p.unassigned().size()).isEqualTo(ns.size());
        assertThat(p.totalFit()).isEqualTo(total);
        assertThat(p.zonesCovered()).isEqualTo(zones.size());

        int[] best = exhaustive(cs, ns);
        assertThat(new int[] {p.zonesCovered(), p.totalFit()}).as("（覆盖高新区数，总适配度）").containsExactly(best);
    }

    /** Every assignment, each need to nobody or to a commissioner of positive fit with room: the best (zones, fit). */
    private static int[] exhaustive(List<Commissioner> cs, List<Need> ns) {
        int[] best = {0, 0};
        search(cs, ns, 0, new int[cs.size()], new ArrayList<>(), best);
        return best;
    }

    private static void search(List<Commissioner> cs, List<Need> ns, int i, int[] used, List<int[]> chosen, int[] best) {
        if (i == ns.size()) {
            Set<String> zones = new HashSet<>();
            int fit = 0;
            for (int[] c : chosen) {
                zones.add(ns.get(c[0]).zone());
                fit += c[2];
            }
            if (zones.size() > best[0] || (zones.size() == best[0] && fit > best[1])) {
                best[0] = zones.size();
                best[1] = fit;
            }
            return;
        }
        search(cs, ns, i + 1, used, chosen, best);
        for (int k = 0; k < cs.size(); k++) {
            int f = DispatchPlanner.fit(ns.get(i).field(), cs.get(k).expertise());
            if (f > 0 && used[k] < cs.get(k).capacity()) {
                used[k]++;
                chosen.add(new int[] {i, k, f});
                search(cs, ns, i + 1, used, chosen, best);
                chosen.remove(chosen.size() - 1);
                used[k]--;
            }
        }
    }
}
