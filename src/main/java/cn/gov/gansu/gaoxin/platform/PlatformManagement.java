package cn.gov.gansu.gaoxin.platform;

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
import cn.gov.gansu.gaoxin.shared.Uscc;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 创新平台登记: recording a platform recognised in a zone (PROVINCE_ADMIN anywhere, ZONE_OFFICER in its own zone). */
@Service
public class PlatformManagement {

    static final int MAX_CODES = 20;

    private final JdbcClient jdbc;
    private final PlatformRegistry registry;
    private final ZoneDirectory zones;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    PlatformManagement(JdbcClient jdbc, PlatformRegistry registry, ZoneDirectory zones, ApplicationEventPublisher events,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.zones = zones;
        this.events = events;
        this.audit = audit;
    }

    @Transactional
    public Platform record(NewPlatform request) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        if (request == null) {
            throw new InvalidInput("请求体不能为空");
        }
        Checked p = check(request);
        if (!zones.exists(p.zone())) {
            throw new InvalidInput("字段“zone”：高新区“" + abbreviate(p.zone()) + "”不存在");
        }
        if (!zones.canSee(scope, p.zone())) {
            throw new Forbidden("只能登记本高新区的创新平台");
        }
        if (p.branchOf() != null) {
            Platform main = registry.find(scope, p.branchOf())
                    .orElseThrow(() -> new InvalidInput("字段“branchOf”：创新平台 " + p.branchOf() + " 不存在或不在您的数据范围内"));
            if (main.kind() != PlatformKind.UNIVERSITY_SCIENCE_PARK || p.kind() != PlatformKind.UNIVERSITY_SCIENCE_PARK) {
                throw new InvalidInput("字段“branchOf”：只有大学科技园可以登记分园，且须指向一个大学科技园");
            }
        }
        if (registry.exists(p.zone(), p.kind(), p.name())) {
            throw new PlatformAlreadyRegistered(p.zone(), p.kind(), p.name());
        }
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql(INSERT).params(params(p, false, scope.username())).update(keys, "id");
        } catch (DuplicateKeyException raced) {
            throw new PlatformAlreadyRegistered(p.zone(), p.kind(), p.name());
        }
        long id = keys.getKey().longValue();
        audit.record("PLATFORM_RECOGNISED", "PLATFORM", String.valueOf(id), p.kind().chineseName() + "“" + p.name() + "”，"
                + p.level().chineseName() + "，高新区 " + p.zone() + "，认定日期 " + p.recognisedOn());
        events.publishEvent(new PlatformRecognised(id, p.zone(), p.kind(), p.level(), p.recognisedOn()));
        return registry.findUnscoped(id).orElseThrow();
    }

    static final String INSERT = "INSERT INTO innovation_platform (kind, level, name, name_sort, zone_code, operator_uscc, industry_name, "
            + "industry_codes, recognised_on, branch_of, demo, recorded_at, recorded_by) "
            + "VALUES (:kind, :level, :name, :nameSort, :zone, :operator, :industryName, :industryCodes, :on, :branchOf, :demo, :at, :by)";

    static java.util.Map<String, Object> params(Checked p, boolean demo, String by) {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("kind", p.kind().name());
        m.put("level", p.level().name());
        m.put("name", p.name());
        m.put("nameSort", cn.gov.gansu.gaoxin.shared.NameSortKey.of(p.name()));
        m.put("zone", p.zone());
        m.put("operator", p.operator());
        m.put("industryName", p.industryName());
        m.put("industryCodes", p.industryCodes().isEmpty() ? null : String.join(",", p.industryCodes()));
        m.put("on", Date.valueOf(p.recognisedOn()));
        m.put("branchOf", p.branchOf());
        m.put("demo", demo);
        m.put("at", Timestamp.from(Instant.now()));
        m.put("by", by);
        return m;
    }

    /** Checks every field of a request; the first fault found is a Chinese 400 naming the field. */
    static Checked check(NewPlatform r) {
        PlatformKind kind = parse(PlatformKind.class, r.kind(), "kind");
        PlatformLevel level = parse(PlatformLevel.class, r.level(), "level");
        if (!kind.allows(level)) {
            throw new InvalidInput("字段“level”：" + kind.chineseName() + "须为省级以上（NATIONAL 或 PROVINCIAL）");
        }
        String name = r.name() == null ? "" : r.name().trim();
        if (name.isEmpty()) {
            throw new InvalidInput("字段“name”：平台名称不能为空");
        }
        if (name.length() > 200) {
            throw new InvalidInput("字段“name”：平台名称过长（最多200字）");
        }
        if (r.zone() == null || r.zone().isBlank()) {
            throw new InvalidInput("字段“zone”：所在高新区不能为空");
        }
        String operator = null;
        if (r.operator() != null && !r.operator().isBlank()) {
            String problem = Uscc.problemWith(r.operator().trim().toUpperCase());
            if (problem != null) {
                throw new InvalidInput("字段“operator”：" + problem);
            }
            operator = r.operator().trim().toUpperCase();
        }
        String industryName = null;
        List<String> codes = List.of();
        if (r.industry() != null) {
            industryName = r.industry().name() == null || r.industry().name().isBlank() ? null : r.industry().name().trim();
            List<String> given = r.industry().codes() == null ? List.of() : r.industry().codes();
            if (given.size() > MAX_CODES) {
                throw new InvalidInput("字段“industry.codes”：最多" + MAX_CODES + "个行业代码");
            }
            List<String> clean = new ArrayList<>();
            for (String c : given) {
                String code = c == null ? "" : c.trim().toUpperCase();
                if (!code.matches("[A-T]|\\d{2,4}")) {
                    throw new InvalidInput("字段“industry.codes”：“" + abbreviate(String.valueOf(c))
                            + "”不是国民经济行业分类（GB/T 4754-2017）代码（门类字母A–T，或2至4位数字，如“27”“2761”）");
                }
                if (!clean.contains(code)) {
                    clean.add(code);
                }
            }
            codes = List.copyOf(clean);
            if (industryName != null && industryName.length() > 100) {
                throw new InvalidInput("字段“industry.name”：产业名称过长（最多100字）");
            }
            if (industryName == null && !codes.isEmpty()) {
                throw new InvalidInput("字段“industry.name”：填写行业代码时须同时填写所服务的主导产业名称");
            }
            if (industryName != null && codes.isEmpty()) {
                throw new InvalidInput("字段“industry.codes”：须至少填写一个国民经济行业分类代码");
            }
        }
        if (kind == PlatformKind.INCUBATOR && codes.isEmpty()) {
            throw new InvalidInput("字段“industry”：科技企业孵化器须填写所服务的主导产业（名称和行业代码），用于第11条孵化链条监测");
        }
        LocalDate on = r.recognisedOn();
        if (on == null) {
            throw new InvalidInput("字段“recognisedOn”：认定（备案）日期不能为空（格式 yyyy-MM-dd）");
        }
        if (on.getYear() < 1980 || on.isAfter(LocalDate.now().plusDays(1))) {
            throw new InvalidInput("字段“recognisedOn”：日期“" + on + "”超出合理范围（1980年至今天）");
        }
        return new Checked(kind, level, name, r.zone().trim(), operator, industryName, codes, on, r.branchOf());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        return cn.gov.gansu.gaoxin.shared.Enums.required(type, value, "字段“" + field + "”");
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    /** A platform to record; {@code industry} and {@code operator} optional except an incubator's industry. */
    public record NewPlatform(@io.swagger.v3.oas.annotations.media.Schema(implementation = PlatformKind.class, requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String kind,
            @io.swagger.v3.oas.annotations.media.Schema(implementation = PlatformLevel.class, requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String level,
            @io.swagger.v3.oas.annotations.media.Schema(requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String name, @io.swagger.v3.oas.annotations.media.Schema(description = "所在高新区代码", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String zone, String operator,
            IndustryServed industry, @io.swagger.v3.oas.annotations.media.Schema(description = "认定日期", requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) LocalDate recognisedOn,
            @io.swagger.v3.oas.annotations.media.Schema(description = "所属总部平台的 id（分支机构）") Long branchOf) {
    }

    /** The leading industry served, as sent: a name and GB/T 4754 codes. */
    public record IndustryServed(String name, List<String> codes) {
    }

    /** A request after its checks. */
    record Checked(PlatformKind kind, PlatformLevel level, String name, String zone, String operator, String industryName,
            List<String> industryCodes, LocalDate recognisedOn, Long branchOf) {
    }

    /** 同一高新区内同类同名的平台已登记. */
    static final class PlatformAlreadyRegistered extends Conflict {
        PlatformAlreadyRegistered(String zone, PlatformKind kind, String name) {
            super("高新区“" + zone + "”已登记" + kind.chineseName() + "“" + name + "”");
        }
    }

    /** 创新平台不存在（或不在调用者的数据范围内——两者不加区分）. */
    static final class UnknownPlatform extends NotFound {
        UnknownPlatform(String id) {
            super("创新平台“" + (id.length() > 30 ? id.substring(0, 30) : id) + "”不存在或不在您的数据范围内");
        }
    }
}
