package cn.gov.gansu.gaoxin.instruments;

import java.math.BigDecimal;

import cn.gov.gansu.gaoxin.shared.Enums;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 仪器共享 JSON API (clause 3). */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "仪器共享")
class InstrumentController {

    private final SharedInstruments instruments;

    InstrumentController(SharedInstruments instruments) {
        this.instruments = instruments;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "recordInstrument", summary = "登记共享科研仪器", description = "角色：PROVINCE_ADMIN、ZONE_OFFICER（本区）。")
    @PostMapping("/api/instruments")
    @ResponseStatus(HttpStatus.CREATED)
    SharedInstruments.Instrument list(@RequestBody(required = false) SharedInstruments.NewInstrument request) {
        return instruments.list(request);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listInstruments", summary = "共享仪器目录", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/instruments")
    SharedInstruments.Page<SharedInstruments.Instrument> catalogue(@RequestParam(required = false) String zone,
            @io.swagger.v3.oas.annotations.Parameter(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = SharedInstruments.Category.class)) @RequestParam(required = false) String category, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @io.swagger.v3.oas.annotations.Parameter(description = "名称或开放单位中的文字") @RequestParam(required = false) String q) {
        return instruments.catalogue(zone == null || zone.isBlank() ? null : zone.strip(),
                Enums.optional(SharedInstruments.Category.class, category, "参数“category”"), q, new Paging(page, size));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "bookInstrument", summary = "预约共享仪器", description = "角色：PROVINCE_ADMIN、ZONE_OFFICER、ENTERPRISE。")
    @PostMapping("/api/instruments/{id}/bookings")
    @ResponseStatus(HttpStatus.CREATED)
    SharedInstruments.Booking book(@PathVariable String id, @RequestBody(required = false) SharedInstruments.NewBooking request) {
        return instruments.book(id(id), request);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listInstrumentBookings", summary = "列出仪器预约",
            description = "按预约企业所在高新区、状态、仪器、使用年度筛选，最新在前。"
                    + "角色：ENTERPRISE 本企业的预约；ZONE_OFFICER、CITY_OFFICER 本区（市州）企业的预约和本区仪器收到的预约；省级角色、AUDITOR 全部。")
    @GetMapping("/api/instrument-bookings")
    SharedInstruments.Page<SharedInstruments.Booking> bookings(@RequestParam(required = false) String zone,
            @io.swagger.v3.oas.annotations.Parameter(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = SharedInstruments.BookingStatus.class)) @RequestParam(required = false) String status,
            @RequestParam(required = false) Long instrument, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return instruments.bookings(new SharedInstruments.BookingFilter(zone == null || zone.isBlank() ? null : zone.strip(),
                Enums.optional(SharedInstruments.BookingStatus.class, status, "参数“status”"), instrument, year), new Paging(page, size));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "decideInstrumentBooking", summary = "批准或拒绝仪器预约", description = "角色：PROVINCE_ADMIN、ZONE_OFFICER（仪器所在高新区）。")
    @PostMapping("/api/instrument-bookings/{id}/decision")
    SharedInstruments.Booking decide(@PathVariable String id, @RequestBody(required = false) SharedInstruments.Decision request) {
        return instruments.decide(id(id), request);
    }

    record UsageRequest(BigDecimal hoursUsed) {
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "recordInstrumentUsage", summary = "记录仪器实际使用", description = "角色：PROVINCE_ADMIN、ZONE_OFFICER（仪器所在高新区）。")
    @PostMapping("/api/instrument-bookings/{id}/usage")
    SharedInstruments.Booking usage(@PathVariable String id, @RequestBody(required = false) UsageRequest request) {
        return instruments.usage(id(id), request == null ? null : request.hoursUsed());
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "cancelInstrumentBooking", summary = "取消仪器预约",
            description = "待审核或已同意、使用日期未过（未记录使用）的预约可以取消，理由可不填；取消后不再占用仪器，也不能再审核或记录使用。"
                    + "状态不允许时返回 409。角色：ENTERPRISE（本企业的预约）、ZONE_OFFICER（仪器所在高新区）。")
    @PostMapping("/api/instrument-bookings/{id}/cancellation")
    SharedInstruments.Booking cancel(@PathVariable String id, @RequestBody(required = false) SharedInstruments.Cancellation request) {
        return instruments.cancel(id(id), request);
    }

    private static long id(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFound("编号 " + raw + " 不存在");
        }
    }
}
