package cn.gov.gansu.gaoxin.industry;

import static cn.gov.gansu.gaoxin.industry.ZoneRows.amount;
import static cn.gov.gansu.gaoxin.industry.ZoneRows.text;
import static cn.gov.gansu.gaoxin.industry.ZoneRows.year;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Enums;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 高新区发展记录 (clauses 12, 14–18): record, list and withdraw, within the caller's scope. A province
 * administrator records for any zone, a zone officer for its own zone (and its enclave parks); every
 * scope that holds the zone reads. Every change is audited in the same transaction.
 */
@Component
public class DevelopmentRecords {

    static final String COLUMNS = "id, zone_code, record_year, kind, category, name, amount, happened_on, region, people, link, note, "
            + "recorded_at, recorded_by";

    private final JdbcClient jdbc;
    private final ZoneDirectory zones;
    private final AuditTrail audit;

    DevelopmentRecords(JdbcClient jdbc, ZoneDirectory zones, AuditTrail audit) {
        this.jdbc = jdbc;
        this.zones = zones;
        this.audit = audit;
    }

    /** A record as sent. Money as a string in 元. */
    public record NewRecord(Integer year, @io.swagger.v3.oas.annotations.media.Schema(implementation = RecordKind.class) String kind, @io.swagger.v3.oas.annotations.media.Schema(description = "类别代码，取值随 kind 而定，见 GET /api/development-record-kinds") String category, String name, String amountYuan, LocalDate date,
            String region, String people, String link, String note) {
    }

    /** A record as read, with Chinese names of its kind and category. */
    public record DevelopmentRecord(long id, String zone, int year, RecordKind kind, String kindName, String clause,
            @io.swagger.v3.oas.annotations.media.Schema(description = "类别代码，取值随 kind 而定，见 GET /api/development-record-kinds") String category, String categoryName, String name, String amount, LocalDate date, String region, String people,
            String link, String note, Instant recordedAt, String recordedBy) {
    }

    public record Page(List<DevelopmentRecord> items, long total) {
    }

    /** A record that passed the checks: what is written. */
    record Valid(int year, RecordKind kind, String category, String name, BigDecimal amount, LocalDate date, String region, String people,
            String link, String note) {
    }

    @Transactional
    public DevelopmentRecord record(String zone, NewRecord r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        requireZone(scope, zone);
        Valid v = validate(r);
        long id = insert(zone, v, scope.username());
        return find(id).orElseThrow();
    }

    long insert(String zone, Valid v, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO zone_development_record (zone_code, record_year, kind, category, name, amount, happened_on, region, "
                        + "people, link, note, recorded_at, recorded_by) VALUES (:z, :y, :k, :c, :n, :a, :d, :r, :p, :l, :note, :at, :by)")
                .param("z", zone).param("y", v.year()).param("k", v.kind().name()).param("c", v.category()).param("n", v.name())
                .param("a", v.amount()).param("d", v.date() == null ? null : Date.valueOf(v.date()))
                .param("r", v.region()).param("p", v.people()).param("l", v.link())
                .param("note", v.note()).param("at", Timestamp.from(Instant.now())).param("by", by)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("DEVELOPMENT_RECORDED", "ZONE", zone, v.kind().chineseName() + (v.category() == null ? "" : "（"
                + v.kind().categories().get(v.category()) + "）") + "：" + v.name() + "，" + v.year() + "年度，记录号 " + id);
        return id;
    }

    /** Checks a record as sent; every refusal names the field and the rule in Chinese. */
    static Valid validate(NewRecord r) {
        if (r == null) {
            throw new InvalidInput("请求体不能为空");
        }
        int year = year(r.year());
        RecordKind kind = Enums.required(RecordKind.class, r.kind(), "字段“kind”");
        String category = r.category() == null || r.category().isBlank() ? null : r.category().trim();
        if (category != null && !kind.categories().containsKey(category)) {
            throw new InvalidInput("字段“category”：" + kind.chineseName() + "的类别须为 " + String.join("、", kind.categories().keySet()) + " 之一");
        }
        if (category == null && !kind.categories().isEmpty()) {
            throw new InvalidInput("字段“category”：" + kind.chineseName() + "须注明类别（" + String.join("、", kind.categories().keySet()) + "）");
        }
        String name = text(r.name(), "name", 200);
        if (name == null) {
            throw new InvalidInput("字段“name”：名称不能为空");
        }
        BigDecimal amount = amount(r.amountYuan());
        if (r.date() != null && (r.date().getYear() < 1980 || r.date().isAfter(LocalDate.now().plusDays(1)))) {
            throw new InvalidInput("字段“date”：日期“" + r.date() + "”超出合理范围（1980年至今天）");
        }
        String link = text(r.link(), "link", 500);
        if (link != null && !link.matches("https?://\\S+")) {
            throw new InvalidInput("字段“link”：须为 http:// 或 https:// 开头的网址");
        }
        return new Valid(year, kind, category, name, amount, r.date(), text(r.region(), "region", 100), text(r.people(), "people", 500),
                link, text(r.note(), "note", 2000));
    }

