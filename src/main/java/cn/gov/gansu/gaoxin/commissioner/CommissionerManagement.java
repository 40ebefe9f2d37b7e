package cn.gov.gansu.gaoxin.commissioner;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.gansu.gaoxin.commissioner.dispatch.DispatchPlanner;
import cn.gov.gansu.gaoxin.enterprise.Enterprise;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 科技专员 (clause 7): recording commissioners (PROVINCE_ADMIN) and enterprises' needs (the enterprise
 * itself, its zone's officer, the province), computing the yearly dispatch (PROVINCE_ADMIN,
 * contracts §12) with {@link DispatchPlanner}, and adjusting a plan by hand with the change in fit.
 */
@Service
public class CommissionerManagement {

    static final int MIN_CAPACITY = 1;
    static final int MAX_CAPACITY = 100;
    static final int MAX_EXPERTISE = 10;
    static final int MAX_FIELD = 50;
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final JdbcClient jdbc;
    private final EnterpriseRegistry enterprises;
    private final ZoneDirectory zones;
    private final AuditTrail audit;
    private final DispatchPlanner planner = new DispatchPlanner();

    CommissionerManagement(JdbcClient jdbc, EnterpriseRegistry enterprises, ZoneDirectory zones, AuditTrail audit) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.zones = zones;
        this.audit = audit;
    }

    public record NewCommissioner(String name, List<String> expertise, Integer capacity) {
    }

    public record NewNeed(String enterprise, Integer year, String field, String note) {
    }

    @Transactional
    public Commissioner recordCommissioner(NewCommissioner r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        if (r == null) {
            throw new InvalidInput("请求体不能为空");
        }
        String name = r.name() == null ? "" : r.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidInput("字段“name”：专员姓名须为1至100字");
        }
        if (r.capacity() == null || r.capacity() < MIN_CAPACITY || r.capacity() > MAX_CAPACITY) {
            throw new InvalidInput("字段“capacity”：每次选派可服务的需求数须为" + MIN_CAPACITY + "至" + MAX_CAPACITY + "之间的整数"
                    + (r.capacity() == null ? "（未填写）" : "（收到 " + r.capacity() + "）"));
        }
        if (r.expertise() == null || r.expertise().isEmpty()) {
            throw new InvalidInput("字段“expertise”：须至少填写一个专业领域");
        }
        Set<String> expertise = new LinkedHashSet<>();
        for (String e : r.expertise()) {
            String x = e == null ? "" : e.strip();
            if (x.isEmpty() || x.length() > MAX_FIELD) {
                throw new InvalidInput("字段“expertise”：每个专业领域须为1至" + MAX_FIELD + "字");
            }
            expertise.add(x);
        }
        if (expertise.size() > MAX_EXPERTISE) {
            throw new InvalidInput("字段“expertise”：专业领域最多" + MAX_EXPERTISE + "个");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO commissioner (name, capacity, recorded_at, recorded_by) VALUES (:name, :capacity, :at, :by)")
                .param("name", name).param("capacity", r.capacity()).param("at", Timestamp.from(Instant.now()))
                .param("by", scope.username()).update(keys, "id");
        long id = keys.getKey().longValue();
        int position = 0;
        for (String e : expertise) {
            jdbc.sql("INSERT INTO commissioner_expertise (commissioner_id, position, field) VALUES (:id, :p, :f)")
                    .param("id", id).param("p", position++).param("f", e).update();
        }
        audit.record("COMMISSIONER_RECORDED", "COMMISSIONER", String.valueOf(id),
                "登记科技专员 " + name + "，专业领域 " + String.join("、", expertise) + "，每次可服务 " + r.capacity() + " 项需求");
        return new Commissioner(id, name, List.copyOf(expertise), r.capacity());
    }

    @Transactional
    public Need recordNeed(NewNeed r) {
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
        int year = year(r.year());
        String field = r.field() == null ? "" : r.field().strip();
        if (field.isEmpty() || field.length() > MAX_FIELD) {
            throw new InvalidInput("字段“field”：需求领域须为1至" + MAX_FIELD + "字");
        }
        String note = r.note() == null || r.note().isBlank() ? null : r.note().strip();
        if (note != null && note.length() > 2000) {
            throw new InvalidInput("字段“note”：需求说明过长（最多2000字）");
        }
        Enterprise e = enterprises.find(scope, uscc).orElseGet(() -> {
            if (enterprises.exists(uscc)) {
                throw new Forbidden("企业只能为本企业、高新区只能为本区企业提出科技专员需求");
            }
            throw new NotFound("字段“enterprise”：统一社会信用代码为 " + uscc + " 的企业尚未登记");
        });
        if (e.zone() == null) {
            throw new InvalidInput("字段“enterprise”：企业“" + e.name() + "”不在任何高新区，不属于科技专员选派范围");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO commissioner_need (enterprise_uscc, zone_code, need_year, field, note, recorded_at, recorded_by) "
                        + "VALUES (:uscc, :zone, :year, :field, :note, :at, :by)")
                .param("uscc", e.uscc()).param("zone", e.zone()).param("year", year).param("field", field).param("note", note)
                .param("at", Timestamp.from(Instant.now())).param("by", scope.username()).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("COMMISSIONER_NEED_RECORDED", "COMMISSIONER_NEED", String.valueOf(id),
                "企业 " + e.name() + "（" + e.uscc() + "）提出" + year + "年科技专员需求，领域 " + field);
        return new Need(id, e.uscc(), e.zone(), year, field, note);
    }

    /**
     * {@code POST /api/commissioner-dispatches}: the optimal plan for the year's needs and all
     * commissioners, stored as a new plan. No needs or no commissioners give an empty plan.
     */
    @Transactional
    public Dispatch dispatch(Integer requestedYear) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        int year = year(requestedYear);
        List<Need> needs = needsOf(year);
        List<Commissioner> commissioners = commissioners();
        DispatchPlanner.Plan plan = planner.plan(
                commissioners.stream().map(c -> new DispatchPlanner.Commissioner(c.id(), c.expertise(), c.capacity())).toList(),
                needs.stream().map(n -> new DispatchPlanner.Need(n.id(), n.zone(), n.field())).toList());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO commissioner_dispatch (dispatch_year, zones_covered, total_fit, created_at, created_by) "
                        + "VALUES (:year, :zones, :fit, :at, :by)")
                .param("year", year).param("zones", plan.zonesCovered()).param("fit", plan.totalFit())
                .param("at", Timestamp.from(Instant.now())).param("by", scope.username()).update(keys, "id");
        long id = keys.getKey().longValue();
        List<Object[]> rows = new ArrayList<>();
        for (DispatchPlanner.Assignment a : plan.assignments()) {
            rows.add(new Object[] {id, a.need(), a.commissioner(), a.fit()});
        }
        for (Long n : plan.unassigned()) {
            rows.add(new Object[] {id, n, null, 0});
        }
        for (Object[] row : rows) {
            jdbc.sql("INSERT INTO commissioner_dispatch_line (dispatch_id, need_id, commissioner_id, fit) VALUES (?, ?, ?, ?)")
                    .params(row).update();
        }
        long zonesWithNeeds = needs.stream().map(Need::zone).distinct().count();
        audit.record("COMMISSIONERS_DISPATCHED", "COMMISSIONER_DISPATCH", String.valueOf(id),
                year + "年科技专员选派：" + needs.size() + " 项需求、" + commissioners.size() + " 名专员，分配 "
                        + plan.assignments().size() + " 项，覆盖高新区 " + plan.zonesCovered() + "/" + zonesWithNeeds
                        + " 个，总适配度 " + plan.totalFit());
        return new Dispatch(id, year, plan.assignments().stream().map(a -> new Dispatch.Line(a.need(), a.commissioner(), a.fit()))
                .toList(), plan.unassigned(), plan.totalFit(), plan.zonesCovered());
    }

    /** A stored plan, its lines limited to the needs in the caller's scope (province roles see all). */
    @Transactional(readOnly = true)
    public Optional<Dispatch> find(long id) {
        DataScope scope = CurrentUser.scope();
        var head = jdbc.sql("SELECT dispatch_year, total_fit, zones_covered FROM commissioner_dispatch WHERE id = :id")
                .param("id", id).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)}).optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        if (!scope.provinceWide() && scope.role().scopeKind() != Role.ScopeKind.ZONE
                && scope.role().scopeKind() != Role.ScopeKind.CITY && !scope.is(Role.ENTERPRISE)) {
            return Optional.empty();
        }
        List<Dispatch.Line> lines = new ArrayList<>();
        List<Long> unassigned = new ArrayList<>();
        jdbc.sql("SELECT l.need_id, l.commissioner_id, l.fit, n.zone_code, n.enterprise_uscc FROM commissioner_dispatch_line l "
                        + "JOIN commissioner_need n ON n.id = l.need_id WHERE l.dispatch_id = :id ORDER BY l.need_id")
                .param("id", id).query(rs -> {
                    String zone = rs.getString(4);
                    boolean visible = scope.is(Role.ENTERPRISE) ? rs.getString(5).equals(scope.enterprise())
                            : zones.canSee(scope, zone);
                    if (!visible) {
                        return;
                    }
                    long c = rs.getLong(2);
                    if (rs.wasNull()) {
                        unassigned.add(rs.getLong(1));
                    } else {
                        lines.add(new Dispatch.Line(rs.getLong(1), c, rs.getInt(3)));
                    }
                });
        int[] h = head.get();
        return Optional.of(new Dispatch(id, h[0], lines, unassigned, h[1], h[2]));
    }

    /** What moving one need cost or gained: fit before and after, the plan's new totals. */
    public record Adjustment(long dispatch, long need, Long from, Long to, int fitBefore, int fitAfter, int totalFit,
            int zonesCovered, int zonesCoveredBefore) {
    }

    /**
     * 调整方案: moves a need of a stored plan to another commissioner (or to nobody when
     * {@code commissioner} is null), keeping capacities and never a pair of fit 0.
     */
    @Transactional
    public Adjustment adjust(long dispatchId, long needId, Long commissionerId) {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        Integer before = jdbc.sql("SELECT zones_covered FROM commissioner_dispatch WHERE id = :id").param("id", dispatchId)
                .query(Integer.class).optional().orElseThrow(() -> new NotFound("选派方案 " + dispatchId + " 不存在"));
        record Line(Long commissioner, int fit, String field) {
        }
        Line line = jdbc.sql("SELECT l.commissioner_id, l.fit, n.field FROM commissioner_dispatch_line l "
                        + "JOIN commissioner_need n ON n.id = l.need_id WHERE l.dispatch_id = :d AND l.need_id = :n")
                .param("d", dispatchId).param("n", needId)
                .query((rs, i) -> new Line(rs.getObject(1) == null ? null : rs.getLong(1), rs.getInt(2), rs.getString(3)))
                .optional().orElseThrow(() -> new NotFound("需求 " + needId + " 不在选派方案 " + dispatchId + " 中"));
        int fitAfter = 0;
        if (commissionerId != null) {
            Commissioner c = commissioner(commissionerId)
                    .orElseThrow(() -> new InvalidInput("字段“commissioner”：科技专员 " + commissionerId + " 不存在"));
            fitAfter = DispatchPlanner.fit(line.field(), c.expertise());
            if (fitAfter == 0) {
                throw new InvalidInput("字段“commissioner”：专员 " + c.name() + " 的专业领域（" + String.join("、", c.expertise())
                        + "）与需求领域“" + line.field() + "”的适配度为0，不能分配");
            }
            if (!commissionerId.equals(line.commissioner())) {
                int load = jdbc.sql("SELECT COUNT(*) FROM commissioner_dispatch_line WHERE dispatch_id = :d AND commissioner_id = :c")
                        .param("d", dispatchId).param("c", commissionerId).query(Integer.class).single();
                if (load >= c.capacity()) {
                    throw new Conflict("专员 " + c.name() + " 在本方案中已服务 " + load + " 项需求，达到其服务上限 " + c.capacity());
                }
            }
        }
        jdbc.sql("UPDATE commissioner_dispatch_line SET commissioner_id = :c, fit = :f WHERE dispatch_id = :d AND need_id = :n")
                .param("c", commissionerId).param("f", fitAfter).param("d", dispatchId).param("n", needId).update();
        int total = jdbc.sql("SELECT COALESCE(SUM(fit), 0) FROM commissioner_dispatch_line WHERE dispatch_id = :d")
                .param("d", dispatchId).query(Integer.class).single();
        int covered = jdbc.sql("SELECT COUNT(DISTINCT n.zone_code) FROM commissioner_dispatch_line l JOIN commissioner_need n "
                        + "ON n.id = l.need_id WHERE l.dispatch_id = :d AND l.commissioner_id IS NOT NULL")
                .param("d", dispatchId).query(Integer.class).single();
        jdbc.sql("UPDATE commissioner_dispatch SET total_fit = :f, zones_covered = :z WHERE id = :d").param("f", total)
                .param("z", covered).param("d", dispatchId).update();
        audit.record("COMMISSIONER_DISPATCH_ADJUSTED", "COMMISSIONER_DISPATCH", String.valueOf(dispatchId),
                "需求 " + needId + " 由专员 " + (line.commissioner() == null ? "（未分配）" : line.commissioner()) + " 调整为 "
                        + (commissionerId == null ? "（未分配）" : commissionerId) + "，适配度 " + line.fit() + " → " + fitAfter
                        + "，方案总适配度 " + total + "，覆盖高新区 " + before + " → " + covered);
        return new Adjustment(dispatchId, needId, line.commissioner(), commissionerId, line.fit(), fitAfter, total, covered, before);
    }

    @Transactional(readOnly = true)
    public List<Commissioner> commissioners() {
        CurrentUser.scope();
        Map<Long, List<String>> expertise = new HashMap<>();
        jdbc.sql("SELECT commissioner_id, field FROM commissioner_expertise ORDER BY commissioner_id, position")
                .query(rs -> {
                    expertise.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("SELECT id, name, capacity FROM commissioner ORDER BY id")
                .query((rs, n) -> new Commissioner(rs.getLong(1), rs.getString(2),
                        List.copyOf(expertise.getOrDefault(rs.getLong(1), List.of())), rs.getInt(3)))
                .list();
    }

    Optional<Commissioner> commissioner(long id) {
        List<String> expertise = jdbc.sql("SELECT field FROM commissioner_expertise WHERE commissioner_id = :id ORDER BY position")
                .param("id", id).query(String.class).list();
        return jdbc.sql("SELECT id, name, capacity FROM commissioner WHERE id = :id").param("id", id)
                .query((rs, n) -> new Commissioner(rs.getLong(1), rs.getString(2), expertise, rs.getInt(3))).optional();
    }

    /** The year's needs that the caller's scope holds. */
    @Transactional(readOnly = true)
    public List<Need> needs(int year) {
        DataScope scope = CurrentUser.scope();
        return needsOf(year).stream().filter(n -> scope.is(Role.ENTERPRISE) ? n.enterprise().equals(scope.enterprise())
                : (scope.provinceWide() || (scope.role().scopeKind() == Role.ScopeKind.ZONE
                        || scope.role().scopeKind() == Role.ScopeKind.CITY) && zones.canSee(scope, n.zone()))).toList();
    }

    /** The latest plan of a year, if any. */
    @Transactional(readOnly = true)
    public Optional<Dispatch> latest(int year) {
        return jdbc.sql("SELECT MAX(id) FROM commissioner_dispatch WHERE dispatch_year = :y").param("y", year)
                .query(Long.class).optional().flatMap(this::find);
    }

    private List<Need> needsOf(int year) {
        return jdbc.sql("SELECT id, enterprise_uscc, zone_code, need_year, field, note FROM commissioner_need "
                        + "WHERE need_year = :y ORDER BY id")
                .param("y", year).query((rs, n) -> new Need(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    /** For a zone's year: needs raised and needs served in the latest plan of the year. */
    Map<String, Long> zoneYear(String zone, int year) {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("needs", jdbc.sql("SELECT COUNT(*) FROM commissioner_need WHERE zone_code = :z AND need_year = :y")
                .param("z", zone).param("y", year).query(Long.class).single());
        out.put("served", jdbc.sql("SELECT COUNT(*) FROM commissioner_dispatch_line l JOIN commissioner_need n ON n.id = l.need_id "
                        + "WHERE n.zone_code = :z AND l.commissioner_id IS NOT NULL AND l.dispatch_id = "
                        + "(SELECT MAX(id) FROM commissioner_dispatch WHERE dispatch_year = :y)")
                .param("z", zone).param("y", year).query(Long.class).single());
        return out;
    }

    private static int year(Integer year) {
        if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidInput("字段“year”：年度须为" + MIN_YEAR + "至" + MAX_YEAR + "之间的整数"
                    + (year == null ? "（未填写）" : "（收到 " + year + "）"));
        }
        return year;
    }
}
