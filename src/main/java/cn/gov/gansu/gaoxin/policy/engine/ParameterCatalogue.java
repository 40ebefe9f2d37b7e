package cn.gov.gansu.gaoxin.policy.engine;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The policy's parameters as dated data (OpenFisca style): every amount, rate, threshold, cap,
 * payer, payable-year offset and approval chain, each with its clause and quoted Chinese text, and
 * versions with valid-from / valid-to (inclusive) and the instant they were entered. A result
 * computed "as known at" an instant uses only versions entered by then, so past results replay
 * exactly; a later version supersedes an earlier one for the dates it covers.
 */
public final class ParameterCatalogue {

    /** The fields an award line may have; {@code payer} is required for the line to be in force. */
    public static final List<String> LINE_FIELDS = List.of("amountYuan", "amountType", "rate", "thresholdYuan", "capYuan",
            "payer", "payableYearOffset", "approvals", "programmes", "oncePer");
    public static final String EFFECTIVE_FROM = "policy.effectiveFrom";

    private final String document;
    private final String title;
    private final Map<String, Parameter> parameters;

    ParameterCatalogue(String document, String title, Map<String, Parameter> parameters) {
        this.document = document;
        this.title = title;
        this.parameters = parameters;
    }

    /** Loads {@code parameters.yaml}. */
    public static ParameterCatalogue load(InputStream yaml) {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Map<String, Parameter> params = new LinkedHashMap<>();
        for (Object o : (List<?>) root.get("parameters")) {
            Map<?, ?> p = (Map<?, ?>) o;
            String name = text(p.get("name"));
            List<Version> versions = new ArrayList<>();
            for (Object v : (List<?>) p.get("versions")) {
                Map<?, ?> m = (Map<?, ?>) v;
                versions.add(new Version(date(m.get("validFrom")), date(m.get("validTo")), instant(m.get("enteredAt")),
                        text(m.get("enteredBy")), value(m.get("value")), text(m.get("note"))));
            }
            Parameter parameter = new Parameter(name, text(p.get("clause")), text(p.get("text")), text(p.get("description")),
                    List.copyOf(versions));
            parameter.check();
            params.put(name, parameter);
        }
        return new ParameterCatalogue(text(root.get("document")), text(root.get("title")), params);
    }

    public String document() {
        return document;
    }

    public String title() {
        return title;
    }

    public Collection<Parameter> parameters() {
        return parameters.values();
    }

    public Parameter parameter(String name) {
        return parameters.get(name);
    }

    /** A new catalogue with one more version of a parameter (the original is left unchanged). */
    public ParameterCatalogue with(String name, Version version) {
        Parameter p = parameters.get(name);
        if (p == null) {
            throw new IllegalArgumentException(name);
        }
        List<Version> versions = new ArrayList<>(p.versions());
        versions.add(version);
        Map<String, Parameter> copy = new LinkedHashMap<>(parameters);
        copy.put(name, new Parameter(p.name(), p.clause(), p.text(), p.description(), List.copyOf(versions)));
        return new ParameterCatalogue(document, title, copy);
    }

    /** The latest instant at which a version known at {@code asOf} was entered. */
    public Instant latestEntry(Instant asOf) {
        Instant latest = Instant.EPOCH;
        for (Parameter p : parameters.values()) {
            for (Version v : p.versions()) {
                if (!v.enteredAt().isAfter(asOf) && v.enteredAt().isAfter(latest)) {
                    latest = v.enteredAt();
                }
            }
        }
        return latest;
    }

    /** "gansu-2023@2026-11-01T00:00:00Z": the document and the last entry known at {@code asOf}. */
    public String versionLabel(Instant asOf) {
        return document + "@" + latestEntry(asOf);
    }

    static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    static Object value(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        if (o instanceof Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        return String.valueOf(o);
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(o));
    }

    static Instant instant(Object o) {
        if (o instanceof Date d) {
            return d.toInstant();
        }
        return Instant.parse(String.valueOf(Objects.requireNonNull(o, "enteredAt")));
    }

    /**
     * One parameter: {@code name} is {@code LINE.field} (e.g. {@code NATIONAL_PROJECT.rate}) or
     * {@code policy.effectiveFrom}; clause and quoted text are required.
     */
    public record Parameter(String name, String clause, String text, String description, List<Version> versions) {

        void check() {
            if (clause == null || clause.isBlank() || text == null || text.isBlank()) {
                throw new IllegalStateException("参数“" + name + "”缺少条款号或条款原文");
            }
            if (versions.isEmpty()) {
                throw new IllegalStateException("参数“" + name + "”没有任何版本");
            }
        }

        /** The version in force on {@code date} as known at {@code asOf}, or null. */
        public Version inForce(LocalDate date, Instant asOf) {
            Version best = null;
            for (Version v : versions) {
                if (v.enteredAt().isAfter(asOf) || !v.covers(date)) {
                    continue;
                }
                if (best == null || !v.enteredAt().isBefore(best.enteredAt())) {
                    best = v;
                }
            }
            return best;
        }
    }

    /**
     * One dated value. {@code validFrom} null means "always"; {@code validTo} is the last day
     * (inclusive), null for open-ended. {@code value} is a string, a list of strings, or null (unset).
     */
    public record Version(LocalDate validFrom, LocalDate validTo, Instant enteredAt, String enteredBy, Object value,
            String note) {

        public boolean covers(LocalDate date) {
            return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
        }

        public String label() {
            return (validFrom == null ? "" : validFrom + "起") + (validTo == null ? "" : "至" + validTo) + "，录入于" + enteredAt;
        }
    }
}
