package cn.gov.gansu.gaoxin.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.gansu.gaoxin.policy.engine.PolicyEngine;
import cn.gov.gansu.gaoxin.policy.rules.Fact;
import cn.gov.gansu.gaoxin.policy.rules.Fen;
import cn.gov.gansu.gaoxin.policy.rules.Finding;
import cn.gov.gansu.gaoxin.policy.rules.Outcome;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.stereotype.Component;

/**
 * What-if (OpenFisca's "reforms"): the same engine recomputes the real registry's facts of a period
 * under draft parameter versions, against the parameters in force; totals per line, zone, city and
 * payer, who gains and who loses, the budget need per payer and payable year, and a forecast of next
 * year's need from this year's events. Nothing is stored.
 */
@Component
class WhatIf {

    private final PolicyParameters parameters;
    private final ProactiveDelivery delivery;
    private final RegistryZones registry;
    private final ZoneDirectory zones;

    WhatIf(PolicyParameters parameters, ProactiveDelivery delivery, RegistryZones registry, ZoneDirectory zones) {
        this.parameters = parameters;
        this.delivery = delivery;
        this.registry = registry;
        this.zones = zones;
    }

    Map<String, Object> run(List<PolicyParameters.Draft> drafts, LocalDate from, LocalDate to, int thisYear) {
        return run(drafts, List.of(), from, to, thisYear);
    }

    /** What-if with draft parameter versions and draft matching-line versions (a proposal's effect). */
    Map<String, Object> run(List<PolicyParameters.Draft> drafts, List<PolicyParameters.LineVersion> draftLines, LocalDate from,
            LocalDate to, int thisYear) {
        PolicyEngine baseline = parameters.engine();
        PolicyEngine draft = parameters.engineWith(drafts, draftLines);
        Map<String, String> cityOf = new HashMap<>();
        for (Zone z : zones.list(ProactiveDelivery.SYSTEM, null, null, null)) {
            cityOf.put(z.code(), z.city());
        }
        List<Fact> facts = delivery.registryFacts(from, to);
        List<Finding> before = eligible(baseline.assess(facts, registry));
        List<Finding> after = eligible(draft.assess(facts, registry));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("policyVersion", baseline.version());
        out.put("period", Map.of("from", String.valueOf(from), "to", String.valueOf(to)));
        out.put("facts", facts.size());
        Map<String, Object> b = totals(before, cityOf);
        Map<String, Object> a = totals(after, cityOf);
        out.put("baseline", b);
        out.put("whatIf", a);
        out.put("changeYuan", Fen.text(sum(after) - sum(before)));
        Map<String, Long> beforeBy = byKey(before);
        Map<String, Long> afterBy = byKey(after);
        List<Map<String, Object>> gainers = new ArrayList<>();
        List<Map<String, Object>> losers = new ArrayList<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(beforeBy.keySet());
        keys.addAll(afterBy.keySet());
        for (String k : keys) {
            long x = beforeBy.getOrDefault(k, 0L);
            long y = afterBy.getOrDefault(k, 0L);
            if (x == y) {
                continue;
            }
            String[] parts = k.split("\\|", 3);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("beneficiary", parts[0]);
            m.put("line", parts[1]);
            m.put("fact", parts[2]);
            m.put("baselineYuan", Fen.text(x));
            m.put("whatIfYuan", Fen.text(y));
            m.put("changeYuan", Fen.text(y - x));
            (y > x ? gainers : losers).add(m);
        }
        out.put("gainers", gainers);
        out.put("losers", losers);
        List<Fact> thisYearFacts = delivery.registryFacts(LocalDate.of(thisYear, 1, 1), LocalDate.of(thisYear, 12, 31));
        List<Finding> forecast = eligible(draft.assess(thisYearFacts, registry));
        Map<String, Long> need = new TreeMap<>();
        for (Finding f : forecast) {
            if (f.payableYear() == thisYear + 1 && f.amountFen() != Fen.NONE) {
                need.merge(f.payer(), f.amountFen(), Long::sum);
            }
        }
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("year", thisYear + 1);
        fc.put("basedOnEventsOf", thisYear);
        fc.put("byPayer", yuan(need));
        fc.put("totalYuan", Fen.text(need.values().stream().mapToLong(Long::longValue).sum()));
        fc.put("note", "按" + thisYear + "年已登记事件、在" + (thisYear + 1) + "年度兑付的奖补测算；金额待定（TO_BE_DECIDED）的不计入，下限（MINIMUM）按下限计");
        out.put("forecast", fc);
        return out;
    }

    private static List<Finding> eligible(PolicyEngine.Assessment a) {
        List<Finding> all = new ArrayList<>();
        for (Finding f : a.findings()) {
            if (f.outcome() == Outcome.ELIGIBLE) {
                all.add(f);
            }
        }
        all.addAll(a.matching());
        return all;
    }

    private static long sum(List<Finding> fs) {
        return fs.stream().filter(f -> f.amountFen() != Fen.NONE).mapToLong(Finding::amountFen).sum();
    }

    private static Map<String, Long> byKey(List<Finding> fs) {
        Map<String, Long> m = new HashMap<>();
        for (Finding f : fs) {
            String line = f.rule() instanceof cn.gov.gansu.gaoxin.policy.clauses.MatchingAward ? f.detail() : f.line().name();
            m.merge(f.beneficiary() + "|" + line + "|" + f.fact().id(), f.amountFen() == Fen.NONE ? 0 : f.amountFen(), Long::sum);
        }
        return m;
    }

    private static Map<String, Object> totals(List<Finding> fs, Map<String, String> cityOf) {
        Map<String, Long> line = new TreeMap<>();
        Map<String, Long> zone = new TreeMap<>();
        Map<String, Long> city = new TreeMap<>();
        Map<String, Long> payer = new TreeMap<>();
        Map<String, Map<String, Long>> budget = new TreeMap<>();
        int toBeDecided = 0;
        for (Finding f : fs) {
            if (f.amountFen() == Fen.NONE) {
                toBeDecided++;
                continue;
            }
            long a = f.amountFen();
            String l = f.rule() instanceof cn.gov.gansu.gaoxin.policy.clauses.MatchingAward ? f.detail() : f.line().name();
            String z = f.standing() != null && f.standing().policyZone() != null ? f.standing().policyZone() : f.beneficiary();
            line.merge(l, a, Long::sum);
            zone.merge(z, a, Long::sum);
            city.merge(cityOf.getOrDefault(z, "未知"), a, Long::sum);
            payer.merge(f.payer(), a, Long::sum);
            budget.computeIfAbsent(f.payer(), k -> new TreeMap<>()).merge(String.valueOf(f.payableYear()), a, Long::sum);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eligible", fs.size());
        m.put("toBeDecided", toBeDecided);
        m.put("totalYuan", Fen.text(line.values().stream().mapToLong(Long::longValue).sum()));
        m.put("byLine", yuan(line));
        m.put("byZone", yuan(zone));
        m.put("byCity", yuan(city));
        m.put("byPayer", yuan(payer));
        Map<String, Object> bud = new LinkedHashMap<>();
        budget.forEach((p, years) -> bud.put(p, yuan(years)));
        m.put("budgetByPayerAndYear", bud);
        return m;
    }

    private static Map<String, String> yuan(Map<String, Long> m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, Fen.text(v)));
        return out;
    }

}
