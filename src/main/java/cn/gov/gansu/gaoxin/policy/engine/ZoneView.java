package cn.gov.gansu.gaoxin.policy.engine;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.policy.rules.Fact;
import cn.gov.gansu.gaoxin.policy.rules.ZoneStanding;

/**
 * The zones of one assessment: those the facts describe (recognition, approval, revocation, enclave
 * parks), the rest from the registry. An enclave park counts as its parent zone (clause 16, SPEC
 * reading 6); a revocation ends zone-bound eligibility from its date; an unknown code is no zone.
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
                describe(z.zone()).exists(f.date());
            } else if (f instanceof Fact.EnclavePark e && e.zone() != null) {
                Described d = describe(e.zone());
                d.exists(f.date());
                d.parent = e.parentZone();
            } else if (f instanceof Fact.ZoneRevoked r && r.zone() != null) {
                Described d = describe(r.zone());
                d.revokedOn = d.revokedOn == null || f.date().isBefore(d.revokedOn) ? f.date() : d.revokedOn;
            } else if (f instanceof Fact.ZoneApprovedNational a && a.zone() != null) {
                Described d = describe(a.zone());
                d.approvedOn = d.approvedOn == null || f.date().isBefore(d.approvedOn) ? f.date() : d.approvedOn;
            }
        }
    }

    ZoneStanding unitStanding(String zone, String unit, LocalDate date) {
        if (zone == null) {
            String registered = unit == null ? null : registry.zoneOfUnit(unit, date);
            if (registered == null) {
                return ZoneStanding.none(null, "事实未给出所在高新区，登记信息中该单位在" + date + "也不在任何高新区内，视为不在任何高新区");
            }
            zone = registered;
        }
        return standing(zone, date, 0);
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
        LocalDate revoked = d == null ? null : d.revokedOn;
        if (k != null && k.revokedFrom() != null && (revoked == null || k.revokedFrom().isBefore(revoked))) {
            revoked = k.revokedFrom();
        }
        if (revoked != null && !date.isBefore(revoked)) {
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

    private Described describe(String code) {
        return described.computeIfAbsent(code, c -> new Described());
    }

    private static final class Described {
        LocalDate existsFrom;
        LocalDate approvedOn;
        LocalDate revokedOn;
        String parent;

        void exists(LocalDate date) {
            existsFrom = existsFrom == null || date.isBefore(existsFrom) ? date : existsFrom;
        }
    }
}
