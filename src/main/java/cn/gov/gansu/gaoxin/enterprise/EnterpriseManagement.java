package cn.gov.gansu.gaoxin.enterprise;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Conflict;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.Money;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.Uscc;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 企业管理: registering enterprises, moving them, recording qualifications, projects, introductions, statistics. */
@Service
public class EnterpriseManagement {

    static final Set<String> LISTING_STATUSES = Set.of("UNLISTED", "PIPELINE", "STAR_MARKET", "BSE", "CHINEXT",
            "MAIN_BOARD", "NEEQ", "OVERSEAS");
    static final String GANSU = "甘肃";

    private final JdbcClient jdbc;
    private final EnterpriseRegistry registry;
    private final ZoneDirectory zones;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    EnterpriseManagement(JdbcClient jdbc, EnterpriseRegistry registry, ZoneDirectory zones,
            ApplicationEventPublisher events, AuditTrail audit) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.zones = zones;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public Enterprise register(NewEnterprise e) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Uscc uscc = Uscc.of(e.uscc());
        String name = requireName(e.name());
        String zone = requireZoneInScope(scope, e.zone());
        LocalDate since = e.since() == null ? null : checkDate(e.since(), "since");
        Industry industry = Industry.check(e.industryCode(), e.industryName());
        String listing = e.listingStatus() == null ? "UNLISTED" : e.listingStatus();
        if (!LISTING_STATUSES.contains(listing)) {
            throw new InvalidInput("字段“listingStatus”：须为 " + String.join("、", LISTING_STATUSES.stream().sorted().toList()) + " 之一");
        }
        if (registry.exists(uscc.value())) {
            throw new EnterpriseAlreadyRegistered(uscc.value());
        }
        try {
            insert(uscc.value(), name, zone, industry, listing, false, since);
        } catch (DuplicateKeyException raced) {
            throw new EnterpriseAlreadyRegistered(uscc.value());
        }
        audit.record("ENTERPRISE_REGISTERED", "ENTERPRISE", uscc.value(), "企业入库：" + name + "，所属高新区 " + zone);
        events.publishEvent(new EnterpriseRegistered(uscc.value(), name, zone, since == null ? LocalDate.now() : since));
        return registry.findUnscoped(uscc.value()).orElseThrow();
    }

    /** Inserts without a caller or events: demo data and bulk imports that publish their own. */
    public void insert(String uscc, String name, String zone, Industry industry, String listing, boolean demo, LocalDate since) {
        jdbc.sql("INSERT INTO enterprise (uscc, name, name_sort, zone_code, industry_code, industry_name, listing_status, demo, created_at) "
                        + "VALUES (:u, :n, :ns, :z, :ic, :in, :l, :demo, :now)")
                .param("u", uscc).param("n", name).param("ns", cn.gov.gansu.gaoxin.shared.NameSortKey.of(name)).param("z", zone).param("ic", industry.code()).param("in", industry.name())
                .param("l", listing).param("demo", demo).param("now", Timestamp.from(Instant.now())).update();
        jdbc.sql("INSERT INTO enterprise_membership (uscc, zone_code, valid_from, reason) VALUES (:u, :z, :d, :r)")
                .param("u", uscc).param("z", zone).param("d", since == null ? null : Date.valueOf(since))
                .param("r", since == null ? "入库（入驻日期未登记，视为入库前已在区内）" : "入库").update();
    }

    /** 企业迁移: ends the current stay and opens one in the new zone from {@code date}. */
    @Transactional
    public Enterprise move(String usccText, String toZone, LocalDate date, String reason) {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        String uscc = Uscc.of(usccText).value();
        Enterprise e = registry.findUnscoped(uscc).orElseThrow(() -> new UnknownEnterprise(uscc));
        if (!zones.exists(toZone)) {
            throw new InvalidInput("字段“zone”：高新区“" + toZone + "”不存在");
        }
        checkDate(date, "date");
        if (toZone.equals(e.zone())) {
            throw new InvalidInput("企业已在高新区“" + toZone + "”");
        }
        String why = reason == null || reason.isBlank() ? "迁移" : reason.trim();
        jdbc.sql("UPDATE enterprise_membership SET valid_to = :d WHERE uscc = :u AND valid_to IS NULL")
                .param("d", Date.valueOf(date)).param("u", uscc).update();
        jdbc.sql("INSERT INTO enterprise_membership (uscc, zone_code, valid_from, reason) VALUES (:u, :z, :d, :r)")
                .param("u", uscc).param("z", toZone).param("d", Date.valueOf(date)).param("r", why).update();
        jdbc.sql("UPDATE enterprise SET zone_code = :z, version = version + 1 WHERE uscc = :u").param("z", toZone).param("u", uscc).update();
        audit.record("ENTERPRISE_MOVED", "ENTERPRISE", uscc, e.zone() + " → " + toZone + "，" + date + "，" + why);
        events.publishEvent(new EnterpriseMoved(uscc, e.zone(), toZone, date));
        return registry.findUnscoped(uscc).orElseThrow();
    }

    /** 记录资质认定 — recording the fact is enough for an eligible award to appear (contracts §7). */
    @Transactional
    public Qualification recordQualification(String usccText, NewQualification q) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Enterprise e = writable(scope, usccText);
        QualificationType type = parse(QualificationType.class, q.qualification(), "qualification");
        Recognition recognition = parse(Recognition.class, q.recognition(), "recognition");
        if (type == null) {
            throw new InvalidInput("字段“qualification”不能为空");
        }
        if (recognition == null) {
            throw new InvalidInput("字段“recognition”不能为空（FIRST、RENEWAL 或 TRANSFERRED_IN）");
        }
        LocalDate date = checkDate(q.date(), "date");
        String province = q.issuingProvince() == null || q.issuingProvince().isBlank() ? GANSU : q.issuingProvince().trim();
        if (recognition == Recognition.TRANSFERRED_IN && province.equals(GANSU) && q.issuingProvince() != null) {
            throw new InvalidInput("字段“issuingProvince”：外省迁入的资质，发证省份不应为甘肃");
        }
        if (recognition == Recognition.TRANSFERRED_IN && q.issuingProvince() == null) {
            province = "外省";
        }
        String certificate = q.certificate() == null || q.certificate().isBlank() ? null : q.certificate().trim();
        if (certificate != null && (certificate.length() > 60 || !certificate.matches("[A-Za-z0-9\\-]+"))) {
            throw new InvalidInput("字段“certificate”：证书编号只能包含字母、数字和连字符，最多60位");
        }
        if (type == QualificationType.HIGH_TECH_ENTERPRISE && certificate == null) {
            throw new InvalidInput("字段“certificate”：高新技术企业须填写证书编号（如 GR202462000123）");
        }
        LocalDate validUntil = type.validUntil(date);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO qualification (uscc, type, recognition, certificate, issuing_province, recognised_on, "
                            + "valid_until, zone_code, recorded_at, recorded_by) VALUES (:u, :t, :r, :c, :p, :d, :v, :z, :at, :by)")
                    .param("u", e.uscc()).param("t", type.name()).param("r", recognition.name()).param("c", certificate)
                    .param("p", province).param("d", Date.valueOf(date)).param("v", validUntil == null ? null : Date.valueOf(validUntil))
                    .param("z", registry.zoneOn(e.uscc(), date).orElse(null)).param("at", Timestamp.from(Instant.now()))
                    .param("by", scope.username()).update(keys, "id");
        } catch (DuplicateKeyException dup) {
            throw new Conflict("证书编号“" + certificate + "”已登记过" + type.chineseName() + "资质");
        }
        long id = keys.getKey().longValue();
        String zoneOnDate = registry.zoneOn(e.uscc(), date).orElse(null);
        audit.record("QUALIFICATION_RECOGNISED", "ENTERPRISE", e.uscc(), type.chineseName() + "（" + recognition.chineseName()
                + "），" + date + (certificate == null ? "" : "，证书 " + certificate));
        events.publishEvent(new QualificationRecognised(e.uscc(), zoneOnDate, type, recognition, certificate, date, validUntil));
        return new Qualification(id, e.uscc(), type, recognition, certificate, province, date, validUntil, zoneOnDate);
    }

    // --- Excel import (contracts §9): the few writes the imports module needs beyond the single-record API ---

    /** 更正企业信息: a new name and industry code for a registered enterprise in scope (an import row that differs). */
    @Transactional
    public Enterprise correct(String usccText, String name, String industryCode) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Enterprise e = writable(scope, usccText);
        String newName = requireName(name);
        Industry industry = Industry.check(industryCode, null);
        boolean sameIndustry = java.util.Objects.equals(industry.code(), e.industryCode());
        jdbc.sql("UPDATE enterprise SET name = :n, name_sort = :ns, industry_code = :ic, industry_name = :in, version = version + 1 "
                        + "WHERE uscc = :u")
                .param("n", newName).param("ns", cn.gov.gansu.gaoxin.shared.NameSortKey.of(newName)).param("ic", industry.code()).param("in", sameIndustry ? e.industryName() : null)
                .param("u", e.uscc()).update();
        audit.record("ENTERPRISE_UPDATED", "ENTERPRISE", e.uscc(), "企业信息更正：名称“" + e.name() + "”→“" + newName + "”，行业代码 "
                + (e.industryCode() == null ? "未填" : e.industryCode()) + " → " + (industry.code() == null ? "未填" : industry.code()));
        return registry.findUnscoped(e.uscc()).orElseThrow();
    }

    /** JDBC batches for {@link #registerAll}. */
    @org.springframework.beans.factory.annotation.Autowired
    private EnterpriseBulkLoader bulk;

    /**
     * 批量入库: registers many enterprises at once with exactly the checks, audit rows and events of
     * {@link #register} (one per enterprise), written as JDBC batches. The first fault refuses the whole
     * batch (the caller may retry the rows one by one to find it); nothing is written then.
     */
    @Transactional
    public void registerAll(java.util.List<NewEnterprise> batch) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        java.util.Set<String> zonesChecked = new java.util.HashSet<>();
        java.util.List<EnterpriseBulkLoader.NewRow> rows = new java.util.ArrayList<>(batch.size());
        java.util.Map<String, String> details = new java.util.LinkedHashMap<>();
        for (NewEnterprise e : batch) {
            Uscc uscc = Uscc.of(e.uscc());
            String name = requireName(e.name());
            String zone = e.zone();
            if (zone == null || !zonesChecked.contains(zone)) {
                requireZoneInScope(scope, zone);
                zonesChecked.add(zone);
            }
            if (e.since() != null) {
                checkDate(e.since(), "since");
            }
            Industry industry = Industry.check(e.industryCode(), e.industryName());
            String listing = e.listingStatus() == null ? "UNLISTED" : e.listingStatus();
            if (!LISTING_STATUSES.contains(listing)) {
                throw new InvalidInput("字段“listingStatus”：须为 " + String.join("、", LISTING_STATUSES.stream().sorted().toList()) + " 之一");
            }
            if (details.put(uscc.value(), "企业入库：" + name + "，所属高新区 " + zone) != null) {
                throw new EnterpriseAlreadyRegistered(uscc.value());
            }
            rows.add(new EnterpriseBulkLoader.NewRow(uscc.value(), name, zone, industry.code(), industry.name(), listing, null, null,
                    e.since(), false));
        }
        java.util.Set<String> existing = registry.findAllUnscoped(details.keySet()).keySet();
        if (!existing.isEmpty()) {
            throw new EnterpriseAlreadyRegistered(existing.iterator().next());
        }
        bulk.insertEnterprises(rows);
        audit.recordAllAs(scope.username(), "ENTERPRISE_REGISTERED", "ENTERPRISE", details);
        for (EnterpriseBulkLoader.NewRow r : rows) {
            events.publishEvent(new EnterpriseRegistered(r.uscc(), r.name(), r.zone(), r.since() == null ? LocalDate.now() : r.since()));
        }
    }

    /**
     * Records a recognition read from an official recognition list: as {@link #recordQualification}
     * (same checks, audit and event, so eligible awards appear by themselves), then marked verified.
     */
    @Transactional
    public Qualification recordVerifiedQualification(String usccText, NewQualification q) {
        Qualification recorded = recordQualification(usccText, q);
        markVerified(recorded.id(), recorded.uscc(), recorded.type(), recorded.certificate(), recorded.recognisedOn());
        return recorded;
    }

    /** Marks an already recorded recognition in scope as confirmed by an official list; false when it already was. */
    @Transactional
    public boolean verifyQualification(String usccText, long id) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Enterprise e = writable(scope, usccText);
        Qualification q = registry.qualifications(e.uscc()).stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new NotFound("资质记录“" + id + "”不存在"));
        if (registry.isVerified(id)) {
            return false;
        }
        markVerified(id, e.uscc(), q.type(), q.certificate(), q.recognisedOn());
        return true;
    }

    private void markVerified(long id, String uscc, QualificationType type, String certificate, LocalDate date) {
        jdbc.sql("UPDATE qualification SET verified = TRUE WHERE id = :id").param("id", id).update();
        audit.record("QUALIFICATION_VERIFIED", "ENTERPRISE", uscc, type.chineseName() + "，" + date
                + (certificate == null ? "" : "，证书 " + certificate) + "：与导入的官方认定名单核对一致");
        events.publishEvent(new QualificationVerified(uscc, type, certificate, date));
    }

    /** 引进独角兽/瞪羚企业 (clause 10). */
    @Transactional
    public Enterprise recordIntroduction(String usccText, String categoryText, LocalDate date) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Enterprise e = writable(scope, usccText);
        IntroducedCategory category = parse(IntroducedCategory.class, categoryText, "category");
        if (category == null) {
            throw new InvalidInput("字段“category”不能为空（UNICORN 或 GAZELLE）");
        }
        checkDate(date, "date");
        if (e.introducedCategory() != null) {
            throw new Conflict("企业已登记为引进的" + e.introducedCategory().chineseName() + "（" + e.introducedOn() + "）");
        }
        jdbc.sql("UPDATE enterprise SET introduced_category = :c, introduced_on = :d, version = version + 1 WHERE uscc = :u")
                .param("c", category.name()).param("d", Date.valueOf(date)).param("u", e.uscc()).update();
        audit.record("ENTERPRISE_INTRODUCED", "ENTERPRISE", e.uscc(), "引进" + category.chineseName() + "，" + date);
        events.publishEvent(new EnterpriseIntroduced(e.uscc(), registry.zoneOn(e.uscc(), date).orElse(null), category, date));
        return registry.findUnscoped(e.uscc()).orElseThrow();
    }

    /** 国家科技项目 (clause 5): landed funding may be unknown yet (null). */
    @Transactional
    public void recordNationalProject(String usccText, NewNationalProject p) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Enterprise e = writable(scope, usccText);
        if (p.programme() == null || p.programme().isBlank()) {
            throw new InvalidInput("字段“programme”不能为空（MAJOR_SPECIAL 国家科技重大专项、KEY_RD 国家重点研发计划或其他）");
        }
        if (p.project() == null || !p.project().matches("[A-Za-z0-9\\-]{4,60}")) {
            throw new InvalidInput("字段“project”：项目（课题）编号须为4至60位字母、数字或连字符");
        }
        LocalDate date = checkDate(p.date(), "date");
        BigDecimal landed = null;
        if (p.fundingLandedYuan() != null) {
            Money m = Money.parse(p.fundingLandedYuan());
            if (m.isNegative()) {
                throw new InvalidInput("字段“fundingLandedYuan”：在甘落地资金不能为负数");
            }
            landed = m.yuan();
        }
        try {
            jdbc.sql("INSERT INTO national_project (uscc, zone_code, programme, project_no, title, funding_landed, won_on, recorded_at, recorded_by) "
                            + "VALUES (:u, :z, :p, :n, :t, :f, :d, :at, :by)")
                    .param("u", e.uscc()).param("z", e.zone()).param("p", p.programme().trim()).param("n", p.project())
                    .param("t", p.title()).param("f", landed).param("d", Date.valueOf(date))
                    .param("at", Timestamp.from(Instant.now())).param("by", scope.username()).update();
        } catch (DuplicateKeyException dup) {
            throw new Conflict("项目（课题）“" + p.project() + "”已为该单位登记");
        }
        audit.record("NATIONAL_PROJECT_RECORDED", "ENTERPRISE", e.uscc(), p.programme() + " " + p.project()
                + (landed == null ? "，在甘落地资金待补" : "，在甘落地资金 " + landed.toPlainString() + " 元"));
        events.publishEvent(new NationalProjectWon(e.uscc(), registry.zoneOn(e.uscc(), date).orElse(null),
                p.programme().trim(), p.project(), landed, date));
    }

    /** 年度统计: replaces one year's figures for an enterprise. */
    @Transactional
    public void reportStatistics(String usccText, AnnualStatistics s) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER, Role.ENTERPRISE);
        Enterprise e = writable(scope, usccText);
        if (s.year() < 2000 || s.year() > LocalDate.now().getYear()) {
            throw new InvalidInput("字段“year”：统计年度须在2000年至今年之间");
        }
        nonNegative(s.revenue(), "revenue");
        nonNegative(s.highTechRevenue(), "highTechRevenue");
        nonNegative(s.rdExpense(), "rdExpense");
        nonNegative(s.exports(), "exports");
        nonNegative(s.taxes(), "taxes");
        if (s.employees() != null && s.employees() < 0 || s.rdStaff() != null && s.rdStaff() < 0) {
            throw new InvalidInput("字段“employees”/“rdStaff”：人数不能为负数");
        }
        if (s.revenue() != null && s.highTechRevenue() != null && s.highTechRevenue().compareTo(s.revenue()) > 0) {
            throw new InvalidInput("字段“highTechRevenue”：高新技术产品（服务）收入不能大于营业收入");
        }
        jdbc.sql("DELETE FROM enterprise_statistics WHERE uscc = :u AND stat_year = :y").param("u", e.uscc()).param("y", s.year()).update();
        writeStatistics(e.uscc(), s);
        audit.record("STATISTICS_REPORTED", "ENTERPRISE", e.uscc(), s.year() + "年度统计数据");
    }

    /** Writes one year's figures without checks or audit (demo data). */
    public void writeStatistics(String uscc, AnnualStatistics s) {
        jdbc.sql("INSERT INTO enterprise_statistics (uscc, stat_year, revenue, high_tech_revenue, employees, rd_staff, rd_expense, exports, taxes) "
                        + "VALUES (:u, :y, :r, :h, :e, :rs, :rd, :x, :t)")
                .param("u", uscc).param("y", s.year()).param("r", money(s.revenue())).param("h", money(s.highTechRevenue()))
                .param("e", s.employees()).param("rs", s.rdStaff()).param("rd", money(s.rdExpense()))
                .param("x", money(s.exports())).param("t", money(s.taxes())).update();
    }

    private Enterprise writable(DataScope scope, String usccText) {
        String uscc = Uscc.of(usccText).value();
        Enterprise e = registry.find(scope, uscc).orElseThrow(() -> new UnknownEnterprise(uscc));
        if (scope.readOnly()) {
            throw new Forbidden("只读角色不能修改数据");
        }
        return e;
    }

    private String requireZoneInScope(DataScope scope, String zone) {
        if (zone == null || zone.isBlank()) {
            throw new InvalidInput("字段“zone”：所属高新区不能为空");
        }
        if (!zones.exists(zone)) {
            throw new InvalidInput("字段“zone”：高新区“" + (zone.length() > 40 ? zone.substring(0, 40) : zone) + "”不存在");
        }
        if (!zones.canSee(scope, zone)) {
            throw new Forbidden("只能在本高新区登记企业");
        }
        return zone;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("字段“name”：企业名称不能为空");
        }
        if (name.trim().length() > 200) {
            throw new InvalidInput("字段“name”：企业名称过长（最多200字）");
        }
        return name.trim();
    }

    private static LocalDate checkDate(LocalDate date, String field) {
        if (date == null) {
            throw new InvalidInput("字段“" + field + "”：日期不能为空（格式 yyyy-MM-dd）");
        }
        if (date.getYear() < 1980 || date.isAfter(LocalDate.now().plusDays(1))) {
            throw new InvalidInput("字段“" + field + "”：日期“" + date + "”超出合理范围（1980年至今天）");
        }
        return date;
    }

    private static void nonNegative(BigDecimal v, String field) {
        if (v != null && v.abs().compareTo(MONEY_LIMIT) >= 0) {
            throw new InvalidInput("字段“" + field + "”：金额超出允许范围（须小于1000万亿元）");
        }
        if (v != null && v.signum() < 0) {
            throw new InvalidInput("字段“" + field + "”：金额不能为负数");
        }
        if (v != null && v.scale() > 2 && v.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput("字段“" + field + "”：金额精确到分，最多两位小数");
        }
    }

    /** The largest amount a money column holds (NUMERIC(18,2) or wider): anything beyond is a typo, a 400. */
    private static final BigDecimal MONEY_LIMIT = new BigDecimal("1e15");

    private static BigDecimal money(BigDecimal v) {
        return v == null ? null : v.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        return cn.gov.gansu.gaoxin.shared.Enums.optional(type, value, "字段“" + field + "”");
    }

    /** 国民经济行业分类 (GB/T 4754-2017) code and name, both optional. */
    public record Industry(String code, String name) {
        static Industry check(String code, String name) {
            if (code != null && !code.isBlank() && !code.matches("[A-T]|\\d{2,4}")) {
                throw new InvalidInput("字段“industryCode”：须为国民经济行业分类（GB/T 4754-2017）代码，如“27”或“2761”");
            }
            return new Industry(code == null || code.isBlank() ? null : code, name == null || name.isBlank() ? null : name.trim());
        }
    }

    /** A new enterprise (contracts §5). */
    public record NewEnterprise(@io.swagger.v3.oas.annotations.media.Schema(description = "统一社会信用代码（18位，校验位正确）", example = "91620100MA74XXXXXX", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String uscc,
            @io.swagger.v3.oas.annotations.media.Schema(description = "企业名称", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String name,
            @io.swagger.v3.oas.annotations.media.Schema(description = "所在高新区代码，如 lanzhou", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String zone,
            @io.swagger.v3.oas.annotations.media.Schema(description = "国民经济行业分类（GB/T 4754-2017）代码") String industryCode, String industryName,
            @io.swagger.v3.oas.annotations.media.Schema(description = "上市状态，缺省 UNLISTED", allowableValues = {"UNLISTED", "PIPELINE", "STAR_MARKET", "BSE", "CHINEXT",
                    "MAIN_BOARD", "NEEQ", "OVERSEAS"}) String listingStatus,
            @io.swagger.v3.oas.annotations.media.Schema(description = "入区日期，缺省为今天") LocalDate since) {
    }

    /** A qualification to record (contracts §7). */
    public record NewQualification(@io.swagger.v3.oas.annotations.media.Schema(implementation = QualificationType.class, requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String qualification,
            @io.swagger.v3.oas.annotations.media.Schema(implementation = Recognition.class, description = "FIRST 首次认定；RENEWAL 重新认定；TRANSFERRED_IN 外省迁入", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String recognition,
            @io.swagger.v3.oas.annotations.media.Schema(description = "证书编号，如 GR202462000123") String certificate,
            @io.swagger.v3.oas.annotations.media.Schema(description = "发证（认定）日期", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) LocalDate date,
            @io.swagger.v3.oas.annotations.media.Schema(description = "发证省份，缺省甘肃") String issuingProvince) {
    }

    /** A national project won. */
    public record NewNationalProject(
            @io.swagger.v3.oas.annotations.media.Schema(description = "MAJOR_SPECIAL 国家科技重大专项；KEY_RD 国家重点研发计划（其他类别不适用第5条）", allowableValues = {"MAJOR_SPECIAL", "KEY_RD"}, requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String programme,
            @io.swagger.v3.oas.annotations.media.Schema(description = "项目（课题）编号", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String project, String title,
            @io.swagger.v3.oas.annotations.media.Schema(description = "在甘落地资金（元）", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String fundingLandedYuan,
            @io.swagger.v3.oas.annotations.media.Schema(description = "立项日期", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) LocalDate date) {
    }

    /** 统一社会信用代码已存在. */
    static final class EnterpriseAlreadyRegistered extends Conflict {
        EnterpriseAlreadyRegistered(String uscc) {
            super("统一社会信用代码“" + uscc + "”的企业已登记");
        }
    }

    /** 企业不存在（或不在调用者的数据范围内——两者不加区分，不泄露信息）. */
    public static final class UnknownEnterprise extends NotFound {
        public UnknownEnterprise(String uscc) {
            super("企业“" + uscc + "”不存在或不在您的数据范围内");
        }
    }
}
