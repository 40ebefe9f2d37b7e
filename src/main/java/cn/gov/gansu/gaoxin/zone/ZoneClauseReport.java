package cn.gov.gansu.gaoxin.zone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.shared.ClauseReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the zone registry records under clauses 1, 2, 12, 13, 15, 16 and 20 for a zone's year: the
 * status and level at the year's end and the lifecycle steps of that year, leading and focus
 * industries, partner parks and remote incubation, enclave parks — in Chinese.
 */
@Component
class ZoneClauseReport implements ClauseReport {

    private final ZoneDirectory directory;
    private final JdbcClient jdbc;

    ZoneClauseReport(ZoneDirectory directory, JdbcClient jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<String>> features() {
        return Map.of(
                "1", List.of("高新区生命周期：省级 → 创建国家高新区中 → 国家高新区（带日期的历史）"),
                "2", List.of("省级高新区认定登记（依托的省级开发区）"),
                "12", List.of("主导产业登记与2–3个的检查"),
                "13", List.of("11个高新区的重点产业参考数据"),
                "15", List.of("伙伴园区、异地孵化登记"),
                "16", List.of("飞地园区登记，享受母园区政策"),
                "20", List.of("撤销资格的状态与日期"));
    }

    @Override
    public List<Item> items(String code, int year) {
        Zone zone = directory.find(code).orElse(null);
        if (zone == null) {
            return List.of();
        }
        LocalDate end = LocalDate.of(year, 12, 31);
        Items items = new Items();
        List<ZoneDirectory.StatusChange> history = directory.history(code);
        ZoneLevel level = history.stream().filter(h -> h.validFrom() == null || !h.validFrom().isAfter(end))
                .reduce((a, b) -> b).map(ZoneDirectory.StatusChange::level).orElse(null);
        items.addIfPresent("1", "年末状态", directory.statusOn(code, end).map(ZoneStatus::chineseName).orElse(null));
        for (ZoneDirectory.StatusChange h : history) {
            if (h.validFrom() != null && h.validFrom().getYear() == year) {
                String clause = h.status() == ZoneStatus.REVOKED ? "20" : h.status() == ZoneStatus.PROVINCIAL ? "2" : "1";
                items.add(clause, "本年状态变更", h.validFrom() + " " + h.status().chineseName());
            }
        }
        items.addIfPresent("2", "年末级别", level == null ? null : level.chineseName());
        if (zone.establishedOn() != null && zone.establishedOn().getYear() <= year) {
            items.add("2", "设立（认定）日期", zone.establishedOn().toString());
        }
        items.addIfPresent("2", "依托的省级开发区", zone.developmentZone());
        if (!zone.leadingIndustries().isEmpty()) {
            items.add("12", "主导产业", zone.leadingIndustries().stream().map(Zone.Industry::name).toList());
            items.add("12", "主导产业数", zone.leadingIndustries().size());
        }
        for (String w : zone.leadingIndustryWarnings()) {
            items.add("12", "提示", w);
        }
        items.addIfPresent("13", "重点培育产业（第13条）", zone.focusIndustries().stream().map(Zone.Industry::name).toList());
        List<String> partners = new ArrayList<>();
        List<String> incubation = new ArrayList<>();
        for (ZoneDirectory.Partner p : directory.partners(code)) {
            if (!p.since().isAfter(end)) {
                ("REMOTE_INCUBATION".equals(p.kind()) ? incubation : partners).add(p.partnerName() + "（" + p.region() + "）");
            }
        }
        items.addIfPresent("15", "伙伴园区", partners);
        items.addIfPresent("15", "异地孵化", incubation);
        items.addIfPresent("16", "飞地园区", jdbc.sql("SELECT name FROM zone WHERE parent_zone = :z "
                        + "AND (established_on IS NULL OR established_on <= :end) ORDER BY seq, code")
                .param("z", code).param("end", java.sql.Date.valueOf(end)).query(String.class).list());
        if (zone.parentZone() != null) {
            items.add("16", "所属母园区", directory.find(zone.parentZone()).map(Zone::name).orElse("—"));
        }
        return items.list();
    }
}
