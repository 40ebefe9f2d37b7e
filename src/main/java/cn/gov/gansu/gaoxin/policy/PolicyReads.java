package cn.gov.gansu.gaoxin.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.policy.engine.ParameterCatalogue;
import cn.gov.gansu.gaoxin.policy.rules.AwardLine;
import org.springframework.stereotype.Component;

/**
 * Read-only view of the policy for other modules (the console): the dated parameters with their
 * clause and quoted text, the 21-clause coverage table, and the Chinese names of award lines.
 */
@Component
public class PolicyReads {

    private final PolicyParameters parameters;
    private final org.springframework.beans.factory.ObjectProvider<cn.gov.gansu.gaoxin.shared.ClauseReport> reports;

    PolicyReads(PolicyParameters parameters, org.springframework.beans.factory.ObjectProvider<cn.gov.gansu.gaoxin.shared.ClauseReport> reports) {
        this.reports = reports;
        this.parameters = parameters;
    }

    /** The parameters with every version (same roles as {@code GET /api/policy/parameters}, else 403). */
    public Catalogue parameters() {
        CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN, Role.PROVINCE_FINANCE, Role.PROVINCE_GOVERNMENT, Role.AUDITOR);
        ParameterCatalogue c = parameters.catalogue();
        List<Parameter> items = new ArrayList<>();
        for (ParameterCatalogue.Parameter p : c.parameters()) {
            items.add(new Parameter(p.name(), p.clause(), p.text(), p.description(), p.versions().stream()
                    .map(v -> new Version(v.validFrom(), v.validTo(), v.enteredAt(), v.enteredBy(),
                            v.value() == null ? null : v.value() instanceof List<?> l
                                    ? String.join("、", l.stream().map(String::valueOf).toList()) : String.valueOf(v.value()),
                            v.note()))
                    .toList()));
        }
        return new Catalogue(c.title(), c.versionLabel(Instant.now()), items);
    }

    /** The 21 clauses: rules and parameters implementing each, or why it is not computable. */
    public List<Clause> coverage() {
        CurrentUser.scope();
        List<Clause> out = new ArrayList<>();
        for (Map<String, Object> row : ClauseCoverage.table(parameters.catalogue(), reports.orderedStream().toList())) {
            out.add(new Clause(String.valueOf(row.get("clause")), String.valueOf(row.get("title")),
                    String.valueOf(row.get("status")), strings(row.get("rules")), strings(row.get("parameters")),
                    strings(row.get("features")),
                    row.get("note") == null || "null".equals(row.get("note")) ? null : String.valueOf(row.get("note"))));
        }
        return out;
    }

    /** Award line code → Chinese name (e.g. NEW_HIGH_TECH_ENTERPRISE → 新认定高新技术企业奖补), in the policy's order. */
    public List<Line> lines() {
        List<Line> out = new ArrayList<>();
        for (AwardLine l : AwardLine.values()) {
            out.add(new Line(l.name(), l.clause(), l.chineseName()));
        }
        return out;
    }

    private static List<String> strings(Object o) {
        return o instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    public record Catalogue(String title, String version, List<Parameter> items) {
    }

    public record Parameter(String name, String clause, String text, String description, List<Version> versions) {
    }

    /** {@code validFrom} null = always; {@code validTo} inclusive, null = open-ended; {@code value} null = unset. */
    public record Version(LocalDate validFrom, LocalDate validTo, Instant enteredAt, String enteredBy, String value,
            String note) {
    }

    public record Clause(String clause, String title, String status, List<String> rules, List<String> parameters,
            List<String> features,
            String note) {
    }

    public record Line(String code, String clause, String chineseName) {
    }
}
