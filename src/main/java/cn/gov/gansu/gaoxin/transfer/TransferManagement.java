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
import cn.gov.gansu.gaoxin.shared.Money;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.Uscc;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.transfer.AchievementCodes.Maturity;
import cn.gov.gansu.gaoxin.transfer.AchievementCodes.OwnerType;
import cn.gov.gansu.gaoxin.transfer.AchievementCodes.TransferMode;
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
    public record NewAchievement(String title, String summary, String owner, String field,
            @io.swagger.v3.oas.annotations.media.Schema(implementation = OwnerType.class, description = "持有方类型，可省略（企业持有时为 ENTERPRISE）") String ownerType,
            @io.swagger.v3.oas.annotations.media.Schema(implementation = Maturity.class, description = "成熟度，可省略") String maturity,
            @io.swagger.v3.oas.annotations.media.Schema(implementation = TransferMode.class, description = "转化方式，可省略") String transferMode,
            @io.swagger.v3.oas.annotations.media.Schema(description = "挂牌价格（元，字符串，如 \"500000.00\"）；省略为未标价/面议，不是0") String priceYuan) {

        public NewAchievement(String title, String summary, String owner, String field) {
            this(title, summary, owner, field, null, null, null, null);
        }
    }

    /** What importing one row did (the imports module counts them). */
    public enum Upsert {
        CREATED, UPDATED, UNCHANGED
    }

    /** {@code POST /api/demands}. */
    public record NewDemand(String enterprise, String title, String description) {
    }

    /** A request checked: every value valid, the owner resolved. */
    private record CheckedAchievement(String title, String summary, String field, String ownerName, String ownerUscc, String zone,
            OwnerType ownerType, Maturity maturity, TransferMode transferMode, Money price) {
    }

    private CheckedAchievement check(DataScope scope, NewAchievement r) {
        if (r == null) {
            throw new InvalidInput("请求体不能为空");
        }
        String title = title(r.title());
        String summary = text(r.summary(), "summary", "成果简介");
        String field = optional(r.field(), "field", "技术领域", MAX_FIELD);
        OwnerType ownerType = AchievementCodes.parse(OwnerType.class, r.ownerType(), "ownerType", "持有方类型");
        Maturity maturity = AchievementCodes.parse(Maturity.class, r.maturity(), "maturity", "成熟度");
        TransferMode mode = AchievementCodes.parse(TransferMode.class, r.transferMode(), "transferMode", "转化方式");
        Money price = null;
        if (r.priceYuan() != null && !r.priceYuan().isBlank()) {
            try {
                price = Money.parse(r.priceYuan());
            } catch (InvalidInput e) {
                throw new InvalidInput("字段“priceYuan”：" + e.getMessage());
            }
            if (price.isNegative()) {
                throw new InvalidInput("字段“priceYuan”：挂牌价格不能为负数（未标价请留空）");
            }
        }
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
            if (ownerType != null && ownerType != OwnerType.ENTERPRISE) {
                throw new InvalidInput("字段“ownerType”：持有方是企业（统一社会信用代码 " + ownerUscc + "），类型应为 ENTERPRISE（企业）");
            }
            ownerType = OwnerType.ENTERPRISE;
        } else if (scope.is(Role.ENTERPRISE)) {
            throw new Forbidden("企业用户只能以本企业名义登记科技成果（字段“owner”填本企业统一社会信用代码）");
        }
        return new CheckedAchievement(title, summary, field, ownerName, ownerUscc, zone, ownerType, maturity, mode, price);
    }

    @Transactional
    public Achievement recordAchievement(NewAchievement r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER, Role.ENTERPRISE);
        return insert(scope, check(scope, r));
    }

    private Achievement insert(DataScope scope, CheckedAchievement c) {
        Instant now = Instant.now();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO tech_achievement (title, summary, owner_name, owner_uscc, owner_zone, field, recorded_at, recorded_by, "
                        + "owner_type, maturity, transfer_mode, price_yuan) "
                        + "VALUES (:title, :summary, :owner, :uscc, :zone, :field, :at, :by, :type, :maturity, :mode, :price)")
                .param("title", c.title()).param("summary", c.summary()).param("owner", c.ownerName()).param("uscc", c.ownerUscc())
                .param("zone", c.zone()).param("field", c.field()).param("at", Timestamp.from(now)).param("by", scope.username())
                .param("type", code(c.ownerType())).param("maturity", code(c.maturity())).param("mode", code(c.transferMode()))
                .param("price", c.price() == null ? null : c.price().yuan())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("ACHIEVEMENT_RECORDED", "TECH_ACHIEVEMENT", String.valueOf(id),
                "登记科技成果“" + abbreviate(c.title()) + "”，持有方 " + c.ownerName() + (c.field() == null ? "" : "，领域 " + c.field()));
        search.added(id, c.title(), c.field(), c.summary());
        return new Achievement(id, c.title(), c.summary(), c.ownerName(), c.ownerUscc(), c.zone(), c.field(), now, c.ownerType(),
                c.maturity(), c.transferMode(), c.price());
    }

    /**
     * Import of one achievement (Excel, contracts §9 pattern): the same holder and title is the same
     * achievement — unchanged when every value is the same, else updated; otherwise recorded.
     */
    @Transactional
    public Upsert importAchievement(NewAchievement r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER, Role.ENTERPRISE);
        CheckedAchievement c = check(scope, r);
        Optional<Achievement> old = jdbc.sql("SELECT " + ACHIEVEMENT_COLUMNS + " FROM tech_achievement WHERE owner_name = :owner "
                        + "AND title = :title ORDER BY id").param("owner", c.ownerName()).param("title", c.title())
                .query(TransferManagement::achievement).list().stream().findFirst();
        if (old.isEmpty()) {
            insert(scope, c);
            return Upsert.CREATED;
        }
        Achievement a = old.get();
        if (java.util.Objects.equals(a.summary(), c.summary()) && java.util.Objects.equals(a.field(), c.field())
                && a.ownerType() == c.ownerType() && a.maturity() == c.maturity() && a.transferMode() == c.transferMode()
                && java.util.Objects.equals(a.price(), c.price())) {
            return Upsert.UNCHANGED;
        }
        jdbc.sql("UPDATE tech_achievement SET summary = :summary, field = :field, owner_type = :type, maturity = :maturity, "
                        + "transfer_mode = :mode, price_yuan = :price WHERE id = :id")
                .param("summary", c.summary()).param("field", c.field()).param("type", code(c.ownerType()))
                .param("maturity", code(c.maturity())).param("mode", code(c.transferMode()))
                .param("price", c.price() == null ? null : c.price().yuan()).param("id", a.id()).update();
        audit.record("ACHIEVEMENT_UPDATED", "TECH_ACHIEVEMENT", String.valueOf(a.id()),
                "导入更新科技成果“" + abbreviate(c.title()) + "”，持有方 " + c.ownerName());
        search.added(a.id(), c.title(), c.field(), c.summary());
        return Upsert.UPDATED;
    }

    /** Import of one demand: the same enterprise and title is the same demand (unchanged or its description updated). */
    @Transactional
    public Upsert importDemand(NewDemand r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER, Role.ENTERPRISE);
        CheckedDemand c = check(scope, r);
        Optional<Demand> old = jdbc.sql("SELECT " + DEMAND_COLUMNS + " FROM tech_demand WHERE enterprise_uscc = :uscc AND title = :title "
                        + "ORDER BY id").param("uscc", c.enterprise().uscc()).param("title", c.title())
                .query(TransferManagement::demand).list().stream().findFirst();
        if (old.isEmpty()) {
            insert(scope, c);
            return Upsert.CREATED;
        }
        if (java.util.Objects.equals(old.get().description(), c.description())) {
            return Upsert.UNCHANGED;
        }
        jdbc.sql("UPDATE tech_demand SET description = :d WHERE id = :id").param("d", c.description()).param("id", old.get().id()).update();
        audit.record("DEMAND_UPDATED", "TECH_DEMAND", String.valueOf(old.get().id()),
                "导入更新技术需求“" + abbreviate(c.title()) + "”（" + c.enterprise().name() + "）");
        return Upsert.UPDATED;
    }

    private static String code(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private record CheckedDemand(Enterprise enterprise, String title, String description) {
    }

    private CheckedDemand check(DataScope scope, NewDemand r) {
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
        return new CheckedDemand(e, title, description);
    }

    @Transactional
    public Demand recordDemand(NewDemand r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER, Role.ENTERPRISE);
        return insert(scope, check(scope, r));
    }

    private Demand insert(DataScope scope, CheckedDemand c) {
        Enterprise e = c.enterprise();
        Instant now = Instant.now();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO tech_demand (enterprise_uscc, zone_code, title, description, recorded_at, recorded_by) "
                        + "VALUES (:uscc, :zone, :title, :description, :at, :by)")
                .param("uscc", e.uscc()).param("zone", e.zone()).param("title", c.title()).param("description", c.description())
                .param("at", Timestamp.from(now)).param("by", scope.username()).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("DEMAND_RECORDED", "TECH_DEMAND", String.valueOf(id),
                "企业 " + e.name() + "（" + e.uscc() + "）登记技术需求“" + abbreviate(c.title()) + "”");
        return new Demand(id, e.uscc(), e.zone(), c.title(), c.description(), now);
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
    public record AchievementFilter(String zone, String field, String title, OwnerType ownerType, Maturity maturity,
            TransferMode transferMode, Money priceMin, Money priceMax) {

        public AchievementFilter(String zone, String field, String title) {
            this(zone, field, title, null, null, null, null, null);
        }
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
        if (f.ownerType() != null) {
            where.append(" AND owner_type = :ownerType");
            params.put("ownerType", f.ownerType().name());
        }
        if (f.maturity() != null) {
            where.append(" AND maturity = :maturity");
            params.put("maturity", f.maturity().name());
        }
        if (f.transferMode() != null) {
            where.append(" AND transfer_mode = :mode");
            params.put("mode", f.transferMode().name());
        }
        // an unpriced achievement (price unknown) is outside any price range
        if (f.priceMin() != null) {
            where.append(" AND price_yuan >= :priceMin");
            params.put("priceMin", f.priceMin().yuan());
        }
        if (f.priceMax() != null) {
            where.append(" AND price_yuan <= :priceMax");
            params.put("priceMax", f.priceMax().yuan());
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

    static final String ACHIEVEMENT_COLUMNS = "id, title, summary, owner_name, owner_uscc, owner_zone, field, recorded_at, "
            + "owner_type, maturity, transfer_mode, price_yuan";
    static final String DEMAND_COLUMNS = "id, enterprise_uscc, zone_code, title, description, recorded_at";

    private static Achievement achievement(ResultSet rs, int n) throws SQLException {
        return new Achievement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                rs.getString(9) == null ? null : OwnerType.valueOf(rs.getString(9)),
                rs.getString(10) == null ? null : Maturity.valueOf(rs.getString(10)),
                rs.getString(11) == null ? null : TransferMode.valueOf(rs.getString(11)),
                rs.getBigDecimal(12) == null ? null : new Money(rs.getBigDecimal(12)));
    }

    private static Demand demand(ResultSet rs, int n) throws SQLException {
        return new Demand(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }
}
