package cn.gov.gansu.gaoxin.enterprise;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.shared.ClauseReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the enterprise registry records under clauses 5 and 10 for a zone's year: national projects
 * won and their funding landed, first recognitions (新认定), the HNTE share at the year's end, and
 * introduced unicorns and gazelles — names, never codes.
 */
@Component
class EnterpriseClauseReport implements ClauseReport {

    private final JdbcClient jdbc;
    private final EnterpriseRegistry registry;

    EnterpriseClauseReport(JdbcClient jdbc, EnterpriseRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    @Override
    public Map<String, List<String>> features() {
        return Map.of(
                "5", List.of("国家科技重大专项、国家重点研发计划项目（课题）登记与在甘落地资金"),
                "10", List.of("企业资质（科技型中小企业、省级科技创新型企业、高新技术企业、专精特新、科技领军企业）带日期登记",
                        "引进独角兽、瞪羚企业登记", "年度统计数据"));
    }

    @Override
    public List<Item> items(String zone, int year) {
        Date from = Date.valueOf(LocalDate.of(year, 1, 1));
        Date to = Date.valueOf(LocalDate.of(year, 12, 31));
        Items items = new Items();
        jdbc.sql("SELECT COUNT(*), SUM(funding_landed) FROM national_project WHERE zone_code = :z AND won_on >= :f AND won_on <= :t")
                .param("z", zone).param("f", from).param("t", to)
                .query(rs -> {
                    long n = rs.getLong(1);
                    if (n > 0) {
                        items.add("5", "本年承担国家科技项目（项）", n);
                        BigDecimal sum = rs.getBigDecimal(2);
                        if (sum != null) {
                            items.add("5", "在甘落地资金（元）", sum.setScale(2, RoundingMode.HALF_UP).toPlainString());
                        }
                    }
                });
        for (QualificationType t : List.of(QualificationType.HIGH_TECH_ENTERPRISE, QualificationType.PROVINCIAL_INNOVATIVE_ENTERPRISE,
                QualificationType.TECH_SME, QualificationType.SPECIALISED_SME, QualificationType.TECH_LEADER)) {
            long n = jdbc.sql("SELECT COUNT(*) FROM qualification WHERE zone_code = :z AND type = :t AND recognition = 'FIRST' "
                            + "AND recognised_on >= :f AND recognised_on <= :to")
                    .param("z", zone).param("t", t.name()).param("f", from).param("to", to).query(Long.class).single();
            if (n > 0) {
                items.add("10", "新认定" + t.chineseName() + "（家）", n);
            }
        }
        List<EnterpriseRegistry.ZoneYearFigures> members = registry.zoneYearFigures(year, zone).stream()
                .filter(f -> zone.equals(f.zone())).toList();
        if (!members.isEmpty()) {
            long hnte = members.stream().filter(EnterpriseRegistry.ZoneYearFigures::highTechAtYearEnd).count();
            items.add("10", "年末区内企业（家）", members.size());
            items.add("10", "年末高新技术企业（家）", hnte);
            items.add("10", "年末高新技术企业占比", BigDecimal.valueOf(hnte * 100.0 / members.size())
                    .setScale(1, RoundingMode.HALF_UP).toPlainString() + "%");
        }
        items.addIfPresent("10", "本年引进独角兽、瞪羚企业", jdbc.sql("SELECT name, introduced_category FROM enterprise WHERE zone_code = :z "
                        + "AND introduced_category IS NOT NULL AND introduced_on >= :f AND introduced_on <= :t ORDER BY introduced_on, uscc")
                .param("z", zone).param("f", from).param("t", to)
                .query((rs, n) -> rs.getString(1) + "（" + IntroducedCategory.valueOf(rs.getString(2)).chineseName() + "）").list());
        return items.list();
    }
}
