package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.instruments.SharedInstruments;
import cn.gov.gansu.gaoxin.instruments.SharedInstruments.BookingStatus;
import cn.gov.gansu.gaoxin.instruments.SharedInstruments.Category;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 仪器共享 pages (clause 3): the catalogue (filter by 高新区, 类别, 名称或开放单位; paged; 导出Excel) with
 * the form that lists an instrument and, per row, a booking request; the bookings in the caller's
 * scope (filter by 状态, 使用年度; paged; 导出Excel) with approval or refusal, the hours used, and
 * 取消预约 (optional reason) for the booking enterprise or the instrument's zone officer.
 * Thin: every read and write goes through {@link SharedInstruments}.
 */
@Controller
class InstrumentPages implements ConsolePage {

    private final SharedInstruments instruments;
    private final ZoneDirectory zones;
    private final cn.gov.gansu.gaoxin.identity.AuditTrail audit;

    InstrumentPages(SharedInstruments instruments, ZoneDirectory zones, cn.gov.gansu.gaoxin.identity.AuditTrail audit) {
        this.audit = audit;
        this.instruments = instruments;
        this.zones = zones;
    }

    /** Both lists' filters, for the page, its links and the exports. */
    record Query(String zone, Category category, String text, BookingStatus status, Integer year) {

        static Query of(String zone, String category, String text, String status, String year) {
            String t = Lists.blank(text);
            if (t != null && t.length() > 100) {
                throw new InvalidInput("参数“q”：检索词过长（最多100字）");
            }
            return new Query(Lists.blank(zone), Lists.parse(Category.class, category, "category"), t,
                    Lists.parse(BookingStatus.class, status, "status"), Lists.number0(year, "year"));
        }

        String link(String path, Integer size, Integer page, Integer bpage) {
            return Lists.link(path, "zone", zone, "category", category, "q", text, "status", status, "year", year, "size", size,
                    "page", page, "bpage", bpage);
        }

        public String link(int size, int page, int bpage) {
            return link("/instruments", size, page, bpage);
        }

        public String exportLink() {
            return link("/instruments/export", null, null, null);
        }

        public String bookingExportLink() {
            return link("/instruments/bookings/export", null, null, null);
        }

        SharedInstruments.BookingFilter bookingFilter() {
            return new SharedInstruments.BookingFilter(null, status, null, year);
        }
    }

