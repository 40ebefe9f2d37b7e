package cn.gov.gansu.gaoxin.industry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.shared.ClauseReport;
import org.springframework.stereotype.Component;

/**
 * What zones recorded under clauses 12 and 14–18 in a year: per kind and category the count, the
 * amount where amounts were recorded (元; records without an amount are named, not counted as
 * zero), and the names.
 */
@Component
class IndustryClauseReport implements ClauseReport {

    static final int NAMES_SHOWN = 10;

    private final DevelopmentRecords records;
    private final Recommendations recommendations;

    IndustryClauseReport(DevelopmentRecords records, Recommendations recommendations) {
        this.records = records;
        this.recommendations = recommendations;
    }

    @Override
    public Map<String, List<String>> features() {
        return Map.of(
                "12", List.of("产业链（链长制）、延链补链强链与两链融合项目登记",
                        "高新区直接向省科技厅推荐项目和平台申报：提交、省科技厅采纳或不予采纳（附意见）、撤回"),
                "14", List.of("转型升级项目（智能化、绿色化、服务型制造）与招商引资项目登记"),
                "15", List.of("东西部协作项目与伙伴园区、异地孵化成果登记"),
                "16", List.of("离岸创新中心、海外研发中心（含“一带一路”）登记"),
                "17", List.of("管理体制、选派科技副职与权责、负面、问责清单登记"),
                "18", List.of("科技支行、知识产权质押贷款、订单贷、人才贷、高企贷、基金、首台（套）保险登记"));
    }

    @Override
    public List<Item> items(String zone, int year) {
        Map<String, List<DevelopmentRecords.DevelopmentRecord>> groups = new LinkedHashMap<>();
        for (DevelopmentRecords.DevelopmentRecord r : records.ofYear(zone, year)) {
            String label = r.kindName() + (r.categoryName() == null ? "" : "·" + r.categoryName());
            groups.computeIfAbsent(label, k -> new ArrayList<>()).add(r);
        }
        Items items = new Items();
        groups.forEach((label, list) -> {
            String clause = list.get(0).clause();
            items.add(clause, label + "（项）", list.size());
            List<BigDecimal> amounts = list.stream().filter(r -> r.amount() != null).map(r -> new BigDecimal(r.amount())).toList();
            if (!amounts.isEmpty()) {
                items.add(clause, label + "金额（元）" + (amounts.size() < list.size()
                        ? "，" + (list.size() - amounts.size()) + "项未填金额" : ""),
                        amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2).toPlainString());
            }
            items.add(clause, label, list.stream().limit(NAMES_SHOWN).map(IndustryClauseReport::describe).toList());
        });
        List<Recommendation> recs = recommendations.ofYear(zone, year).stream()
                .filter(r -> r.status() != RecommendationStatus.WITHDRAWN).toList();
        if (!recs.isEmpty()) {
            items.add("12", "直接推荐申报（项）", recs.size());
            for (RecommendationStatus s : List.of(RecommendationStatus.SUBMITTED, RecommendationStatus.ACCEPTED, RecommendationStatus.REJECTED)) {
                long n = recs.stream().filter(r -> r.status() == s).count();
                if (n > 0) {
                    items.add("12", "直接推荐申报·" + s.chineseName() + "（项）", n);
                }
            }
            items.addIfPresent("12", "省科技厅采纳的推荐", recs.stream().filter(r -> r.status() == RecommendationStatus.ACCEPTED).limit(NAMES_SHOWN)
                    .map(r -> r.name() + "（" + r.categoryName() + "）").toList());
        }
        return items.list();
    }

    static String describe(DevelopmentRecords.DevelopmentRecord r) {
        StringBuilder s = new StringBuilder(r.name());
        List<String> extra = new ArrayList<>();
        if (r.people() != null) {
            extra.add(r.kind() == RecordKind.INDUSTRIAL_CHAIN ? "链长：" + r.people() : r.people());
        }
        if (r.region() != null) {
            extra.add(r.region());
        }
        if (r.date() != null) {
            extra.add(r.date().toString());
        }
        if (!extra.isEmpty()) {
            s.append("（").append(String.join("，", extra)).append("）");
        }
        return s.toString();
    }
}
