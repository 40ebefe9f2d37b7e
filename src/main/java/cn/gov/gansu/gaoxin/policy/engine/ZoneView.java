package cn.gov.gansu.gaoxin.policy.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.policy.rules.Fact;
import cn.gov.gansu.gaoxin.policy.rules.ZoneStanding;

/**
 * The zones of one assessment: those the facts describe (recognition, approval, revocation, enclave
 * parks), the rest from the registry. An enclave park counts as its parent zone (clause 16, SPEC
 * reading 6); a revocation ends zone-bound eligibility from its date until a later recognition
 * reinstates the zone (a reinstatement counts again from its own date); an unknown code is no zone.
 */
final class ZoneView {

    private final Map<String, Described> described = new HashMap<>();
    private final Map<String, ZoneRegistry.KnownZone> known = new HashMap<>();
    private final ZoneRegistry registry;

    ZoneView(List<Fact> facts, ZoneRegistry registry) {
        this.registry = registry;
        for (Fact f : facts) {
            if (f.date() == null) {
                continue;
            }
            if (f instanceof Fact.ZoneRecognised z && z.zone() != null) {
                Described d = describe(z.zone());
                d.recognitions.add(f.date());
                d.changes.add(new Change(f.date(), true));
            } else if (f instanceof Fact.EnclavePark e && e.zone() != null) {
                Described d = describe(e.zone());
                d.exists(f.date());
                d.parent = e.parentZone();
            } else if (f instanceof Fact.ZoneRevoked r && r.zone() != null) {
                describe(r.zone()).changes.add(new Change(f.date(), false));
            } else if (f instanceof Fact.ZoneApprovedNational a && a.zone() != null) {
                Described d = describe(a.zone());
                d.approvedOn = d.approvedOn == null || f.date().isBefore(d.approvedOn) ? f.date() : d.approvedOn;
                d.changes.add(new Change(f.date(), true));
            }
        }
        for (Described d : described.values()) {
            d.settleExistence();
        }
    }

    /**
     * Where a unit stood: in the zone the fact names; else in the zone the enterprise registry has it
     * in on the date; a registered unit in none is known to be outside every zone (INELIGIBLE); a unit
     * the registry does not know, or a fact naming no unit, leaves it UNKNOWN (SPEC reading 8).
     */
    ZoneStanding unitStanding(String zone, String unit, LocalDate date) {
        if (zone == null) {
            if (unit == null) {
                return ZoneStanding.unknown("zone（所在高新区：事实既未给出高新区，也未给出单位）");
            }
            String registered = registry.zoneOfUnit(unit, date);
            if (registered == null) {
                if (registry.isRegistered(unit)) {
                    return ZoneStanding.none(null, "事实未给出所在高新区，登记信息中该单位在" + date + "不在任何高新区内，视为不在任何高新区");
                }
                return ZoneStanding.unknown("zone（所在高新区：事实未给出，单位“" + unit + "”也未在平台登记，无法确定其" + date
                        + "是否位于高新区内）");
            }
            zone = registered;
        }
        return standing(zone, date, 0);
    }

    /**
     * Clause 20: a zone's standing for an evaluated year — it must have been a zone at the close of
     * that year (31 December) and still be one on the reward date (a revocation ends rewards from its
     * date; a later reinstatement counts again).
     */
    ZoneStanding standingForYear(String zone, int evaluatedYear, LocalDate rewardDate) {
        LocalDate yearEnd = LocalDate.of(evaluatedYear, 12, 31);
        ZoneStanding atYearEnd = standing(zone, yearEnd, 0);
        if (!atYearEnd.inZone()) {
            return ZoneStanding.none(zone, "评价年度" + evaluatedYear + "年末（" + yearEnd + "）：" + atYearEnd.reason());
        }
        return standing(zone, rewardDate, 0);
    }

