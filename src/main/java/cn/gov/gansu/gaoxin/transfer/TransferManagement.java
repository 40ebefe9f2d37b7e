package cn.gov.gansu.gaoxin.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.gansu.gaoxin.enterprise.Enterprise;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.Uscc;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.transfer.matching.AchievementIndex;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 科技成果转移转化 (clause 6: "建立科技成果库和企业技术需求库，开展成果与需求精准对接"): recording
 * achievements and demands, and matching a demand to achievements (contracts §11).
 * Achievements are a published library that every signed-in user reads; demands are an
 * enterprise's own: the enterprise itself, its zone's and city's officers and the province see them.
 */
@Service
public class TransferManagement {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 20_000;
    static final int MAX_OWNER = 200;
    static final int MAX_FIELD = 100;
    static final int MAX_MATCHES = 100;

    private final JdbcClient jdbc;
    private final EnterpriseRegistry enterprises;
    private final ZoneDirectory zones;
    private final AuditTrail audit;
    private final AchievementSearch search;

    TransferManagement(JdbcClient jdbc, EnterpriseRegistry enterprises, ZoneDirectory zones, AuditTrail audit,
            AchievementSearch search) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.zones = zones;
        this.audit = audit;
        this.search = search;
    }

    /** {@code POST /api/achievements}: owner is an enterprise's USCC or a university's / institute's name. */
    public record NewAchievement(String title, String summary, String owner, String field) {
    }

    /** {@code POST /api/demands}. */
    public record NewDemand(String enterprise, String title, String description) {
    }

    @Transactional
    public Achievement recordAchievement(NewAchievement r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER, Role.ENTERPRISE);
        if (r == null) {
            throw new InvalidInput("请求体不能为空");
        }
        String title = title(r.title());
        String summary = text(r.summary(), "summary", "成果简介");
        String field = optional(r.field(), "field", "技术领域", MAX_FIELD);
        String owner = r.owner() == null ? "" : r.owner().strip();
        if (owner.isEmpty()) {
            throw new InvalidInput("字段“owner”：成果持有方不能为空（企业统一社会信用代码或高校、院所名称）");
        }
        if (owner.length() > MAX_OWNER) {
            throw new InvalidInput("字段“owner”：成果持有方名称过长（最多" + MAX_OWNER + "字）");
        }
        String ownerName = owner;
        String ownerUscc = null;
        String zone = null;
        if (looksLikeUscc(owner)) {
            Enterprise e = enterpriseInScope(scope, owner.toUpperCase(), "owner", "只能以本企业或本高新区企业的名义登记科技成果");
            ownerUscc = e.uscc();
            ownerName = e.name();
            zone = e.zone();
        } else if (scope.is(Role.ENTERPRISE)) {
            throw new Forbidden("企业用户只能以本企业名义登记科技成果（字段“owner”填本企业统一社会信用代码）");
        }
        Instant now = Instant.now();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO tech_achievement (title, summary, owner_name, owner_uscc, owner_zone, field, recorded_at, recorded_by) "
                        + "VALUES (:title, :summary, :owner, :uscc, :zone, :field, :at, :by)")
                .param("title", title).param("summary", summary).param("owner", ownerName).param("uscc", ownerUscc)
                .param("zone", zone).param("field", field).param("at", Timestamp.from(now)).param("by", scope.username())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("ACHIEVEMENT_RECORDED", "TECH_ACHIEVEMENT", String.valueOf(id),
                "登记科技成果“" + abbreviate(title) + "”，持有方 " + ownerName + (field == null ? "" : "，领域 " + field));
        search.added(id, title, field, summary);
        return new Achievement(id, title, summary, ownerName, ownerUscc, zone, field, now);
    }

    @Transactional
    public Demand recordDemand(NewDemand r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER, Role.ENTERPRISE);
        if (r == null) {
            throw new InvalidInput("请求体不能为空");
        }
        String uscc = r.enterprise() == null ? "" : r.enterprise().strip().toUpperCase();
        if (uscc.isEmpty()) {
            throw new InvalidInput("字段“enterprise”：提出需求的企业（统一社会信用代码）不能为空");
        }
        String problem = Uscc.problemWith(uscc);
        if (problem != null) {
            throw new InvalidInput("字段“enterprise”：" + problem);
        }
        String title = title(r.title());
        String description = text(r.description(), "description", "需求描述");
        Enterprise e = enterpriseInScope(scope, uscc, "enterprise", "企业只能为本企业、高新区只能为本区企业登记技术需求");
        if (e.zone() == null) {
            throw new InvalidInput("字段“enterprise”：企业“" + e.name() + "”不在任何高新区，无法登记技术需求");
        }
        Instant now = Instant.now();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO tech_demand (enterprise_uscc, zone_code, title, description, recorded_at, recorded_by) "
                        + "VALUES (:uscc, :zone, :title, :description, :at, :by)")
                .param("uscc", e.uscc()).param("zone", e.zone()).param("title", title).param("description", description)
                .param("at", Timestamp.from(now)).param("by", scope.username()).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("DEMAND_RECORDED", "TECH_DEMAND", String.valueOf(id),
                "企业 " + e.name() + "（" + e.uscc() + "）登记技术需求“" + abbreviate(title) + "”");
        return new Demand(id, e.uscc(), e.zone(), title, description, now);
    }

    /** The demand if the caller's scope holds its enterprise. */
    @Transactional(readOnly = true)
    public Optional<Demand> demand(long id) {
        DataScope scope = CurrentUser.scope();
        return jdbc.sql("SELECT " + DEMAND_COLUMNS + " FROM tech_demand WHERE id = :id").param("id", id)
                .query(TransferManagement::demand).optional().filter(d -> sees(scope, d));
    }

    @Transactional(readOnly = true)
    public Optional<Achievement> achievement(long id) {
        CurrentUser.scope();
        return jdbc.sql("SELECT " + ACHIEVEMENT_COLUMNS + " FROM tech_achievement WHERE id = :id").param("id", id)
                .query(TransferManagement::achievement).optional();
    }

    /** {@code GET /api/demands/{id}/matches}: the best achievements for a demand in scope, best first. */
    @Transactional(readOnly = true)
    public List<Match> matches(long demandId, int size) {
        if (size < 1 || size > MAX_MATCHES) {
            throw new InvalidInput("参数“size”须为1至" + MAX_MATCHES + "之间的整数");
        }
        Demand d = demand(demandId).orElseThrow(() -> new NotFound("技术需求 " + demandId + " 不存在或不在您的数据范围内"));
        List<AchievementIndex.Hit> hits = search.match(d.title(), d.description(), size);
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<Long, Achievement> byId = jdbc.sql("SELECT " + ACHIEVEMENT_COLUMNS + " FROM tech_achievement WHERE id IN (:ids)")
                .param("ids", hits.stream().map(AchievementIndex.Hit::achievement).toList())
                .query(TransferManagement::achievement).list().stream()
                .collect(Collectors.toMap(Achievement::id, Function.identity()));
        List<Match> out = new ArrayList<>(hits.size());
        for (AchievementIndex.Hit h : hits) {
            Achievement a = byId.get(h.achievement());
            if (a != null) {
                out.add(new Match(h.achievement(), a.title(), a.owner(), h.score(), h.matchedTerms()));
            }
        }
        return out;
    }

    /** A page of the achievements library, newest first, filtered by owner zone, field and title words. */
    public record AchievementFilter(String zone, String field, String title) {
    }

    public record Page<T>(List<T> items, long total) {
    }

    @Transactional(readOnly = true)
    public Page<Achievement> achievements(AchievementFilter f, Paging paging) {
        CurrentUser.scope();
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        Map<String, Object> params = new HashMap<>();
        if (f.zone() != null) {
            where.append(" AND owner_zone = :zone");
            params.put("zone", f.zone());
        }
        if (f.field() != null) {
            where.append(" AND field = :field");
            params.put("field", f.field());
        }
        if (f.title() != null) {
            where.append(" AND title LIKE :title");
            params.put("title", "%" + f.title().replace("%", "").replace("_", "") + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM tech_achievement" + where).params(params).query(Long.class).single();
        List<Achievement> items = jdbc.sql("SELECT " + ACHIEVEMENT_COLUMNS + " FROM tech_achievement" + where
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset").params(params).param("limit", paging.size())
                .param("offset", paging.offset()).query(TransferManagement::achievement).list();
        return new Page<>(items, total);
    }

    /** A page of the demands the caller's scope holds, newest first, optionally of one zone. */
    @Transactional(readOnly = true)
    public Page<Demand> demands(String zone, Paging paging) {
        DataScope scope = CurrentUser.scope();
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        Map<String, Object> params = new HashMap<>();
        if (scope.is(Role.ENTERPRISE)) {
            where.append(" AND enterprise_uscc = :own");
            params.put("own", scope.enterprise());
        } else {
            Optional<Set<String>> visible = zones.visibleZones(scope);
            if (visible.isPresent()) {
                if (visible.get().isEmpty()) {
                    return new Page<>(List.of(), 0);
                }
                where.append(" AND zone_code IN (:visible)");
                params.put("visible", visible.get());
            }
        }
        if (zone != null) {
            where.append(" AND zone_code = :zone");
            params.put("zone", zone);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM tech_demand" + where).params(params).query(Long.class).single();
        List<Demand> items = jdbc.sql("SELECT " + DEMAND_COLUMNS + " FROM tech_demand" + where
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset").params(params).param("limit", paging.size())
                .param("offset", paging.offset()).query(TransferManagement::demand).list();
        return new Page<>(items, total);
    }

    /** Counts for a zone's year (clause report): achievements owned by its enterprises and demands of its enterprises. */
    long countAchievements(String zone, int year) {
        return jdbc.sql("SELECT COUNT(*) FROM tech_achievement WHERE owner_zone = :zone AND recorded_at >= :from AND recorded_at < :to")
                .param("zone", zone).params(yearBounds(year)).query(Long.class).single();
    }

    long countDemands(String zone, int year) {
        return jdbc.sql("SELECT COUNT(*) FROM tech_demand WHERE zone_code = :zone AND recorded_at >= :from AND recorded_at < :to")
                .param("zone", zone).params(yearBounds(year)).query(Long.class).single();
    }

    private static Map<String, Object> yearBounds(int year) {
        return Map.of("from", Timestamp.valueOf(java.time.LocalDate.of(year, 1, 1).atStartOfDay()),
                "to", Timestamp.valueOf(java.time.LocalDate.of(year + 1, 1, 1).atStartOfDay()));
    }

    private boolean sees(DataScope scope, Demand d) {
        if (scope.is(Role.ENTERPRISE)) {
            return d.enterprise().equals(scope.enterprise());
        }
        return switch (scope.role().scopeKind()) {
            case PROVINCE -> true;
            case CITY, ZONE -> zones.canSee(scope, d.zone());
            default -> false;
        };
    }

    private Enterprise enterpriseInScope(DataScope scope, String uscc, String field, String forbidden) {
        String problem = Uscc.problemWith(uscc);
        if (problem != null) {
            throw new InvalidInput("字段“" + field + "”：" + problem);
        }
        Optional<Enterprise> visible = enterprises.find(scope, uscc);
        if (visible.isPresent()) {
            return visible.get();
        }
        if (enterprises.exists(uscc)) {
            throw new Forbidden(forbidden);
        }
        throw new NotFound("字段“" + field + "”：统一社会信用代码为 " + uscc + " 的企业尚未登记");
    }

    /** 18 characters of digits and capital letters: meant as a USCC (then checked), else an institution's name. */
    private static boolean looksLikeUscc(String owner) {
        return owner.length() == 18 && owner.toUpperCase().chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
    }

    private static String title(String raw) {
        String t = raw == null ? "" : raw.strip();
        if (t.isEmpty()) {
            throw new InvalidInput("字段“title”：标题不能为空（1至" + MAX_TITLE + "字）");
        }
        if (t.length() > MAX_TITLE) {
            throw new InvalidInput("字段“title”：标题过长（" + t.length() + "字，最多" + MAX_TITLE + "字）");
        }
        return t;
    }

    private static String text(String raw, String field, String label) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = raw.strip();
        if (t.length() > MAX_TEXT) {
            throw new InvalidInput("字段“" + field + "”：" + label + "过长（" + t.length() + "字，最多" + MAX_TEXT + "字）");
        }
        return t;
    }

    private static String optional(String raw, String field, String label, int max) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String t = raw.strip();
        if (t.length() > max) {
            throw new InvalidInput("字段“" + field + "”：" + label + "过长（最多" + max + "字）");
        }
        return t;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    static final String ACHIEVEMENT_COLUMNS = "id, title, summary, owner_name, owner_uscc, owner_zone, field, recorded_at";
    static final String DEMAND_COLUMNS = "id, enterprise_uscc, zone_code, title, description, recorded_at";

    private static Achievement achievement(ResultSet rs, int n) throws SQLException {
        return new Achievement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant());
    }

    private static Demand demand(ResultSet rs, int n) throws SQLException {
        return new Demand(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }
}
