package cn.gov.gansu.gaoxin.zone;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Conflict;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 高新区管理: recognising zones, changing their status, enclave and partner parks, leading industries. */
@Service
public class ZoneManagement {

    static final int MIN_LEADING = 2;
    static final int MAX_LEADING = 3;

    private final JdbcClient jdbc;
    private final ZoneDirectory directory;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    ZoneManagement(JdbcClient jdbc, ZoneDirectory directory, ApplicationEventPublisher events, AuditTrail audit) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.events = events;
        this.audit = audit;
    }

    /** 认定省级高新区 (clause 2), built on an existing provincial development zone. */
    @Transactional
    public Zone recognise(NewZone z) {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        String code = requireCode(z.code());
        require(z.name(), "name", "名称");
        require(z.city(), "city", "所在市(州)");
        LocalDate date = requireDate(z.recognisedOn(), "recognisedOn", "认定日期");
        if (!directory.cityExists(z.city())) {
            throw new InvalidInput("字段“city”：市(州)“" + z.city() + "”不存在");
        }
        if (directory.exists(code)) {
            throw new ZoneAlreadyRegistered(code);
        }
        insertZone(code, z.name(), z.fullName() == null ? z.name() + "高新技术产业开发区" : z.fullName(), z.city(), "ZONE",
                z.developmentZone(), null, null, date);
        history(code, ZoneLevel.PROVINCIAL, ZoneStatus.PROVINCIAL, date, "新认定省级高新区" + suffix(z.developmentZone(), "，依托"));
        audit.record("ZONE_RECOGNISED", "ZONE", code, "认定省级高新区“" + z.name() + "”，认定日期" + date);
        events.publishEvent(new ZoneRecognised(code, ZoneLevel.PROVINCIAL, date));
        return directory.find(code).orElseThrow();
    }

    /** Moves a zone along its lifecycle, kept as dated history, publishing the matching event. */
    @Transactional
    public Zone changeStatus(String code, ZoneStatus next, LocalDate date, String reason) {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        Zone zone = directory.find(code).orElseThrow(() -> new UnknownZone(code));
        if (next == null) {
            throw new InvalidInput("字段“status”：须为 PROVINCIAL、NATIONAL_CANDIDATE、NATIONAL 或 REVOKED");
        }
        requireDate(date, "date", "生效日期");
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("字段“reason”：请填写变更依据（如批复文号）");
        }
        if (!zone.status().canBecome(next)) {
            throw new IllegalZoneTransition(zone, next);
        }
        ZoneLevel level = next.levelAfter(zone.level());
        int updated = jdbc.sql("UPDATE zone SET status = :s, level = :l, status_since = :d, version = version + 1 "
                        + "WHERE code = :c AND status = :old")
                .param("s", next.name()).param("l", level.name()).param("d", Date.valueOf(date)).param("c", code)
                .param("old", zone.status().name()).update();
        if (updated != 1) {
            throw new Conflict("高新区“" + zone.name() + "”的状态已被他人修改，请刷新后重试");
        }
        history(code, level, next, date, reason.trim());
        audit.record("ZONE_STATUS_CHANGED", "ZONE", code,
                zone.status().chineseName() + " → " + next.chineseName() + "，生效日期" + date + "，依据：" + reason.trim());
        switch (next) {
            case NATIONAL_CANDIDATE -> events.publishEvent(new ZoneNominatedNational(code, date));
            case NATIONAL -> events.publishEvent(new ZoneApprovedNational(code, date));
            case REVOKED -> events.publishEvent(new ZoneRevoked(code, date, reason.trim()));
            case PROVINCIAL -> {
            }
        }
        return directory.find(code).orElseThrow();
    }

    /** 设立飞地园区 (clause 16): the park enjoys its parent zone's policies. */
    @Transactional
    public Zone establishEnclavePark(String parent, NewEnclave e) {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        Zone parentZone = directory.find(parent).orElseThrow(() -> new UnknownZone(parent));
        if (parentZone.isEnclavePark()) {
            throw new InvalidInput("飞地园区不能再设立飞地园区");
        }
        if (parentZone.status() == ZoneStatus.REVOKED) {
            throw new InvalidInput("高新区“" + parentZone.name() + "”已撤销资格，不能设立飞地园区");
        }
        String code = requireCode(e.code());
        require(e.name(), "name", "名称");
        LocalDate date = requireDate(e.established(), "established", "设立日期");
        if (directory.exists(code)) {
            throw new ZoneAlreadyRegistered(code);
        }
        insertZone(code, e.name(), e.name(), parentZone.city(), "ENCLAVE_PARK", null, parent, e.location(), date);
        history(code, parentZone.level(), parentZone.status(), date, "设立为" + parentZone.fullName() + "的飞地园区");
        audit.record("ENCLAVE_PARK_ESTABLISHED", "ZONE", code, "设立飞地园区“" + e.name() + "”，母园区 " + parent);
        events.publishEvent(new EnclaveParkEstablished(code, parent, date));
        return directory.find(code).orElseThrow();
    }

    @Transactional
    public void linkPartner(String zone, String kind, String partnerName, String region, LocalDate since) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        requireWritable(scope, zone);
        if (!"PARTNER_PARK".equals(kind) && !"REMOTE_INCUBATION".equals(kind)) {
            throw new InvalidInput("字段“kind”：须为 PARTNER_PARK（伙伴园区）或 REMOTE_INCUBATION（异地孵化）");
        }
        require(partnerName, "partnerName", "合作方名称");
        require(region, "region", "合作地区");
        requireDate(since, "since", "开始日期");
        jdbc.sql("INSERT INTO zone_partner (zone_code, kind, partner_name, region, since, recorded_at) "
                        + "VALUES (:z, :k, :n, :r, :s, :at)")
                .param("z", zone).param("k", kind).param("n", partnerName.trim()).param("r", region.trim())
                .param("s", Date.valueOf(since)).param("at", Timestamp.from(Instant.now())).update();
        audit.record("PARTNER_LINKED", "ZONE", zone, kind + "：" + partnerName + "（" + region + "）");
        events.publishEvent(new PartnerParkLinked(zone, partnerName.trim(), region.trim(), since));
    }

    /**
     * Sets a zone's leading industries (clause 12). Outside 2–3 is allowed but answered with a
     * warning, so a zone's real situation can be recorded and shown against the target.
     */
    @Transactional
    public List<String> setLeadingIndustries(String zone, List<Zone.Industry> industries) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        requireWritable(scope, zone);
        if (industries == null || industries.isEmpty()) {
            throw new InvalidInput("至少填写一个主导产业");
        }
        for (int i = 0; i < industries.size(); i++) {
            Zone.Industry ind = industries.get(i);
            if (ind == null || ind.name() == null || ind.name().isBlank()) {
                throw new InvalidInput("字段“industries[" + i + "].name”：主导产业名称不能为空");
            }
            if (ind.industryCodes() == null || ind.industryCodes().isEmpty()
                    || !ind.industryCodes().stream().allMatch(c -> c != null && c.matches("[A-T]|\\d{2,4}"))) {
                throw new InvalidInput("字段“industries[" + i + "].industryCodes”：须为国民经济行业分类（GB/T 4754）代码，如“27”或“3841”");
            }
        }
        jdbc.sql("DELETE FROM zone_industry WHERE zone_code = :z AND kind = 'LEADING'").param("z", zone).update();
        for (int i = 0; i < industries.size(); i++) {
            jdbc.sql("INSERT INTO zone_industry (zone_code, kind, seq, name, industry_codes) VALUES (:z, 'LEADING', :s, :n, :c)")
                    .param("z", zone).param("s", i + 1).param("n", industries.get(i).name().trim())
                    .param("c", String.join(",", industries.get(i).industryCodes())).update();
        }
        audit.record("LEADING_INDUSTRIES_SET", "ZONE", zone,
                "主导产业：" + String.join("、", industries.stream().map(Zone.Industry::name).toList()));
        List<String> warnings = new ArrayList<>();
        if (industries.size() < MIN_LEADING || industries.size() > MAX_LEADING) {
            warnings.add("第12条要求高新区确定2-3个主导产业，当前为" + industries.size() + "个");
        }
        return warnings;
    }

    private void requireWritable(DataScope scope, String zone) {
        if (!directory.exists(zone)) {
            throw new UnknownZone(zone);
        }
        if (!directory.canSee(scope, zone)) {
            throw new Forbidden("无权修改其他高新区的数据");
        }
    }

    private void insertZone(String code, String name, String fullName, String city, String kind, String developmentZone,
            String parent, String location, LocalDate date) {
        int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM zone").query(Integer.class).single();
        ZoneLevel level = ZoneLevel.PROVINCIAL;
        ZoneStatus status = ZoneStatus.PROVINCIAL;
        if (parent != null) {
            Zone p = directory.find(parent).orElseThrow();
            level = p.level();
            status = p.status();
        }
        jdbc.sql("INSERT INTO zone (code, name, full_name, city_code, kind, level, status, status_since, established_on, "
                        + "development_zone, parent_zone, location, seq) VALUES (:code, :name, :full, :city, :kind, :level, "
                        + ":status, :since, :est, :dev, :parent, :loc, :seq)")
                .param("code", code).param("name", name.trim()).param("full", fullName.trim()).param("city", city)
                .param("kind", kind).param("level", level.name()).param("status", status.name())
                .param("since", Date.valueOf(date)).param("est", Date.valueOf(date)).param("dev", developmentZone)
                .param("parent", parent).param("loc", location).param("seq", seq).update();
    }

    private void history(String code, ZoneLevel level, ZoneStatus status, LocalDate date, String reason) {
        jdbc.sql("INSERT INTO zone_status_history (zone_code, level, status, valid_from, reason, recorded_at, recorded_by) "
                        + "VALUES (:z, :l, :s, :d, :r, :at, :by)")
                .param("z", code).param("l", level.name()).param("s", status.name()).param("d", Date.valueOf(date))
                .param("r", reason).param("at", Timestamp.from(Instant.now())).param("by", CurrentUser.scope().username())
                .update();
    }

    private static String requireCode(String code) {
        if (code == null || !code.matches("[a-z][a-z0-9-]{1,63}")) {
            throw new InvalidInput("字段“code”：须为2至64位小写字母、数字或连字符，以字母开头（如 jingning）");
        }
        return code;
    }

    private static void require(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("字段“" + field + "”：" + what + "不能为空");
        }
        if (value.length() > 100) {
            throw new InvalidInput("字段“" + field + "”：" + what + "过长（最多100字）");
        }
    }

    private static LocalDate requireDate(LocalDate date, String field, String what) {
        if (date == null) {
            throw new InvalidInput("字段“" + field + "”：" + what + "不能为空（格式 yyyy-MM-dd）");
        }
        if (date.getYear() < 1988 || date.isAfter(LocalDate.now().plusYears(1))) {
            throw new InvalidInput("字段“" + field + "”：" + what + "“" + date + "”超出合理范围（1988年至明年）");
        }
        return date;
    }

    private static String suffix(String s, String prefix) {
        return s == null || s.isBlank() ? "" : prefix + s;
    }

    /** A new provincial zone. */
    public record NewZone(String code, String name, String fullName, String city, String developmentZone,
            LocalDate recognisedOn) {
    }

    /** A new enclave park. */
    public record NewEnclave(String code, String name, String location, LocalDate established) {
    }

    /** 高新区代码已存在. */
    static final class ZoneAlreadyRegistered extends Conflict {
        ZoneAlreadyRegistered(String code) {
            super("高新区代码“" + code + "”已存在");
        }
    }

    /** 高新区不存在. */
    public static final class UnknownZone extends NotFound {
        public UnknownZone(String code) {
            super("高新区“" + code + "”不存在");
        }
    }

    /** 不允许的状态变更. */
    static final class IllegalZoneTransition extends Conflict {
        IllegalZoneTransition(Zone zone, ZoneStatus next) {
            super("高新区“" + zone.name() + "”当前为“" + zone.status().chineseName() + "”，不能变更为“" + next.chineseName() + "”"
                    + (next == ZoneStatus.NATIONAL && zone.status() == ZoneStatus.PROVINCIAL ? "（须先进入“创建国家高新区中”）" : ""));
        }
    }
}
