package cn.gov.gansu.gaoxin.transfer;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.gov.gansu.gaoxin.enterprise.Enterprise;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Conflict;
import cn.gov.gansu.gaoxin.shared.Enums;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.Money;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.Uscc;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 对接活动 (clause 6 "线上线下对接活动"): 兰洽会, 科博会 and 对接沙龙, online or offline, with the
 * enterprises and institutions registered, who attended, and the outcomes — intentions and
 * contracts signed with their value (exact 元). The organiser (the province, or a zone for its own
 * events) records attendance and outcomes; an enterprise registers itself.
 */
@Service
public class MatchmakingEvents {

    public enum Kind {
        LANZHOU_FAIR("兰洽会"), SCIENCE_EXPO("科博会"), SALON("对接沙龙");

        private final String chineseName;

        Kind(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    public enum Mode {
        ONLINE("线上"), OFFLINE("线下");

        private final String chineseName;

        Mode(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    public enum OutcomeKind {
        INTENTION("合作意向"), CONTRACT("签约合同");

        private final String chineseName;

        OutcomeKind(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    public record NewEvent(String name, @io.swagger.v3.oas.annotations.media.Schema(implementation = Kind.class) String kind, @io.swagger.v3.oas.annotations.media.Schema(implementation = Mode.class) String mode, LocalDate date, String zone) {
    }

    public record NewRegistration(String enterprise, String institution) {
    }

    public record NewOutcome(@io.swagger.v3.oas.annotations.media.Schema(implementation = OutcomeKind.class) String kind, String enterprise, Long achievement, String valueYuan, LocalDate signedOn,
            @io.swagger.v3.oas.annotations.media.Schema(description = "促成的技术转移机构编号，可省略") Long institution) {

        public NewOutcome(String kind, String enterprise, Long achievement, String valueYuan, LocalDate signedOn) {
            this(kind, enterprise, achievement, valueYuan, signedOn, null);
        }
    }

    /** Who registered for an event; {@code attended} is null until the organiser records it. */
    public record Registration(String participant, String enterprise, String zone, Boolean attended) {
    }

    /** One outcome of an event: an intention or a signed contract (value in 元, null when not stated). */
    public record Outcome(long id, OutcomeKind kind, String enterprise, String zone, Long achievement, Money value, LocalDate signedOn,
            Long institution) {
    }

    /** An event with its counts: registered, attended, intentions, contracts and their value (元, exact). */
    public record Event(long id, String name, Kind kind, Mode mode, LocalDate date, String zone, long registered, long attended,
            long intentions, long contracts, Money contractValue) {
    }

    private final JdbcClient jdbc;
    private final EnterpriseRegistry enterprises;
    private final ZoneDirectory zones;
    private final AuditTrail audit;

    private final TransferInstitutions institutions;

    MatchmakingEvents(JdbcClient jdbc, EnterpriseRegistry enterprises, ZoneDirectory zones, AuditTrail audit,
            TransferInstitutions institutions) {
        this.institutions = institutions;
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.zones = zones;
        this.audit = audit;
    }

    @Transactional
    public Event create(NewEvent r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        if (r == null) {
            throw new InvalidInput("请求体不能为空");
        }
        String name = r.name() == null ? "" : r.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInput("字段“name”：活动名称须为1至200字");
        }
        Kind kind = Enums.required(Kind.class, r.kind(), "字段“kind”");
        Mode mode = Enums.required(Mode.class, r.mode(), "字段“mode”");
        if (r.date() == null) {
            throw new InvalidInput("字段“date”：活动日期不能为空（格式 yyyy-MM-dd）");
        }
        String zone = r.zone() == null || r.zone().isBlank() ? null : r.zone().strip();
        if (zone != null && !zones.exists(zone)) {
            throw new InvalidInput("字段“zone”：高新区“" + zone + "”不存在");
        }
        if (scope.is(Role.ZONE_OFFICER)) {
            if (zone == null) {
                zone = scope.zone();
            }
            if (!zones.canSee(scope, zone)) {
                throw new Forbidden("高新区只能举办本区的对接活动");
            }
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO matchmaking_event (name, kind, mode, held_on, zone_code, created_at, created_by) "
                        + "VALUES (:name, :kind, :mode, :on, :zone, :at, :by)")
                .param("name", name).param("kind", kind.name()).param("mode", mode.name()).param("on", Date.valueOf(r.date()))
                .param("zone", zone).param("at", Timestamp.from(Instant.now())).param("by", scope.username()).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("EVENT_CREATED", "MATCHMAKING_EVENT", String.valueOf(id),
                kind.chineseName() + "（" + mode.chineseName() + "）“" + name + "”，" + r.date());
        return find(id).orElseThrow();
    }

    @Transactional
    public Event register(long eventId, NewRegistration r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER, Role.ENTERPRISE);
        Event e = find(eventId).orElseThrow(() -> new NotFound("对接活动 " + eventId + " 不存在"));
        if (r == null || (blank(r.enterprise()) == blank(r.institution()))) {
            throw new InvalidInput("须且只能填写“enterprise”（企业统一社会信用代码）或“institution”（高校、院所名称）之一");
        }
        String uscc = null;
        String zone = null;
        String participant;
        if (!blank(r.enterprise())) {
            Enterprise ent = enterprise(scope, r.enterprise(), "只能为本企业或本高新区企业报名");
            uscc = ent.uscc();
            zone = ent.zone();
            participant = ent.uscc();
        } else {
            if (scope.is(Role.ENTERPRISE)) {
                throw new Forbidden("企业用户只能为本企业报名");
            }
            participant = r.institution().strip();
            if (participant.length() > 200) {
                throw new InvalidInput("字段“institution”：名称过长（最多200字）");
            }
        }
        try {
            jdbc.sql("INSERT INTO event_registration (event_id, enterprise_uscc, zone_code, participant, registered_at, registered_by) "
                            + "VALUES (:e, :uscc, :zone, :p, :at, :by)")
                    .param("e", eventId).param("uscc", uscc).param("zone", zone).param("p", participant)
                    .param("at", Timestamp.from(Instant.now())).param("by", scope.username()).update();
        } catch (DuplicateKeyException dup) {
            throw new Conflict(participant + " 已报名“" + e.name() + "”");
        }
        audit.record("EVENT_REGISTERED", "MATCHMAKING_EVENT", String.valueOf(eventId), participant + " 报名");
        return find(eventId).orElseThrow();
    }

    @Transactional
    public Event attendance(long eventId, String participant, Boolean attended) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Event e = organised(scope, eventId);
        if (attended == null || blank(participant)) {
            throw new InvalidInput("字段“participant”和“attended”不能为空");
        }
        int n = jdbc.sql("UPDATE event_registration SET attended = :a WHERE event_id = :e AND participant = :p")
                .param("a", attended).param("e", eventId).param("p", participant.strip()).update();
        if (n == 0) {
            throw new NotFound(participant + " 未报名“" + e.name() + "”");
        }
        audit.record("EVENT_ATTENDANCE", "MATCHMAKING_EVENT", String.valueOf(eventId), participant + (attended ? " 到场" : " 未到场"));
        return find(eventId).orElseThrow();
    }

    @Transactional
    public Event outcome(long eventId, NewOutcome r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Event e = organised(scope, eventId);
        if (r == null) {
            throw new InvalidInput("请求体不能为空");
        }
        OutcomeKind kind = Enums.required(OutcomeKind.class, r.kind(), "字段“kind”");
        Enterprise ent = enterprise(scope, r.enterprise() == null ? "" : r.enterprise(), "只能记录本高新区企业的对接成果");
        Money value = null;
        if (kind == OutcomeKind.CONTRACT) {
            if (r.valueYuan() == null) {
                throw new InvalidInput("字段“valueYuan”：签约合同须填写合同金额（元，字符串，如 \"1200000.00\"）");
            }
            value = Money.parse(r.valueYuan());
            if (value.isNegative() || value.yuan().signum() == 0) {
                throw new InvalidInput("字段“valueYuan”：合同金额须大于0");
            }
            if (r.signedOn() == null) {
                throw new InvalidInput("字段“signedOn”：签约合同须填写签约日期");
            }
        } else if (r.valueYuan() != null) {
            value = Money.parse(r.valueYuan());
        }
        if (r.achievement() != null && jdbc.sql("SELECT COUNT(*) FROM tech_achievement WHERE id = :id").param("id", r.achievement())
                .query(Long.class).single() == 0) {
            throw new InvalidInput("字段“achievement”：科技成果 " + r.achievement() + " 不存在");
        }
        if (r.institution() != null && !institutions.exists(r.institution())) {
            throw new InvalidInput("字段“institution”：技术转移机构 " + r.institution() + " 不存在");
        }
        LocalDate signed = r.signedOn() == null ? e.date() : r.signedOn();
        jdbc.sql("INSERT INTO event_outcome (event_id, kind, enterprise_uscc, zone_code, achievement_id, value_yuan, signed_on, "
                        + "recorded_at, recorded_by, institution_id) VALUES (:e, :kind, :uscc, :zone, :a, :v, :on, :at, :by, :inst)")
                .param("inst", r.institution())
                .param("e", eventId).param("kind", kind.name()).param("uscc", ent.uscc()).param("zone", ent.zone())
                .param("a", r.achievement()).param("v", value == null ? null : value.yuan()).param("on", Date.valueOf(signed))
                .param("at", Timestamp.from(Instant.now())).param("by", scope.username()).update();
        audit.record("EVENT_OUTCOME", "MATCHMAKING_EVENT", String.valueOf(eventId), ent.name() + " " + kind.chineseName()
                + (value == null ? "" : "，金额 " + value.plain() + " 元"));
        return find(eventId).orElseThrow();
    }

    /**
     * What a list of events is narrowed to, each part optional: the host zone (code), kind, mode, the
     * event date from / to (inclusive) and words of the name.
     */
    public record EventFilter(String zone, Kind kind, Mode mode, LocalDate from, LocalDate to, String name) {

        public static final EventFilter NONE = new EventFilter(null, null, null, null, null, null);
    }

    /**
     * A page of events, newest first (by date, then id), narrowed by the filter. Events are public to
     * signed-in users (like the campaigns), so every role sees the same rows; the zone filter names the
     * host zone, and an unknown zone or a date range ending before it starts is a 400.
     */
    @Transactional(readOnly = true)
    public TransferManagement.Page<Event> list(EventFilter f, cn.gov.gansu.gaoxin.shared.web.Paging paging) {
        CurrentUser.scope();
        EventFilter filter = f == null ? EventFilter.NONE : f;
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String zone = filter.zone() == null || filter.zone().isBlank() ? null : filter.zone().strip();
        if (zone != null) {
            if (!zones.exists(zone)) {
                throw new InvalidInput("参数“zone”：高新区“" + zone + "”不存在");
            }
            where.append(" AND zone_code = :zone");
            params.put("zone", zone);
        }
        if (filter.kind() != null) {
            where.append(" AND kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.mode() != null) {
            where.append(" AND mode = :mode");
            params.put("mode", filter.mode().name());
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new InvalidInput("参数“to”：结束日期 " + filter.to() + " 早于开始日期 " + filter.from());
        }
        if (filter.from() != null) {
            where.append(" AND held_on >= :from");
            params.put("from", Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND held_on <= :to");
            params.put("to", Date.valueOf(filter.to()));
        }
        String name = filter.name() == null || filter.name().isBlank() ? null : filter.name().strip();
        if (name != null) {
            where.append(" AND name LIKE :name");
            params.put("name", "%" + name.replace("%", "").replace("_", "") + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM matchmaking_event" + where).params(params).query(Long.class).single();
        List<Event> items = jdbc.sql("SELECT id FROM matchmaking_event" + where + " ORDER BY held_on DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset()).query(Long.class).list().stream()
                .map(id -> find(id).orElseThrow()).toList();
        return new TransferManagement.Page<>(items, total);
    }

    /** Who registered, in order of registration; enterprises by USCC (the page shows names). */
    @Transactional(readOnly = true)
    public List<Registration> registrations(long eventId) {
        CurrentUser.scope();
        return jdbc.sql("SELECT participant, enterprise_uscc, zone_code, attended FROM event_registration WHERE event_id = :e ORDER BY id")
                .param("e", eventId).query((rs, n) -> new Registration(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Boolean) rs.getObject(4)))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Outcome> outcomes(long eventId) {
        CurrentUser.scope();
        return jdbc.sql("SELECT id, kind, enterprise_uscc, zone_code, achievement_id, value_yuan, signed_on, institution_id "
                        + "FROM event_outcome WHERE event_id = :e ORDER BY id")
                .param("e", eventId).query((rs, n) -> new Outcome(rs.getLong(1), OutcomeKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), (Long) rs.getObject(5, Long.class), rs.getBigDecimal(6) == null ? null : new Money(rs.getBigDecimal(6)),
                        rs.getDate(7).toLocalDate(), rs.getObject(8, Long.class)))
                .list();
    }

    /** Whether the caller organises the event (records attendance and outcomes). */
    public boolean organises(Event e) {
        DataScope scope = CurrentUser.scope();
        return scope.provinceWide() ? scope.is(Role.PROVINCE_ADMIN)
                : scope.is(Role.ZONE_OFFICER) && e.zone() != null && zones.canSee(scope, e.zone());
    }

    @Transactional(readOnly = true)
    public Optional<Event> find(long id) {
        CurrentUser.scope();
        return jdbc.sql("SELECT e.id, e.name, e.kind, e.mode, e.held_on, e.zone_code, "
                        + "(SELECT COUNT(*) FROM event_registration r WHERE r.event_id = e.id), "
                        + "(SELECT COUNT(*) FROM event_registration r WHERE r.event_id = e.id AND r.attended = TRUE), "
                        + "(SELECT COUNT(*) FROM event_outcome o WHERE o.event_id = e.id AND o.kind = 'INTENTION'), "
                        + "(SELECT COUNT(*) FROM event_outcome o WHERE o.event_id = e.id AND o.kind = 'CONTRACT'), "
                        + "(SELECT SUM(o.value_yuan) FROM event_outcome o WHERE o.event_id = e.id AND o.kind = 'CONTRACT') "
                        + "FROM matchmaking_event e WHERE e.id = :id")
                .param("id", id).query((rs, n) -> {
                    BigDecimal sum = rs.getBigDecimal(11);
                    return new Event(rs.getLong(1), rs.getString(2), Kind.valueOf(rs.getString(3)), Mode.valueOf(rs.getString(4)),
                            rs.getDate(5).toLocalDate(), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                            sum == null ? Money.ZERO : new Money(sum));
                }).optional();
    }

    /** For a zone's year: contracts signed by its enterprises at matchmaking events, count and value. */
    Object[] contractsOf(String zone, int year) {
        return jdbc.sql("SELECT COUNT(*), SUM(value_yuan) FROM event_outcome WHERE zone_code = :z AND kind = 'CONTRACT' "
                        + "AND signed_on >= :from AND signed_on < :to")
                .param("z", zone).param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("to", Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2) == null ? Money.ZERO : new Money(rs.getBigDecimal(2))})
                .single();
    }

    private Event organised(DataScope scope, long eventId) {
        Event e = find(eventId).orElseThrow(() -> new NotFound("对接活动 " + eventId + " 不存在"));
        if (!scope.provinceWide() && (e.zone() == null || !zones.canSee(scope, e.zone()))) {
            throw new Forbidden("只有活动的举办方可以记录到场情况和对接成果");
        }
        return e;
    }

    private Enterprise enterprise(DataScope scope, String raw, String forbidden) {
        String uscc = raw.strip().toUpperCase();
        String problem = Uscc.problemWith(uscc);
        if (problem != null) {
            throw new InvalidInput("字段“enterprise”：" + problem);
        }
        Optional<Enterprise> visible = enterprises.find(scope, uscc);
        if (visible.isPresent()) {
            if (visible.get().zone() == null) {
                throw new InvalidInput("字段“enterprise”：企业不在任何高新区");
            }
            return visible.get();
        }
        if (enterprises.exists(uscc)) {
            throw new Forbidden(forbidden);
        }
        throw new NotFound("字段“enterprise”：统一社会信用代码为 " + uscc + " 的企业尚未登记");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
