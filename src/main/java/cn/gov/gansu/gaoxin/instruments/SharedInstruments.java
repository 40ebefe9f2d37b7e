package cn.gov.gansu.gaoxin.instruments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 仪器共享 (clause 3): the province or the zone lists an instrument (or testing service) in its
 * zone; an enterprise (or its zone) requests a booking; the instrument's zone (or the province)
 * approves or rejects it and records the hours used, which fixes the cost at the listed hourly price
 * (rounded half-up to the fen). An instrument without a price is free of charge or priced by
 * agreement: its cost is left empty, never zero.
 */
@Service
public class SharedInstruments {

    public enum Category {
        ANALYSIS("分析测试仪器"), PROCESSING("工艺试验设备"), COMPUTING("计算与软件"), TESTING_SERVICE("检验检测服务"), OTHER("其他");

        private final String chineseName;

        Category(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    public enum BookingStatus {
        REQUESTED("待审核"), APPROVED("已同意"), REJECTED("未同意"), COMPLETED("已使用"), CANCELLED("已取消");

        private final String chineseName;

        BookingStatus(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    public record Instrument(long id, String name, String owner, String zone, Category category, String pricePerHourYuan) {
    }

    public record Booking(long id, long instrument, String enterprise, String zone, LocalDate date, BigDecimal hoursRequested,
            BookingStatus status, String note, BigDecimal hoursUsed, String costYuan,
            @io.swagger.v3.oas.annotations.media.Schema(description = "仪器（服务）名称") String instrumentName,
            @io.swagger.v3.oas.annotations.media.Schema(description = "仪器所在高新区") String instrumentZone,
            @io.swagger.v3.oas.annotations.media.Schema(description = "取消理由（已取消且写明理由时）") String cancelReason) {

        /** Whether the booking can still be cancelled on {@code today}: requested or approved, its day not passed (use not recorded). */
        public boolean cancellable(LocalDate today) {
            return (status == BookingStatus.REQUESTED || status == BookingStatus.APPROVED) && !date.isBefore(today);
        }

        /**
         * 取消预约: the booking as cancelled, with the reason (optional). Only a booking still
         * requested or approved whose day of use has not passed; a used, refused or cancelled one,
         * or one whose day is over, is a 409 naming its state. A cancelled booking holds no hours of
         * the instrument and can be neither decided nor used.
         */
        public Booking cancel(String reason, LocalDate today) {
            if (status != BookingStatus.REQUESTED && status != BookingStatus.APPROVED) {
                throw new Conflict("预约当前为“" + status.chineseName() + "”，只有待审核或已同意的预约可以取消");
            }
            if (date.isBefore(today)) {
                throw new Conflict("预约的使用日期 " + date + " 已过，不能取消（当前“" + status.chineseName() + "”）");
            }
            String r = reason == null || reason.isBlank() ? null : reason.strip();
            if (r != null && r.length() > 1000) {
                throw new InvalidInput("字段“reason”：取消理由过长（最多1000字）");
            }
            return new Booking(id, instrument, enterprise, zone, date, hoursRequested, BookingStatus.CANCELLED, note, hoursUsed, costYuan,
                    instrumentName, instrumentZone, r);
        }
    }

    /** 取消预约的请求：理由可不填。 */
    public record Cancellation(@io.swagger.v3.oas.annotations.media.Schema(description = "取消理由（可不填，最多1000字）") String reason) {
    }

    /** Booking list filters, each optional: the booking enterprise's zone, status, instrument, year of use. */
    public record BookingFilter(String zone, BookingStatus status, Long instrument, Integer year) {
    }

    public record NewInstrument(String name, String owner, String zone, @io.swagger.v3.oas.annotations.media.Schema(implementation = Category.class) String category, String pricePerHourYuan) {
    }

    public record NewBooking(String enterprise, LocalDate date, BigDecimal hours) {
    }

    public record Decision(@io.swagger.v3.oas.annotations.media.Schema(allowableValues = {"APPROVED", "REJECTED"}) String decision, String note) {
    }

    public record Page<T>(List<T> items, long total) {
    }

    private final JdbcClient jdbc;
    private final EnterpriseRegistry enterprises;
    private final ZoneDirectory zones;
    private final AuditTrail audit;

    SharedInstruments(JdbcClient jdbc, EnterpriseRegistry enterprises, ZoneDirectory zones, AuditTrail audit) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.zones = zones;
        this.audit = audit;
    }

    @Transactional
    public Instrument list(NewInstrument r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        if (r == null) {
            throw new InvalidInput("请求体不能为空");
        }
        String name = r.name() == null ? "" : r.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidInput("字段“name”：仪器（服务）名称须为1至200字");
        }
        String owner = r.owner() == null ? "" : r.owner().strip();
        if (owner.isEmpty() || owner.length() > 200) {
            throw new InvalidInput("字段“owner”：开放单位（高校、院所）名称须为1至200字");
        }
        String zone = r.zone() == null ? "" : r.zone().strip();
        if (!zones.exists(zone)) {
            throw new InvalidInput("字段“zone”：高新区“" + zone + "”不存在");
        }
        if (!zones.canSee(scope, zone)) {
            throw new Forbidden("只能登记本高新区的共享仪器");
        }
        Category category = Enums.required(Category.class, r.category(), "字段“category”");
        Money price = null;
        if (r.pricePerHourYuan() != null && !r.pricePerHourYuan().isBlank()) {
            price = Money.parse(r.pricePerHourYuan());
            if (price.isNegative()) {
                throw new InvalidInput("字段“pricePerHourYuan”：收费标准不能为负");
            }
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO shared_instrument (name, owner_name, zone_code, category, price_per_hour, recorded_at, recorded_by) "
                        + "VALUES (:name, :owner, :zone, :cat, :price, :at, :by)")
                .param("name", name).param("owner", owner).param("zone", zone).param("cat", category.name())
                .param("price", price == null ? null : price.yuan()).param("at", Timestamp.from(Instant.now()))
                .param("by", scope.username()).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("INSTRUMENT_LISTED", "SHARED_INSTRUMENT", String.valueOf(id), owner + " 开放" + category.chineseName() + "“" + name + "”");
        return instrument(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Page<Instrument> catalogue(String zone, Category category, Paging paging) {
        return catalogue(zone, category, null, paging);
    }

    /** The catalogue (open to every signed-in user), filtered by zone, category and words in the name or owner. */
    @Transactional(readOnly = true)
    public Page<Instrument> catalogue(String zone, Category category, String text, Paging paging) {
        CurrentUser.scope();
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            if (text.strip().length() > 100) {
                throw new InvalidInput("参数“q”：检索词过长（最多100字）");
            }
            where.append(" AND (name LIKE :text OR owner_name LIKE :text)");
            params.put("text", "%" + text.strip().replace("\\", "").replace("%", "").replace("_", "") + "%");
        }
        if (zone != null) {
            where.append(" AND zone_code = :zone");
            params.put("zone", zone);
        }
        if (category != null) {
            where.append(" AND category = :cat");
            params.put("cat", category.name());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM shared_instrument" + where).params(params).query(Long.class).single();
        List<Instrument> items = jdbc.sql("SELECT id, name, owner_name, zone_code, category, price_per_hour FROM shared_instrument" + where
                        + " ORDER BY id DESC LIMIT :l OFFSET :o").params(params).param("l", paging.size()).param("o", paging.offset())
                .query((rs, n) -> instrument(rs)).list();
        return new Page<>(items, total);
    }

    @Transactional
    public Booking book(long instrumentId, NewBooking r) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER, Role.ENTERPRISE);
        Instrument ins = instrument(instrumentId).orElseThrow(() -> new NotFound("共享仪器 " + instrumentId + " 不存在"));
        if (r == null) {
            throw new InvalidInput("请求体不能为空");
        }
        String uscc = r.enterprise() == null ? "" : r.enterprise().strip().toUpperCase();
        String problem = Uscc.problemWith(uscc);
        if (problem != null) {
            throw new InvalidInput("字段“enterprise”：" + problem);
        }
        Enterprise e = enterprises.find(scope, uscc).orElseThrow(() -> enterprises.exists(uscc)
                ? new Forbidden("只能为本企业或本高新区企业预约") : new NotFound("字段“enterprise”：企业 " + uscc + " 尚未登记"));
        if (e.zone() == null) {
            throw new InvalidInput("字段“enterprise”：仪器共享面向高新区企业，该企业不在任何高新区");
        }
        if (r.date() == null || r.date().isBefore(LocalDate.now().minusDays(1))) {
            throw new InvalidInput("字段“date”：使用日期不能为空，也不能早于今天");
        }
        BigDecimal hours = hours(r.hours(), "hours");
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO instrument_booking (instrument_id, enterprise_uscc, zone_code, use_on, hours_requested, status, "
                        + "requested_at, requested_by) VALUES (:i, :uscc, :zone, :on, :h, 'REQUESTED', :at, :by)")
                .param("i", instrumentId).param("uscc", e.uscc()).param("zone", e.zone()).param("on", Date.valueOf(r.date()))
                .param("h", hours).param("at", Timestamp.from(Instant.now())).param("by", scope.username()).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("INSTRUMENT_BOOKED", "INSTRUMENT_BOOKING", String.valueOf(id),
                e.name() + " 预约“" + ins.name() + "” " + r.date() + " " + hours.toPlainString() + " 小时");
        return booking(id).orElseThrow();
    }

    @Transactional
    public Booking decide(long bookingId, Decision d) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Booking b = ownedBooking(scope, bookingId);
        if (d == null || d.decision() == null) {
            throw new InvalidInput("字段“decision”：须为 APPROVED 或 REJECTED");
        }
        BookingStatus to = Enums.required(BookingStatus.class, d.decision(), "字段“decision”");
        if (to != BookingStatus.APPROVED && to != BookingStatus.REJECTED) {
            throw new InvalidInput("字段“decision”：须为 APPROVED 或 REJECTED");
        }
        String note = d.note() == null || d.note().isBlank() ? null : d.note().strip();
        if (to == BookingStatus.REJECTED && note == null) {
            throw new InvalidInput("字段“note”：不同意预约须写明理由");
        }
        if (note != null && note.length() > 1000) {
            throw new InvalidInput("字段“note”：说明过长（最多1000字）");
        }
        int n = jdbc.sql("UPDATE instrument_booking SET status = :s, decision_note = :note, decided_by = :by WHERE id = :id AND status = 'REQUESTED'")
                .param("s", to.name()).param("note", note).param("by", scope.username()).param("id", bookingId).update();
        if (n == 0) {
            throw new Conflict("预约当前为“" + b.status().chineseName() + "”，不能再审核");
        }
        audit.record("INSTRUMENT_BOOKING_DECIDED", "INSTRUMENT_BOOKING", String.valueOf(bookingId), to.chineseName() + (note == null ? "" : "：" + note));
        return booking(bookingId).orElseThrow();
    }