    @GetMapping("/instruments")
    String list(@RequestParam(required = false) String zone, @RequestParam(required = false) String category,
            @RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam(required = false) String year, @RequestParam(defaultValue = "" + Lists.DEFAULT_SIZE) int size,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "1") int bpage, Model model) {
        DataScope scope = CurrentUser.scope();
        Query query = Query.of(zone, category, q, status, year);
        var found = Lists.clamped(page, size, paging -> instruments.catalogue(query.zone(), query.category(), query.text(), paging),
                r -> r.total()).addTo(model, r -> r.items());
        var bookings = Lists.clamped(bpage, found.size(), paging -> instruments.bookings(query.bookingFilter(), paging), r -> r.total());
        model.addAttribute("q", query);
        model.addAttribute("bookings", bookings.result().items());
        model.addAttribute("bookingTotal", bookings.total());
        model.addAttribute("bpage", bookings.page());
        model.addAttribute("bpages", bookings.pages());
        model.addAttribute("zoneOptions", zones.list(scope, null, null, null));
        model.addAttribute("allZones", zones.list(new DataScope("system", Role.PROVINCE_ADMIN, null, null, null), null, null, null));
        model.addAttribute("categoryOptions", Category.values());
        model.addAttribute("statusOptions", BookingStatus.values());
        model.addAttribute("zoneNames", new ZoneNames(zones));
        boolean officer = !scope.readOnly() && (scope.is(Role.PROVINCE_ADMIN) || scope.is(Role.ZONE_OFFICER));
        model.addAttribute("canList", officer);
        model.addAttribute("canDecide", officer);
        java.time.LocalDate today = java.time.LocalDate.now();
        model.addAttribute("canCancel", !scope.readOnly() && (scope.is(Role.ENTERPRISE) || scope.is(Role.ZONE_OFFICER)));
        model.addAttribute("cancellable", bookings.result().items().stream()
                .filter(b -> b.cancellable(today) && instruments.mayCancel(scope, b)).map(b -> b.id()).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("canBook", !scope.readOnly() && (officer || scope.is(Role.ENTERPRISE)));
        model.addAttribute("myEnterprise", scope.enterprise());
        model.addAttribute("myZone", scope.zone());
        model.addAttribute("active", "instruments");
        return "instruments";
    }

    @PostMapping("/instruments")
    String listInstrument(@RequestParam Map<String, String> p, RedirectAttributes redirect) {
        return act(redirect, "instruments.done.listed", () -> instruments.list(new SharedInstruments.NewInstrument(p.get("name"),
                p.get("owner"), p.get("zone"), p.get("category"), Lists.blank(p.get("pricePerHourYuan")))));
    }

    @PostMapping("/instruments/{id}/bookings")
    String book(@PathVariable long id, @RequestParam Map<String, String> p, RedirectAttributes redirect) {
        return act(redirect, "instruments.done.booked", () -> instruments.book(id, new SharedInstruments.NewBooking(p.get("enterprise"),
                Lists.date(p.get("date")), hours(p.get("hours"), "hours"))));
    }

    @PostMapping("/instrument-bookings/{id}/decision")
    String decide(@PathVariable long id, @RequestParam(required = false) String decision, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(redirect, "instruments.done.decided", () -> instruments.decide(id, new SharedInstruments.Decision(decision, note)));
    }

    @PostMapping("/instrument-bookings/{id}/usage")
    String usage(@PathVariable long id, @RequestParam(required = false) String hoursUsed, RedirectAttributes redirect) {
        return act(redirect, "instruments.done.used", () -> instruments.usage(id, hours(hoursUsed, "hoursUsed")));
    }

    @PostMapping("/instrument-bookings/{id}/cancellation")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(redirect, "instruments.done.cancelled", () -> instruments.cancel(id, new SharedInstruments.Cancellation(reason)));
    }

    private static String act(RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("doneKey", doneKey);
        } catch (DomainProblem e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/instruments";
    }

    private static BigDecimal hours(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("字段“" + field + "”：时长须为数字，如 2.5");
        }
    }

    @GetMapping("/instruments/export")
    void export(@RequestParam(required = false) String zone, @RequestParam(required = false) String category,
            @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        Query query = Query.of(zone, category, q, null, null);
        ZoneNames names = new ZoneNames(zones);
        List<List<Object>> rows = new ArrayList<>();
        for (SharedInstruments.Instrument i : Lists.all(paging -> instruments.catalogue(query.zone(), query.category(), query.text(),
                paging), r -> r.items())) {
            rows.add(Arrays.asList(i.id(), i.name(), i.owner(), names.of(i.zone()), i.category().chineseName(),
                    i.pricePerHourYuan() == null ? null : new BigDecimal(i.pricePerHourYuan())));
        }
        Lists.export(audit, response, "SHARED_INSTRUMENT", "共享仪器目录", Lists.criteria("zone", zone, "category", category, "q", q), List.of(Excel.Column.integer("编号", 8),
                Excel.Column.text("仪器（服务）名称", 28), Excel.Column.text("开放单位", 24), Excel.Column.text("所在高新区", 12),
                Excel.Column.text("类别", 14), Excel.Column.money("收费标准（元/小时）")), rows);
    }

    @GetMapping("/instruments/bookings/export")
    void exportBookings(@RequestParam(required = false) String status, @RequestParam(required = false) String year,
            HttpServletResponse response) throws IOException {
        Query query = Query.of(null, null, null, status, year);
        ZoneNames names = new ZoneNames(zones);
        List<List<Object>> rows = new ArrayList<>();
        for (SharedInstruments.Booking b : Lists.all(paging -> instruments.bookings(query.bookingFilter(), paging), r -> r.items())) {
            rows.add(Arrays.asList(b.id(), b.instrumentName(), names.of(b.instrumentZone()), b.enterprise(), names.of(b.zone()),
                    b.date().toString(), b.hoursRequested(), b.status().chineseName(), b.hoursUsed(),
                    b.costYuan() == null ? null : new BigDecimal(b.costYuan()), b.note(), b.cancelReason()));
        }
        Lists.export(audit, response, "INSTRUMENT_BOOKING", "仪器预约", Lists.criteria("status", status, "year", year), List.of(Excel.Column.integer("预约编号", 10),
                Excel.Column.text("仪器（服务）", 28), Excel.Column.text("仪器所在高新区", 14), Excel.Column.text("企业统一社会信用代码", 22),
                Excel.Column.text("企业所在高新区", 14), Excel.Column.text("使用日期", 12), Excel.Column.decimal("申请时长（小时）", 14),
                Excel.Column.text("状态", 10), Excel.Column.decimal("实际使用（小时）", 14), Excel.Column.money("费用（元）"),
                Excel.Column.text("审核说明", 24), Excel.Column.text("取消理由", 24)), rows);
    }
}
