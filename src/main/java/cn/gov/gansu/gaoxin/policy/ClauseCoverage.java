package cn.gov.gansu.gaoxin.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.policy.engine.ParameterCatalogue;
import cn.gov.gansu.gaoxin.policy.engine.PolicyEngine;
import cn.gov.gansu.gaoxin.policy.rules.Rule;
import cn.gov.gansu.gaoxin.shared.ClauseReport;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The table of all 21 clauses: the rules and parameters implementing each, or why it is not
 * computable (Catala's habit: what is deliberately not coded is written down).
 */
final class ClauseCoverage {

    static final String CLAUSES = "policy/gansu-2023/clauses.yaml";

    private ClauseCoverage() {
    }

    static List<Map<String, Object>> table(ParameterCatalogue catalogue) {
        return table(catalogue, List.of());
    }

    /**
     * The table with the features the platform's modules declare for each clause ({@link ClauseReport}):
     * a clause without rules but with features is SERVED (the platform does the work the clause asks,
     * without computing money); one with neither keeps the status written in clauses.yaml.
     */
    static List<Map<String, Object>> table(ParameterCatalogue catalogue, List<ClauseReport> reports) {
        Map<String, List<String>> features = new LinkedHashMap<>();
        for (ClauseReport r : reports) {
            r.features().forEach((clause, list) -> features.computeIfAbsent(clause, k -> new ArrayList<>()).addAll(list));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<?, ?> c : clauses()) {
            String number = String.valueOf(c.get("number"));
            List<String> rules = new ArrayList<>();
            for (Rule<?> r : PolicyEngine.RULES) {
                if (r.clause().equals(number)) {
                    rules.add(ruleName(r));
                }
            }
            if (number.equals("10") || number.equals("19")) {
                rules.add("MatchingAward");
            }
            if (number.equals("16")) {
                rules.add("ZoneView（飞地园区视同所属高新区）");
            }
            if (number.equals("20")) {
                rules.add("ZoneView（撤销资格之日起不再享受）");
            }
            List<String> params = new ArrayList<>();
            for (ParameterCatalogue.Parameter p : catalogue.parameters()) {
                if (p.clause().equals(number)) {
                    params.add(p.name());
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("clause", number);
            row.put("title", String.valueOf(c.get("title")));
            List<String> served = features.getOrDefault(number, List.of());
            row.put("status", !rules.isEmpty() ? "COMPUTED" : !served.isEmpty() ? "SERVED" : String.valueOf(c.get("status")));
            row.put("rules", rules);
            row.put("parameters", params);
            row.put("features", served);
            row.put("note", String.valueOf(c.get("note")));
            rows.add(row);
        }
        return rows;
    }

    static String ruleName(Rule<?> r) {
        Class<?> c = r.getClass();
        return c.getEnclosingClass() == null ? c.getSimpleName() : c.getEnclosingClass().getSimpleName() + "." + c.getSimpleName();
    }

    static List<Map<?, ?>> clauses() {
        try (InputStream in = new ClassPathResource(CLAUSES).getInputStream()) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Map<?, ?>> out = new ArrayList<>();
            for (Object o : (List<?>) root.get("clauses")) {
                out.add((Map<?, ?>) o);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
