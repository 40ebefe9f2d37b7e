package cn.gov.gansu.gaoxin.innovation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.enterprise.Enterprise;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.shared.ClauseReport;
import org.springframework.stereotype.Component;

/** What the innovation module does under clause 10 and what it computed for a zone's year. */
@Component
class InnovationClauseReport implements ClauseReport {

    private final InnovationPoints points;
    private final Ladder ladder;
    private final EnterpriseRegistry registry;
    private final DoublingPlans plans;
    private final ListingsAndIncentives incentives;

    InnovationClauseReport(InnovationPoints points, Ladder ladder, EnterpriseRegistry registry, DoublingPlans plans,
            ListingsAndIncentives incentives) {
        this.points = points;
        this.ladder = ladder;
        this.registry = registry;
        this.plans = plans;
        this.incentives = incentives;
    }

    @Override
    public Map<String, List<String>> features() {
        return Map.of("10", List.of("企业创新积分制：按年度计算积分、高新区内排名与支持候选（指标目录为数据）",
                "梯次培育：科技型中小企业→省级科技创新型企业→高新技术企业→科技领军企业的数量、流转与转化率",
                "高新技术企业认定条件对照：下年度培育候选及尚缺条件",
                "倍增计划：各高新区按资质设定目标，进度由登记簿计算",
                "上市培育（科创板、北交所等）与研发费用加计扣除、高企所得税减免、小微企业普惠性减免落实情况"));
    }

    @Override
    public List<Item> items(String zone, int year) {
        List<Item> items = new ArrayList<>();
        List<RegistryCohort.Member> cohort = points.cohort(points.catalogue(year), zone, year);
        List<RegistryCohort.Member> members = cohort.stream().filter(m -> zone.equals(m.zone())).toList();
        List<InnovationPoints.Line> ranking = points.ranking(zone, year, cohort);
        long scored = ranking.stream().filter(l -> l.points() != null).count();
        if (scored > 0) {
            items.add(new Item("10", "创新积分已计分企业（家）", scored));
            items.add(new Item("10", "创新积分缺少数据的企业（家）", ranking.size() - scored));
            items.add(new Item("10", "创新积分前三名", ranking.stream().filter(l -> l.points() != null).limit(3)
                    .map(l -> registry.findUnscoped(l.enterprise()).map(Enterprise::name).orElse(l.enterprise())
                            + "（" + l.points() + "分）").toList()));
        }
        Ladder.ZoneLadder l = Ladder.zone(zone, year, members);
        if (l.enterprises() > 0) {
            for (Ladder.Rung r : l.rungs()) {
                items.add(new Item("10", "年末" + r.name() + "（家）", r.atYearEnd()));
                if (r.recognisedInYear() > 0) {
                    items.add(new Item("10", "本年认定" + r.name() + "（家）", r.recognisedInYear()));
                }
            }
            for (Ladder.Flow f : l.flows()) {
                if (f.rate() != null) {
                    items.add(new Item("10", f.fromName() + "→" + f.toName() + "转化率",
                            String.format("%.1f%%", f.rate() * 100)));
                }
            }
            long ready = ladder.candidates(year, members).stream().filter(r -> Boolean.TRUE.equals(r.ready())).count();
            items.add(new Item("10", "达到高企认定主要条件的培育候选（家）", ready));
        }
        for (DoublingPlans.Target t : plans.progress(zone, year)) {
            items.add(new Item("10", t.qualificationName() + "倍增计划", t.baseYear() + "年末" + t.baseCount() + "家，目标" + t.targetYear()
                    + "年" + t.targetCount() + "家，" + t.year() + "年末" + t.current() + "家"));
            if (t.progress() != null) {
                items.add(new Item("10", t.qualificationName() + "倍增目标完成进度", String.format("%.1f%%", t.progress() * 100)
                        + (t.onTrack() == null ? "" : t.onTrack() ? "（达到进度）" : "（落后于进度）")));
            }
        }
        ListingsAndIncentives.ZoneSummary s = incentives.zone(zone, year);
        if (s.enterprises() > 0) {
            for (ListingsAndIncentives.Listing listing : s.listings()) {
                if (!listing.status().equals("UNLISTED") && listing.count() > 0) {
                    items.add(new Item("10", listing.name() + "企业（家）", listing.count()));
                }
            }
            for (ListingsAndIncentives.Sum sum : s.incentives()) {
                if (sum.total() != null) {
                    items.add(new Item("10", sum.name(), sum.total()));
                    items.add(new Item("10", sum.name().replace("（元）", "") + "已报告企业（家）", sum.reported()));
                }
            }
        }
        return items;
    }
}
