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
class InstrumentController {

    private final SharedInstruments instruments;

    InstrumentController(SharedInstruments instruments) {
        this.instruments = instruments;
    }

    @PostMapping("/api/instruments")
    @ResponseStatus(HttpStatus.CREATED)
    SharedInstruments.Instrument list(@RequestBody(required = false) SharedInstruments.NewInstrument request) {
        return instruments.list(request);
    }

    @GetMapping("/api/instruments")
    SharedInstruments.Page<SharedInstruments.Instrument> catalogue(@RequestParam(required = false) String zone,
            @RequestParam(required = false) String category, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return instruments.catalogue(zone == null || zone.isBlank() ? null : zone.strip(),
                Enums.optional(SharedInstruments.Category.class, category, "参数“category”"), new Paging(page, size));
    }

    @PostMapping("/api/instruments/{id}/bookings")
    @ResponseStatus(HttpStatus.CREATED)
    SharedInstruments.Booking book(@PathVariable String id, @RequestBody(required = false) SharedInstruments.NewBooking request) {
        return instruments.book(id(id), request);
    }

    @PostMapping("/api/instrument-bookings/{id}/decision")
    SharedInstruments.Booking decide(@PathVariable String id, @RequestBody(required = false) SharedInstruments.Decision request) {
        return instruments.decide(id(id), request);
    }

    record UsageRequest(BigDecimal hoursUsed) {
    }

    @PostMapping("/api/instrument-bookings/{id}/usage")
    SharedInstruments.Booking usage(@PathVariable String id, @RequestBody(required = false) UsageRequest request) {
        return instruments.usage(id(id), request == null ? null : request.hoursUsed());
    }

    private static long id(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFound("编号 " + raw + " 不存在");
        }
    }
}
