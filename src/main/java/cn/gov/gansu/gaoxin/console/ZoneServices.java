package cn.gov.gansu.gaoxin.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.gansu.gaoxin.commissioner.CommissionerManagement;
import cn.gov.gansu.gaoxin.commissioner.Dispatch;
import cn.gov.gansu.gaoxin.commissioner.Need;
import cn.gov.gansu.gaoxin.instruments.SharedInstruments;
import cn.gov.gansu.gaoxin.platform.PlatformKind;
import cn.gov.gansu.gaoxin.platform.PlatformRegistry;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import cn.gov.gansu.gaoxin.talent.TalentKind;
import cn.gov.gansu.gaoxin.talent.Talents;
import org.springframework.stereotype.Component;

/**
 * talent2 (issue 11 item 5): the services a zone receives in a year, for the zone page's 科技服务 panel
 * ({@code ${@zoneServices.of(code)}}): talent carriers at the year's end, talent on record, the
 * instruments listed in the zone and its enterprises' completed bookings, and the commissioners
 * serving its enterprises in the year's latest plan. Reads only the modules' public APIs, within
 * the caller's scope (an enterprise sees its own talent and bookings).
 */
@Component("zoneServices")
class ZoneServices {

    static final Set<PlatformKind> CARRIERS = java.util.EnumSet.of(PlatformKind.ACADEMICIAN_WORKSTATION, PlatformKind.POSTDOC_STATION,
            PlatformKind.JOINT_TRAINING_PLATFORM, PlatformKind.SCIENCE_EDUCATION_CLUSTER, PlatformKind.INNOVATION_PORT);

    private final PlatformRegistry platforms;
    private final Talents talents;
    private final SharedInstruments instruments;
    private final CommissionerManagement commissioners;

    ZoneServices(PlatformRegistry platforms, Talents talents, SharedInstruments instruments, CommissionerManagement commissioners) {
        this.platforms = platforms;
        this.talents = talents;
        this.instruments = instruments;
        this.commissioners = commissioners;
    }

    /** One zone's year of services. */
    public record Year(int year, Map<PlatformKind, Long> carriers, Map<TalentKind, Long> talent, long instruments, long bookingsUsed,
            BigDecimal hoursUsed, long needs, long needsServed) {
    }

    public Year of(String zone) {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        Map<PlatformKind, Long> carriers = new EnumMap<>(PlatformKind.class);
        for (PlatformKind k : CARRIERS) {
            carriers.put(k, 0L);
        }
        for (PlatformRegistry.Count c : platforms.countsByZone(year)) {
            if (zone.equals(c.zone()) && CARRIERS.contains(c.kind())) {
                carriers.merge(c.kind(), c.existingAtYearEnd(), Long::sum);
            }
        }
        Map<TalentKind, Long> talent = new EnumMap<>(TalentKind.class);
        for (TalentKind k : TalentKind.values()) {
            talent.put(k, 0L);
        }
        for (Talents.ZoneCount c : talents.counts(year, zone)) {
            talent.merge(c.kind(), c.atYearEnd(), Long::sum);
        }
        long listed = instruments.catalogue(zone, null, null, new Paging(0, 1)).total();
        long used = 0;
        BigDecimal hours = BigDecimal.ZERO;
        List<SharedInstruments.Booking> bookings = Lists.all(paging -> instruments.bookings(
                new SharedInstruments.BookingFilter(zone, SharedInstruments.BookingStatus.COMPLETED, null, year), paging), r -> r.items());
        for (SharedInstruments.Booking b : bookings) {
            used++;
            hours = hours.add(b.hoursUsed() == null ? BigDecimal.ZERO : b.hoursUsed());
        }
        List<Need> needs = commissioners.needs(year).stream().filter(n -> zone.equals(n.zone())).toList();
        Set<Long> mine = new java.util.HashSet<>();
        needs.forEach(n -> mine.add(n.id()));
        long served = commissioners.latest(year).map(Dispatch::assignments).orElse(List.of()).stream()
                .filter(l -> mine.contains(l.need())).count();
        return new Year(year, carriers, talent, listed, used, hours, needs.size(), served);
    }
}