    /** The zone's record with the same year, kind, category and name (the import's key), if any. */
    java.util.Optional<DevelopmentRecord> sameKey(String zone, Valid v) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM zone_development_record WHERE zone_code = :z AND record_year = :y AND kind = :k "
                        + "AND " + (v.category() == null ? "category IS NULL" : "category = :c") + " AND name = :n ORDER BY id LIMIT 1")
                .param("z", zone).param("y", v.year()).param("k", v.kind().name()).param("c", v.category()).param("n", v.name())
                .query((rs, n) -> map(rs)).optional();
    }

    /** Overwrites the other fields of a record found by its key (import of a corrected file). */
    void update(long id, String zone, Valid v, String by) {
        jdbc.sql("UPDATE zone_development_record SET amount = :a, happened_on = :d, region = :r, people = :p, link = :l, note = :note, "
                        + "recorded_at = :at, recorded_by = :by WHERE id = :id")
                .param("a", v.amount()).param("d", v.date() == null ? null : Date.valueOf(v.date())).param("r", v.region())
                .param("p", v.people()).param("l", v.link()).param("note", v.note()).param("at", Timestamp.from(Instant.now()))
                .param("by", by).param("id", id).update();
        audit.record("DEVELOPMENT_UPDATED", "ZONE", zone, v.kind().chineseName() + "：" + v.name() + "，" + v.year() + "年度，记录号 " + id
                + "（Excel导入更正）");
    }

    @Transactional
    public void withdraw(String zone, long id) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        requireZone(scope, zone);
        DevelopmentRecord r = find(id).filter(x -> x.zone().equals(zone))
                .orElseThrow(() -> new NotFound("发展记录“" + id + "”不存在"));
        jdbc.sql("DELETE FROM zone_development_record WHERE id = :id").param("id", id).update();
        audit.record("DEVELOPMENT_WITHDRAWN", "ZONE", zone, "撤回" + r.kindName() + "：" + r.name() + "，记录号 " + id);
    }

    /** A zone's records, newest year first, within the caller's scope. */
    public Page list(DataScope scope, String zone, Integer year, String kindText, Paging paging) {
        String forbidden = "无权查看高新区“" + zone + "”的发展记录";
        ZoneRows.requireZone(zones, scope, zone, forbidden);
        if (scope.role().scopeKind() == Role.ScopeKind.ENTERPRISE) {
            throw new Forbidden(forbidden);
        }
        RecordKind kind = Enums.optional(RecordKind.class, kindText, "参数“kind”");
        ZoneRows.Query q = new ZoneRows.Query("zone_development_record");
        q.withinScope(zones, scope);
        q.where("zone_code = :z", "z", zone).where("record_year = :y", "y", year).where("kind = :k", "k", kind == null ? null : kind.name());
        ZoneRows.Rows<DevelopmentRecord> rows = q.page(jdbc, COLUMNS, "record_year DESC, kind, id", paging, (rs, n) -> map(rs));
        return new Page(rows.items(), rows.total());
    }

    /** Unscoped: a zone's records of one year, for the clause report. */
    public List<DevelopmentRecord> ofYear(String zone, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM zone_development_record WHERE zone_code = :z AND record_year = :y ORDER BY kind, id")
                .param("z", zone).param("y", year).query((rs, n) -> map(rs)).list();
    }

    private java.util.Optional<DevelopmentRecord> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM zone_development_record WHERE id = :id").param("id", id)
                .query((rs, n) -> map(rs)).optional();
    }

    void requireZone(DataScope scope, String zone) {
        ZoneRows.requireZone(zones, scope, zone, "只能为本高新区登记发展记录");
    }

    private static DevelopmentRecord map(java.sql.ResultSet rs) throws java.sql.SQLException {
        RecordKind kind = RecordKind.valueOf(rs.getString(4));
        String category = rs.getString(5);
        BigDecimal amount = rs.getBigDecimal(7);
        Date date = rs.getDate(8);
        return new DevelopmentRecord(rs.getLong(1), rs.getString(2), rs.getInt(3), kind, kind.chineseName(), kind.clause(), category,
                category == null ? null : kind.categories().get(category), rs.getString(6),
                amount == null ? null : amount.setScale(2).toPlainString(), date == null ? null : date.toLocalDate(),
                rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getTimestamp(13).toInstant(), rs.getString(14));
    }
}