    @Transactional
    public Booking usage(long bookingId, BigDecimal hoursUsed) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.ZONE_OFFICER);
        Booking b = ownedBooking(scope, bookingId);
        if (b.status() != BookingStatus.APPROVED) {
            throw new Conflict("只有已同意的预约可以记录使用时长（当前“" + b.status().chineseName() + "”）");
        }
        BigDecimal hours = hours(hoursUsed, "hoursUsed");
        Instrument ins = instrument(b.instrument()).orElseThrow();
        BigDecimal cost = ins.pricePerHourYuan() == null ? null
                : new BigDecimal(ins.pricePerHourYuan()).multiply(hours).setScale(2, RoundingMode.HALF_UP);
        jdbc.sql("UPDATE instrument_booking SET status = 'COMPLETED', hours_used = :h, cost_yuan = :c WHERE id = :id AND status = 'APPROVED'")
                .param("h", hours).param("c", cost).param("id", bookingId).update();
        audit.record("INSTRUMENT_USED", "INSTRUMENT_BOOKING", String.valueOf(bookingId),
                "使用 " + hours.toPlainString() + " 小时" + (cost == null ? "，收费未定" : "，费用 " + cost.toPlainString() + " 元"));
        return booking(bookingId).orElseThrow();
    }

    /**
     * 取消预约: the enterprise that booked (its own account) or the zone officer of the
     * instrument's zone cancels a booking still requested or approved whose day has not passed.
     * The rule lives on {@link Booking#cancel}; here the booking is loaded, checked against the
     * caller, saved (guarded by its previous state) and audited in one transaction.
     */
    @Transactional
    public Booking cancel(long bookingId, Cancellation request) {
        DataScope scope = CurrentUser.requireAnyOf(Role.ENTERPRISE, Role.ZONE_OFFICER);
        Booking b = booking(bookingId).orElseThrow(() -> new NotFound("预约 " + bookingId + " 不存在"));
        if (!mayCancel(scope, b)) {
            throw new Forbidden(scope.is(Role.ENTERPRISE) ? "只能取消本企业的预约" : "只有预约企业或仪器所在高新区可以取消预约");
        }
        Booking cancelled = b.cancel(request == null ? null : request.reason(), LocalDate.now());
        int n = jdbc.sql("UPDATE instrument_booking SET status = 'CANCELLED', cancel_reason = :r, cancelled_by = :by, cancelled_at = :at "
                        + "WHERE id = :id AND status = :was")
                .param("r", cancelled.cancelReason()).param("by", scope.username()).param("at", Timestamp.from(Instant.now()))
                .param("id", bookingId).param("was", b.status().name()).update();
        if (n == 0) {
            throw new Conflict("预约状态已变化，请刷新后再试");
        }
        audit.record("INSTRUMENT_BOOKING_CANCELLED", "INSTRUMENT_BOOKING", String.valueOf(bookingId),
                "取消" + b.status().chineseName() + "的预约“" + b.instrumentName() + "” " + b.date()
                        + (cancelled.cancelReason() == null ? "" : "：" + cancelled.cancelReason()));
        return booking(bookingId).orElseThrow();
    }

    /** Whether the caller could cancel this booking if its state allows: its own enterprise, or the officer of the instrument's zone. */
    public boolean mayCancel(DataScope scope, Booking b) {
        if (scope.is(Role.ENTERPRISE)) {
            return scope.enterprise() != null && scope.enterprise().equals(b.enterprise());
        }
        return scope.is(Role.ZONE_OFFICER) && zones.canSee(scope, b.instrumentZone());
    }

    /**
     * The bookings the caller may see, newest first: an enterprise its own; an officer those of the
     * enterprises in its zones and those of the instruments in its zones; the province all.
     */
    @Transactional(readOnly = true)
    public Page<Booking> bookings(BookingFilter f, Paging paging) {
        DataScope scope = CurrentUser.scope();
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        Map<String, Object> params = new HashMap<>();
        if (scope.is(Role.ENTERPRISE)) {
            where.append(" AND b.enterprise_uscc = :own");
            params.put("own", scope.enterprise());
        } else {
            Optional<java.util.Set<String>> visible = zones.visibleZones(scope);
            if (visible.isPresent()) {
                if (visible.get().isEmpty()) {
                    return new Page<>(List.of(), 0);
                }
                where.append(" AND (b.zone_code IN (:visible) OR i.zone_code IN (:visible))");
                params.put("visible", visible.get());
            }
        }
        if (f.zone() != null) {
            where.append(" AND b.zone_code = :zone");
            params.put("zone", f.zone());
        }
        if (f.status() != null) {
            where.append(" AND b.status = :status");
            params.put("status", f.status().name());
        }
        if (f.instrument() != null) {
            where.append(" AND b.instrument_id = :ins");
            params.put("ins", f.instrument());
        }
        if (f.year() != null) {
            if (f.year() < 1980 || f.year() > 2100) {
                throw new InvalidInput("参数“year”：年度须在1980至2100之间");
            }
            where.append(" AND b.use_on >= :from AND b.use_on < :to");
            params.put("from", Date.valueOf(LocalDate.of(f.year(), 1, 1)));
            params.put("to", Date.valueOf(LocalDate.of(f.year() + 1, 1, 1)));
        }
        String from = " FROM instrument_booking b JOIN shared_instrument i ON i.id = b.instrument_id";
        long total = jdbc.sql("SELECT COUNT(*)" + from + where).params(params).query(Long.class).single();
        List<Booking> items = jdbc.sql(BOOKING_COLUMNS + from + where + " ORDER BY b.id DESC LIMIT :l OFFSET :o").params(params)
                .param("l", paging.size()).param("o", paging.offset()).query((rs, n) -> booking(rs)).list();
        return new Page<>(items, total);
    }

    /** The catalogue entry with the same owner and name in a zone — how an import recognises a row it has written. */
    public Optional<Instrument> findSame(String zone, String owner, String name) {
        return jdbc.sql("SELECT id, name, owner_name, zone_code, category, price_per_hour FROM shared_instrument "
                        + "WHERE zone_code = :z AND owner_name = :o AND name = :n ORDER BY id")
                .param("z", zone).param("o", owner == null ? "" : owner.strip()).param("n", name == null ? "" : name.strip())
                .query((rs, n) -> instrument(rs)).list().stream().findFirst();
    }

    /** For a zone's year: instruments listed in it by the year's end, bookings completed by its enterprises, hours used. */
    Object[] zoneYear(String zone, int year) {
        long listed = jdbc.sql("SELECT COUNT(*) FROM shared_instrument WHERE zone_code = :z AND recorded_at < :to").param("z", zone)
                .param("to", Timestamp.valueOf(LocalDate.of(year + 1, 1, 1).atStartOfDay())).query(Long.class).single();
        return jdbc.sql("SELECT COUNT(*), SUM(hours_used) FROM instrument_booking WHERE zone_code = :z AND status = 'COMPLETED' "
                        + "AND use_on >= :from AND use_on < :to")
                .param("z", zone).param("from", Date.valueOf(LocalDate.of(year, 1, 1))).param("to", Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .query((rs, n) -> new Object[] {listed, rs.getLong(1), rs.getBigDecimal(2) == null ? BigDecimal.ZERO : rs.getBigDecimal(2)})
                .single();
    }

    private Booking ownedBooking(DataScope scope, long bookingId) {
        Booking b = booking(bookingId).orElseThrow(() -> new NotFound("预约 " + bookingId + " 不存在"));
        Instrument ins = instrument(b.instrument()).orElseThrow();
        if (!zones.canSee(scope, ins.zone())) {
            throw new Forbidden("只有仪器所在高新区或省科技厅可以审核预约、记录使用");
        }
        return b;
    }

    private static BigDecimal hours(BigDecimal h, String field) {
        if (h == null || h.compareTo(new BigDecimal("0.5")) < 0 || h.compareTo(new BigDecimal("1000")) > 0
                || h.stripTrailingZeros().scale() > 1) {
            throw new InvalidInput("字段“" + field + "”：时长须为0.5至1000小时，最多一位小数");
        }
        return h.setScale(1, RoundingMode.UNNECESSARY);
    }

    Optional<Instrument> instrument(long id) {
        return jdbc.sql("SELECT id, name, owner_name, zone_code, category, price_per_hour FROM shared_instrument WHERE id = :id")
                .param("id", id).query((rs, n) -> instrument(rs)).optional();
    }

    private static Instrument instrument(java.sql.ResultSet rs) throws java.sql.SQLException {
        BigDecimal price = rs.getBigDecimal(6);
        return new Instrument(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), Category.valueOf(rs.getString(5)),
                price == null ? null : new Money(price).plain());
    }

    private static final String BOOKING_COLUMNS = "SELECT b.id, b.instrument_id, b.enterprise_uscc, b.zone_code, b.use_on, "
            + "b.hours_requested, b.status, b.decision_note, b.hours_used, b.cost_yuan, i.name, i.zone_code, b.cancel_reason";

    Optional<Booking> booking(long id) {
        return jdbc.sql(BOOKING_COLUMNS + " FROM instrument_booking b JOIN shared_instrument i ON i.id = b.instrument_id WHERE b.id = :id")
                .param("id", id).query((rs, n) -> booking(rs)).optional();
    }

    private static Booking booking(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Booking(rs.getLong(1), rs.getLong(2), rs.getString(3) == null ? null : rs.getString(3).trim(), rs.getString(4),
                rs.getDate(5).toLocalDate(), rs.getBigDecimal(6), BookingStatus.valueOf(rs.getString(7)), rs.getString(8),
                rs.getBigDecimal(9), rs.getBigDecimal(10) == null ? null : new Money(rs.getBigDecimal(10)).plain(), rs.getString(11),
                rs.getString(12), rs.getString(13));
    }
}
