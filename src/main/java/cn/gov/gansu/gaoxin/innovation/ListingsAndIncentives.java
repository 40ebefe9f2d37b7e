package cn.gov.gansu.gaoxin.innovation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.enterprise.Enterprise;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.Money;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.Uscc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clause 10's last sentences: 支持有条件的高新技术企业在科创板、北交所上市 (the listing pipeline, from the
 * registry's listing status) and 落实研发费用加计扣除、高新技术企业所得税减免、小微企业普惠性税收减免 (the tax
 * incentives each enterprise used in a year, recorded here in 元), aggregated per zone. Amounts are
 * exact; an amount not reported is null and counted as not reported, never as zero.
 */
@Component
public class ListingsAndIncentives {

    /** The registry's listing statuses (EnterpriseManagement.LISTING_STATUSES) with their Chinese names, in pipeline order. */
    public static final Map<String, String> LISTINGS = listings();

    private final JdbcClient jdbc;
    private final EnterpriseRegistry registry;
    private final InnovationPoints points;
    private final AuditTrail audit;

    ListingsAndIncentives(JdbcClient jdbc, EnterpriseRegistry registry, InnovationPoints points, AuditTrail audit) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.points = points;
        this.audit = audit;
    }

    /** An enterprise's incentives of one year as sent (元, strings; blank = not reported). */
    public record NewIncentives(@io.swagger.v3.oas.annotations.media.Schema(description = "研发费用加计扣除额（元）") String rdSuperDeductionYuan,
            @io.swagger.v3.oas.annotations.media.Schema(description = "高新技术企业15%优惠税率减免的所得税额（元）") String hnteTaxReductionYuan,
            @io.swagger.v3.oas.annotations.media.Schema(description = "小微企业普惠性税收减免额（元）") String smeTaxReliefYuan) {
    }

    /** An enterprise's incentives of one year (元 strings; null = not reported). */
    public record Incentives(String enterprise, int year, String rdSuperDeduction, String hnteTaxReduction, String smeTaxRelief,
            Instant recordedAt, String recordedBy) {
    }

    /** One listing status in a zone: how many, and the names (at most 20). */
    public record Listing(@io.swagger.v3.oas.annotations.media.Schema(description = "上市状态", allowableValues = {"STAR_MARKET", "BSE", "CHINEXT",
            "MAIN_BOARD", "OVERSEAS", "NEEQ", "PIPELINE", "UNLISTED"}) String status, String name, long count, List<String> enterprises) {
    }

    /** One incentive summed over a zone: the total of the amounts reported (null when none was), how many reported, how many not. */
    public record Sum(String incentive, String name, String total, long reported, long notReported) {
    }

    /**
     * A zone's year: the enterprises in the zone on 31 December by listing status (the registry holds the
     * present status, not its history: {@code listingAsOf} says so), and the incentives they used that year.
     */
    public record ZoneSummary(String zone, int year, long enterprises, List<Listing> listings, long listed, long pipeline,
            String listingAsOf, List<Sum> incentives) {
    }

    @Transactional
    public Incentives record(String usccText, int year, NewIncentives body) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        InnovationPoints.checkYear(year);
        if (year > LocalDate.now().getYear()) {
            throw new InvalidInput("参数“year”：不能登记未来年度的税收优惠");
        }
        String uscc = Uscc.of(usccText).value();
        Enterprise e = registry.find(scope, uscc).orElseThrow(() -> new NotFound("企业“" + uscc + "”不存在或不在您的数据范围内"));
        if (body == null) {
            throw new InvalidInput("请求体不能为空");
        }
        BigDecimal rd = amount(body.rdSuperDeductionYuan(), "rdSuperDeductionYuan");
        BigDecimal hnte = amount(body.hnteTaxReductionYuan(), "hnteTaxReductionYuan");
        BigDecimal sme = amount(body.smeTaxReliefYuan(), "smeTaxReliefYuan");
        if (rd == null && hnte == null && sme == null) {
            throw new InvalidInput("请至少填写一项税收优惠金额（rdSuperDeductionYuan、hnteTaxReductionYuan、smeTaxReliefYuan）");
        }
        Timestamp now = Timestamp.from(Instant.now());
        int n = jdbc.sql("UPDATE enterprise_tax_incentive SET rd_super_deduction = :rd, hnte_tax_reduction = :h, sme_tax_relief = :s, "
                        + "recorded_at = :at, recorded_by = :by WHERE uscc = :u AND tax_year = :y")
                .param("rd", rd).param("h", hnte).param("s", sme).param("at", now).param("by", scope.username()).param("u", uscc)
                .param("y", year).update();
        if (n == 0) {
            jdbc.sql("INSERT INTO enterprise_tax_incentive (uscc, tax_year, rd_super_deduction, hnte_tax_reduction, sme_tax_relief, "
                            + "recorded_at, recorded_by) VALUES (:u, :y, :rd, :h, :s, :at, :by)")
                    .param("u", uscc).param("y", year).param("rd", rd).param("h", hnte).param("s", sme).param("at", now)
                    .param("by", scope.username()).update();
        }
        audit.record("TAX_INCENTIVES_RECORDED", "ENTERPRISE", uscc, e.name() + " " + year + "年度税收优惠：研发费用加计扣除 "
                + text(rd) + "，高企所得税减免 " + text(hnte) + "，小微企业普惠性减免 " + text(sme));
        return find(uscc, year).orElseThrow();
    }

    /** An enterprise's incentives by year, newest first, when the caller's scope holds it. */
    public List<Incentives> ofEnterprise(DataScope scope, String usccText) {
        String uscc = Uscc.of(usccText).value();
        registry.find(scope, uscc).orElseThrow(() -> new NotFound("企业“" + uscc + "”不存在或不在您的数据范围内"));
        return jdbc.sql("SELECT uscc, tax_year, rd_super_deduction, hnte_tax_reduction, sme_tax_relief, recorded_at, recorded_by "
                        + "FROM enterprise_tax_incentive WHERE uscc = :u ORDER BY tax_year DESC")
                .param("u", uscc).query((rs, i) -> map(rs)).list();
    }

    /** A zone's listings and incentives for a year, within the caller's scope. */
    @Transactional(readOnly = true)
    public ZoneSummary zone(DataScope scope, String zone, int year) {
        InnovationPoints.checkYear(year);
        points.requireZoneInScope(scope, zone);
        return zone(zone, year);
    }

    /** Unscoped: the caller checked the zone. */
    @Transactional(readOnly = true)
    public ZoneSummary zone(String zone, int year) {
        List<String> usccs = points.zoneMembers(zone, year).stream().map(RegistryCohort.Member::uscc).toList();
        Map<String, Enterprise> found = new HashMap<>();
        for (int i = 0; i < usccs.size(); i += 1000) {
            found.putAll(registry.findAllUnscoped(usccs.subList(i, Math.min(usccs.size(), i + 1000))));
        }
        Map<String, List<String>> byStatus = new LinkedHashMap<>();
        LISTINGS.keySet().forEach(s -> byStatus.put(s, new ArrayList<>()));
        for (String u : usccs) {
            Enterprise e = found.get(u);
            String s = e == null || e.listingStatus() == null ? "UNLISTED" : e.listingStatus();
            byStatus.computeIfAbsent(s, k -> new ArrayList<>()).add(e == null ? u : e.name());
        }
        List<Listing> listings = new ArrayList<>();
        byStatus.forEach((s, names) -> listings.add(new Listing(s, LISTINGS.getOrDefault(s, s), names.size(),
                "UNLISTED".equals(s) ? List.of() : names.stream().sorted().limit(20).toList())));
        long listed = byStatus.entrySet().stream().filter(x -> !x.getKey().equals("UNLISTED") && !x.getKey().equals("PIPELINE"))
                .mapToLong(x -> x.getValue().size()).sum();
        long pipeline = byStatus.getOrDefault("PIPELINE", List.of()).size();

        BigDecimal[] totals = new BigDecimal[3];
        long[] reported = new long[3];
        java.util.Set<String> members = new java.util.HashSet<>(usccs);
        jdbc.sql("SELECT uscc, rd_super_deduction, hnte_tax_reduction, sme_tax_relief FROM enterprise_tax_incentive WHERE tax_year = :y")
                .param("y", year).query(rs -> {
                    if (!members.contains(rs.getString(1).trim())) {
                        return;
                    }
                    for (int i = 0; i < 3; i++) {
                        BigDecimal v = rs.getBigDecimal(i + 2);
                        if (v != null) {
                            totals[i] = totals[i] == null ? v : totals[i].add(v);
                            reported[i]++;
                        }
                    }
                });
        String[][] names = {{"RD_SUPER_DEDUCTION", "研发费用加计扣除额（元）"}, {"HNTE_TAX_REDUCTION", "高新技术企业所得税减免额（元）"},
                {"SME_TAX_RELIEF", "小微企业普惠性税收减免额（元）"}};
        List<Sum> sums = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sums.add(new Sum(names[i][0], names[i][1], totals[i] == null ? null : totals[i].setScale(2).toPlainString(), reported[i],
                    usccs.size() - reported[i]));
        }
        return new ZoneSummary(zone, year, usccs.size(), listings, listed, pipeline, "企业登记簿中的当前上市状态（登记簿不保存上市状态的历史）",
                sums);
    }

    private java.util.Optional<Incentives> find(String uscc, int year) {
        return jdbc.sql("SELECT uscc, tax_year, rd_super_deduction, hnte_tax_reduction, sme_tax_relief, recorded_at, recorded_by "
                        + "FROM enterprise_tax_incentive WHERE uscc = :u AND tax_year = :y")
                .param("u", uscc).param("y", year).query((rs, i) -> map(rs)).optional();
    }

    private static Incentives map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Incentives(rs.getString(1).trim(), rs.getInt(2), money(rs.getBigDecimal(3)), money(rs.getBigDecimal(4)),
                money(rs.getBigDecimal(5)), rs.getTimestamp(6).toInstant(), rs.getString(7));
    }

    private static String money(BigDecimal d) {
        return d == null ? null : d.setScale(2).toPlainString();
    }

    private static String text(BigDecimal d) {
        return d == null ? "未报告" : d.setScale(2).toPlainString() + "元";
    }

    private static BigDecimal amount(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Money m;
        try {
            m = Money.parse(s);
        } catch (InvalidInput e) {
            throw new InvalidInput("字段“" + field + "”：" + e.getMessage());
        }
        if (m.isNegative()) {
            throw new InvalidInput("字段“" + field + "”：金额不能为负数");
        }
        return m.yuan();
    }

    private static Map<String, String> listings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("STAR_MARKET", "科创板上市");
        m.put("BSE", "北交所上市");
        m.put("CHINEXT", "创业板上市");
        m.put("MAIN_BOARD", "主板上市");
        m.put("OVERSEAS", "境外上市");
        m.put("NEEQ", "新三板挂牌");
        m.put("PIPELINE", "上市后备");
        m.put("UNLISTED", "未上市");
        return java.util.Collections.unmodifiableMap(m);
    }
}
