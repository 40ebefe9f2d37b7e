package cn.gov.gansu.gaoxin.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.policy.rules.AwardLine;
import cn.gov.gansu.gaoxin.shared.ClauseReport;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the policy engine found for a zone's year: entitlements offered without application
 * (免申即享) payable that year, by clause, and — clause 19 — the matching award lines (配套) the zone
 * and its city had in force during the year.
 */
@Component
class PolicyClauseReport implements ClauseReport {

    private final JdbcClient jdbc;
    private final PolicyParameters parameters;
    private final ZoneDirectory zones;

    PolicyClauseReport(JdbcClient jdbc, ZoneDirectory zones, PolicyParameters parameters) {
        this.parameters = parameters;
        this.jdbc = jdbc;
        this.zones = zones;
    }

    @Override
    public Map<String, List<String>> features() {
        return Map.of(
                "1", List.of("规则即代码：新获批国家高新区奖励（一事一议，下限为参数）"),
                "2", List.of("规则即代码：新认定省级高新区奖励"),
                "5", List.of("规则即代码：国家项目落地资金10%奖励、最高300万元"),
                "10", List.of("规则即代码：新认定高企、省级科技创新型企业、引进独角兽/瞪羚奖补；免申即享"),
                "16", List.of("飞地园区视同所属高新区享受政策"),
                "19", List.of("市(州)、高新区配套奖补线（比例或金额、有效期）"),
                "20", List.of("评价排名靠前奖励；撤销资格之日起不再享受"));
    }

    @Override
    public List<Item> items(String zone, int year) {
        Items items = new Items();
        jdbc.sql("SELECT clause, COUNT(*), SUM(amount), SUM(CASE WHEN amount IS NULL THEN 1 ELSE 0 END) FROM policy_entitlement "
                        + "WHERE beneficiary_zone = :z AND payable_year = :y GROUP BY clause ORDER BY clause")
                .param("z", zone).param("y", year)
                .query(rs -> {
                    String clause = rs.getString(1);
                    items.add(clause, "免申即享：本年度兑付的奖补资格（项）", rs.getLong(2));
                    BigDecimal sum = rs.getBigDecimal(3);
                    long undecided = rs.getLong(4);
                    if (sum != null) {
                        items.add(clause, "免申即享：资格金额合计（元）" + (undecided > 0 ? "，另" + undecided + "项金额待定" : ""),
                                sum.setScale(2).toPlainString());
                    }
                });
        zones.find(zone).ifPresent(z -> items.addIfPresent("19", "本年有效的配套奖补线", matchingLines(z, year)));
        return items.list();
    }

    /** The matching award lines (配套) of the zone and its city in force at some time during {@code year}, in Chinese. */
    private List<String> matchingLines(Zone z, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return parameters.matchingLines().stream()
                .filter(l -> ("ZONE".equals(l.ownerKind()) && z.code().equals(l.owner())) || ("CITY".equals(l.ownerKind()) && z.city().equals(l.owner())))
                .filter(l -> (l.validFrom() == null || !l.validFrom().isAfter(last)) && (l.validTo() == null || !l.validTo().isBefore(first)))
                .map(l -> ("CITY".equals(l.ownerKind()) ? z.cityName() : z.name()) + "配套"
                        + (l.baseLine() == null ? "" : l.baseLine().chineseName()) + "："
                        + (l.rate() != null ? "省级奖补的" + l.rate().movePointRight(2).stripTrailingZeros().toPlainString() + "%"
                                : l.amountFen() <= 0 ? "金额待定" : BigDecimal.valueOf(l.amountFen(), 2).toPlainString() + "元"))
                .toList();
    }
}
