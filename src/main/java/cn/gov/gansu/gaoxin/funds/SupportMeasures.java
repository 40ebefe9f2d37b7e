package cn.gov.gansu.gaoxin.funds;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.award.AwardReads;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * 第十九条 市县配套: the supporting measures cities and counties adopt (title, document number, date,
 * money committed — unknown when the document names none) and, per city and year, the money committed
 * against the city's budget and what it paid as payer of its matching award lines (配套). A city officer records its city's
 * measures, the province admin any; the measures are public documents, so every signed-in user reads
 * them; committed-versus-paid is read by the province roles and auditors (all cities) and a city or
 * zone officer (its city).
 */
@Service
public class SupportMeasures {

    private final JdbcClient jdbc;
    private final ZoneDirectory zones;
    private final FundsScope scopes;
    private final AuditTrail audit;
    private final Transactions tx;
    private final AwardReads awards;

    SupportMeasures(JdbcClient jdbc, ZoneDirectory zones, FundsScope scopes, AuditTrail audit, Transactions tx, AwardReads awards) {
        this.jdbc = jdbc;
        this.awards = awards;
        this.zones = zones;
        this.scopes = scopes;
        this.audit = audit;
        this.tx = tx;
    }

    public Measure record(NewMeasure m) {
        DataScope scope = CurrentUser.requireAnyOf(Role.CITY_OFFICER, Role.PROVINCE_ADMIN);
        if (m == null) {
            throw new InvalidInput("请求体不能为空");
        }
        String city = m.city() == null || m.city().isBlank() ? scope.city() : m.city().trim();
        if (city == null || !zones.cityExists(city)) {
            throw new InvalidInput("字段“city”：须为市(州)代码，如 lanzhou-city");
        }
        if (scope.role() == Role.CITY_OFFICER && !city.equals(scope.city())) {
            throw new Forbidden("市(州)工作人员只能登记本市(州)的配套措施");
        }
        String title = required(m.title(), "title", "措施名称", 300);
        String doc = required(m.documentNumber(), "documentNumber", "文号", 100);
        String county = m.county() == null || m.county().isBlank() ? null : m.county().trim();
        if (county != null && county.length() > 100) {
            throw new InvalidInput("字段“county”：县(区)名称最多100字");
        }
        LocalDate issued = date(m.issuedOn(), "issuedOn");
        BigDecimal committed = m.committedYuan() == null || m.committedYuan().isBlank() ? null : Money.positive(m.committedYuan(), "committedYuan");
        return tx.run(() -> {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO support_measure (city, county, title, document_number, issued_on, committed, recorded_by, recorded_at) "
                            + "VALUES (:c, :county, :t, :d, :on, :m, :by, :now)")
                    .param("c", city).param("county", county).param("t", title).param("d", doc).param("on", Date.valueOf(issued))
                    .param("m", committed).param("by", scope.username()).param("now", Timestamp.from(Instant.now())).update(keys, "id");
            long id = keys.getKey().longValue();
            audit.record("SUPPORT_MEASURE_RECORDED", "SUPPORT_MEASURE", String.valueOf(id), "登记" + scopes.cityName(city)
                    + (county == null ? "" : county) + "配套措施《" + title + "》（" + doc + "，" + issued + "），承诺资金" + Money.yuan(committed));
            return query(city, null).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        });
    }

    /** Measures, newest first; city and year optional. */
    public List<Measure> list(String city, Integer year) {
        CurrentUser.scope();
        return query(city, year);
    }

    /** As {@link #list} for the clause report, which checks scope itself. */
    List<Measure> query(String city, Integer year) {
        StringBuilder sql = new StringBuilder("SELECT id, city, county, title, document_number, issued_on, committed, recorded_by "
                + "FROM support_measure WHERE 1=1");
        Map<String, Object> params = new HashMap<>();
        if (city != null && !city.isBlank()) {
            sql.append(" AND city = :city");
            params.put("city", city.trim());
        }
        if (year != null) {
            sql.append(" AND issued_on BETWEEN :from AND :to");
            params.put("from", Date.valueOf(LocalDate.of(year, 1, 1)));
            params.put("to", Date.valueOf(LocalDate.of(year, 12, 31)));
        }
        return jdbc.sql(sql + " ORDER BY issued_on DESC, id DESC").params(params)
                .query((rs, n) -> new Measure(rs.getLong(1), rs.getString(2), scopes.cityName(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate(), rs.getBigDecimal(7), rs.getString(8)))
                .list();
    }

    /** Per city in scope: committed by the measures issued in the year and paid that year as payer of awards. */
    public List<CityRow> committedVersusPaid(int year) {
        DataScope scope = CurrentUser.scope();
        String only;
        if (scope.provinceWide()) {
            only = null;
        } else if (scope.role() == Role.CITY_OFFICER) {
            only = scope.city();
        } else if (scope.role() == Role.ZONE_OFFICER) {
            only = scopes.cityOf(scope.zone());
        } else {
            throw new Forbidden("角色“" + scope.role().chineseName() + "”无权查看市(州)配套资金");
        }
        Map<String, BigDecimal> committed = new HashMap<>();
        Map<String, Long> unknown = new HashMap<>();
        Map<String, Long> count = new HashMap<>();
        for (Measure m : query(only, year)) {
            count.merge(m.city(), 1L, Long::sum);
            if (m.committed() == null) {
                unknown.merge(m.city(), 1L, Long::sum);
            } else {
                committed.merge(m.city(), m.committed(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> paid = new HashMap<>();
        jdbc.sql("SELECT payer, SUM(paid_amount) FROM funds_award WHERE status = 'PAID' AND paid_on BETWEEN :from AND :to GROUP BY payer")
                .param("from", Date.valueOf(LocalDate.of(year, 1, 1))).param("to", Date.valueOf(LocalDate.of(year, 12, 31)))
                .query((rs, n) -> paid.put(rs.getString(1), rs.getBigDecimal(2))).list();
        List<CityRow> rows = new ArrayList<>();
        Map<String, String> cities = new LinkedHashMap<>();
        zones.cities().forEach(c -> cities.put(c.code(), c.name()));
        cities.forEach((code, name) -> {
            if (only != null && !only.equals(code)) {
                return;
            }
            long n = count.getOrDefault(code, 0L);
            BigDecimal c = committed.get(code);
            rows.add(new CityRow(code, name, n, c == null && n == 0 ? null : Money.json(c == null ? BigDecimal.ZERO : c),
                    unknown.getOrDefault(code, 0L), awards.budgetForSystem(code, year).map(b -> Money.json(b.amount())).orElse(null),
                    Money.json(paid.getOrDefault(code, BigDecimal.ZERO))));
        });
        return rows;
    }

    static String required(String v, String field, String label, int max) {
        String t = v == null ? "" : v.trim();
        if (t.isEmpty()) {
            throw new InvalidInput("字段“" + field + "”：" + label + "不能为空");
        }
        if (t.length() > max) {
            throw new InvalidInput("字段“" + field + "”：" + label + "最多" + max + "字");
        }
        return t;
    }

    static LocalDate date(String v, String field) {
        if (v == null || v.isBlank()) {
            throw new InvalidInput("字段“" + field + "”：日期不能为空（格式 yyyy-MM-dd）");
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("字段“" + field + "”：日期“" + (v.length() > 20 ? v.substring(0, 20) : v) + "”无效（格式 yyyy-MM-dd）");
        }
    }

    public record NewMeasure(String city, String county, String title, String documentNumber, String issuedOn, String committedYuan) {
    }

    /** A measure; {@code committed} null when the document names no amount. */
    public record Measure(long id, String city, String cityName, String county, String title, String documentNumber,
            LocalDate issuedOn, BigDecimal committed, String recordedBy) {
    }

    /**
     * {@code committedYuan} null when no measure was recorded that year; {@code measuresWithoutAmount} counts those naming no
     * money; {@code budgetYuan} the city's budget as payer of its matching lines (null when none was set).
     */
    public record CityRow(String city, String cityName, long measures, String committedYuan, long measuresWithoutAmount,
            String budgetYuan, String paidYuan) {
    }
}