    ZoneStanding standing(String code, LocalDate date, int depth) {
        Described d = described.get(code);
        ZoneRegistry.KnownZone k = known.computeIfAbsent(code, registry::find);
        LocalDate existsFrom;
        String parent;
        String city = k == null ? null : k.city();
        if (d != null && d.existsFrom != null) {
            existsFrom = d.existsFrom;
            parent = d.parent != null ? d.parent : k == null ? null : k.parentZone();
        } else if (k != null) {
            existsFrom = k.existsFrom();
            parent = k.parentZone();
        } else if (d != null && d.approvedOn != null) {
            existsFrom = d.approvedOn;
            parent = null;
        } else {
            return ZoneStanding.none(code, "高新区代码“" + code + "”不在高新区名录中，也未由本次事实描述，视为不在任何高新区");
        }
        if (existsFrom != null && date.isBefore(existsFrom)) {
            return ZoneStanding.none(code, "“" + code + "”于" + existsFrom + "设立，事件日期" + date + "时尚未设立");
        }
        LocalDate revoked = revokedOn(d, k, date);
        if (revoked != null) {
            return ZoneStanding.none(code, "“" + code + "”自" + revoked + "起已被撤销高新区资格，事件日期" + date + "不在其资格有效期内");
        }
        if (parent != null && depth < 3) {
            ZoneStanding p = standing(parent, date, depth + 1);
            if (!p.inZone()) {
                return ZoneStanding.none(code, "飞地园区“" + code + "”所属的" + p.reason());
            }
            return ZoneStanding.in(code, p.policyZone(), p.city());
        }
        return ZoneStanding.in(code, code, city);
    }

    /**
     * The date of the revocation in effect on {@code date}, or null when the zone is not revoked then:
     * the registry's revocation periods and the facts' revocations and recognitions, on one timeline;
     * the latest change on or before the date decides (a revocation wins a tie on the same day).
     */
    private static LocalDate revokedOn(Described d, ZoneRegistry.KnownZone k, LocalDate date) {
        if ((k == null || k.revocations().isEmpty()) && (d == null || d.changes.isEmpty())) {
            return null; // the common case: never revoked
        }
        List<Change> changes = new ArrayList<>();
        if (k != null) {
            for (ZoneRegistry.Revocation r : k.revocations()) {
                changes.add(new Change(r.from(), false));
                if (r.until() != null) {
                    changes.add(new Change(r.until(), true));
                }
            }
        }
        if (d != null) {
            changes.addAll(d.changes);
        }
        Change last = null;
        for (Change c : changes) {
            if (c.date().isAfter(date)) {
                continue;
            }
            if (last == null || c.date().isAfter(last.date()) || c.date().equals(last.date()) && !c.inStanding()) {
                last = c;
            }
        }
        if (last == null || last.inStanding()) {
            return null;
        }
        // the start of this revocation: the earliest revocation after the last reinstatement before it
        LocalDate from = last.date();
        for (Change c : changes) {
            if (!c.inStanding() && c.date().isBefore(from) && !reinstatedBetween(changes, c.date(), from)) {
                from = c.date();
            }
        }
        return from;
    }

    private static boolean reinstatedBetween(List<Change> changes, LocalDate from, LocalDate to) {
        for (Change c : changes) {
            if (c.inStanding() && c.date().isAfter(from) && !c.date().isAfter(to)) {
                return true;
            }
        }
        return false;
    }

    private Described describe(String code) {
        return described.computeIfAbsent(code, c -> new Described());
    }

    /** A dated change of standing: a recognition or approval (in) or a revocation (out). */
    private record Change(LocalDate date, boolean inStanding) {
    }

    private static final class Described {
        LocalDate existsFrom;
        LocalDate approvedOn;
        String parent;
        final List<Change> changes = new ArrayList<>();
        final List<LocalDate> recognitions = new ArrayList<>();

        void exists(LocalDate date) {
            existsFrom = existsFrom == null || date.isBefore(existsFrom) ? date : existsFrom;
        }

        /**
         * A recognition after a revocation of the same zone is its reinstatement, not its founding: the
         * zone exists from its first recognition before any revocation (else as the registry knows it).
         */
        void settleExistence() {
            LocalDate firstRevocation = null;
            for (Change c : changes) {
                if (!c.inStanding() && (firstRevocation == null || c.date().isBefore(firstRevocation))) {
                    firstRevocation = c.date();
                }
            }
            for (LocalDate r : recognitions) {
                if (firstRevocation == null || r.isBefore(firstRevocation)) {
                    exists(r);
                }
            }
        }
    }
}
