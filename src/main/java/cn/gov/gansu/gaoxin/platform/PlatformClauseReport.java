package cn.gov.gansu.gaoxin.platform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.shared.ClauseReport;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.stereotype.Component;

/**
 * What the platform registry records under clauses 3, 4, 6, 7, 8 and 11 for a zone's year: carriers at
 * the year's end and those recognised in it, by kind and level, and the leading industries still
 * without an incubator (clause 11).
 */
@Component
class PlatformClauseReport implements ClauseReport {

    private static final Map<PlatformKind, List<String>> CLAUSES = Map.ofEntries(
            Map.entry(PlatformKind.UNIVERSITY_SCIENCE_PARK, List.of("3", "11")),
            Map.entry(PlatformKind.NEW_RD_INSTITUTE, List.of("4")),
            Map.entry(PlatformKind.INNOVATION_PLATFORM, List.of("4")),
            Map.entry(PlatformKind.INCUBATOR, List.of("4", "11")),
            Map.entry(PlatformKind.MAKER_SPACE, List.of("4", "11")),
            Map.entry(PlatformKind.TECH_TRANSFER_INSTITUTION, List.of("6")),
            Map.entry(PlatformKind.ACADEMICIAN_WORKSTATION, List.of("7")),
            Map.entry(PlatformKind.POSTDOC_STATION, List.of("7")),
            Map.entry(PlatformKind.SCIENCE_EDUCATION_CLUSTER, List.of("3")),
            Map.entry(PlatformKind.INNOVATION_PORT, List.of("3")),
            Map.entry(PlatformKind.JOINT_TRAINING_PLATFORM, List.of("8")));

    private final PlatformRegistry registry;
    private final ZoneDirectory zones;

    PlatformClauseReport(PlatformRegistry registry, ZoneDirectory zones) {
        this.registry = registry;
        this.zones = zones;
    }

    @Override
    public Map<String, List<String>> features() {
        return Map.of(
                "3", List.of("大学科技园登记", "科教资源聚集区、校企共生融合发展创新港登记"),
                "4", List.of("省级以上科技创新基地（平台）、新型研发机构、国家级孵化器、国家备案众创空间登记（带级别与认定日期）"),
                "6", List.of("技术转移服务机构登记"),
                "7", List.of("院士工作站、博士后科研工作站登记（带服务的主导产业）"),
                "8", List.of("校企联合人才培养平台登记"),
                "11", List.of("孵化器、众创空间、大学科技园登记；每个主导产业至少1家孵化器的检查"));
    }

    @Override
    public List<Item> items(String zone, int year) {
        List<Item> items = new ArrayList<>();
        Map<String, List<Item>> byClause = new LinkedHashMap<>();
        for (PlatformRegistry.Count c : registry.countsByZone(year)) {
            if (!zone.equals(c.zone())) {
                continue;
            }
            String name = (c.level() == PlatformLevel.NONE ? "" : c.level().chineseName()) + c.kind().chineseName();
            for (String clause : CLAUSES.getOrDefault(c.kind(), List.of())) {
                if (clause.equals("4") && (c.kind() == PlatformKind.INCUBATOR || c.kind() == PlatformKind.MAKER_SPACE)
                        && c.level() != PlatformLevel.NATIONAL) {
                    continue;   // clause 4 counts national incubators and nationally recorded maker spaces only
                }
                List<Item> list = byClause.computeIfAbsent(clause, k -> new ArrayList<>());
                list.add(new Item(clause, "年末" + name + "（家）", c.existingAtYearEnd()));
                if (c.recognisedInYear() > 0) {
                    list.add(new Item(clause, "本年新增" + name + "（家）", c.recognisedInYear()));
                }
            }
        }
        byClause.values().forEach(items::addAll);
        Zone z = zones.find(zone).orElse(null);
        if (z != null && !z.leadingIndustries().isEmpty()) {
            Map<String, List<String>> leading = new LinkedHashMap<>();
            z.leadingIndustries().forEach(i -> leading.put(i.name(), i.industryCodes()));
            List<String> uncovered = registry.leadingIndustriesWithoutIncubator(zone, leading, LocalDate.of(year, 12, 31));
            if (!uncovered.isEmpty()) {
                items.add(new Item("11", "尚无孵化器的主导产业", uncovered));
            }
        }
        return items;
    }
}
