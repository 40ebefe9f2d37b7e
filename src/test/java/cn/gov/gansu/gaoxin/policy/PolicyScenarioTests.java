package cn.gov.gansu.gaoxin.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.gov.gansu.gaoxin.policy.engine.CompiledPolicy;
import cn.gov.gansu.gaoxin.policy.engine.ParameterCatalogue;
import cn.gov.gansu.gaoxin.policy.engine.PolicyEngine;
import cn.gov.gansu.gaoxin.policy.rules.Fact;
import cn.gov.gansu.gaoxin.policy.rules.Finding;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Runs every YAML scenario of {@code src/test/resources/policy/gansu-2023/}: facts as the API reads
 * them, optional extra parameter versions, and the expected findings (fields compared exactly,
 * texts by containment).
 */
class PolicyScenarioTests {

    static final Path DIR = Path.of("src/test/resources/policy/gansu-2023");

    static ParameterCatalogue baseCatalogue() {
        try (InputStream in = PolicyScenarioTests.class.getResourceAsStream("/" + PolicyParameters.DOCUMENT)) {
            return ParameterCatalogue.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every scenario as (file, scenario map). */
    static List<Map<String, Object>> scenarios() {
        List<Map<String, Object>> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                List<Map<String, Object>> list = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
                for (Map<String, Object> s : list) {
                    Map<String, Object> copy = new LinkedHashMap<>(s);
                    copy.put("file", file.getFileName().toString());
                    all.add(copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    static Stream<Arguments> cases() {
        return scenarios().stream().map(s -> Arguments.of(Named.of(s.get("file") + "：" + s.get("name"), s)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void scenario(Map<String, Object> s) {
        ParameterCatalogue c = baseCatalogue();
        if (s.get("parameters") != null) {
            for (Map<String, Object> p : (List<Map<String, Object>>) s.get("parameters")) {
                c = c.with((String) p.get("name"), new ParameterCatalogue.Version(date(p.get("validFrom")), date(p.get("validTo")),
                        Instant.parse("2024-01-01T00:00:00Z"), "scenario", p.get("value") == null ? null : String.valueOf(p.get("value")),
                        "情景"));
            }
        }
        PolicyEngine engine = new PolicyEngine(new CompiledPolicy(c, Instant.now()));
        List<Fact> facts = FactReader.read(Map.of("facts", normalise(s.get("facts"))));
        PolicyEngine.Assessment a = engine.assess(facts, ReferenceZones.INSTANCE);
        if (s.get("findings") != null) {
            assertThat(a.findings()).as("结论条数").hasSize((Integer) s.get("findings"));
        }
        for (Map<String, Object> e : (List<Map<String, Object>>) s.get("expect")) {
            Finding f = a.findings().stream().filter(x -> x.fact().id().equals(e.get("fact"))).findFirst()
                    .orElseThrow(() -> new AssertionError("事实“" + e.get("fact") + "”没有结论"));
            Map<String, Object> json = FindingJson.of(f);
            for (Map.Entry<String, Object> want : e.entrySet()) {
                String key = want.getKey();
                switch (key) {
                    case "fact" -> {
                    }
                    case "reasonContains" -> assertThat(f.reason()).as("reason of " + f.fact().id()).contains((String) want.getValue());
                    case "explanationContains" -> assertThat(f.explanation()).as("explanation of " + f.fact().id())
                            .contains((String) want.getValue());
                    default -> assertThat(json.get(key)).as(key + " of " + f.fact().id() + "：" + f.explanation())
                            .isEqualTo(want.getValue());
                }
            }
        }
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Date d ? d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate() : LocalDate.parse(String.valueOf(o));
    }

    private static Object normalise(Object o) {
        if (o instanceof Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        }
        if (o instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, normalise(v)));
            return out;
        }
        if (o instanceof List<?> l) {
            return l.stream().map(PolicyScenarioTests::normalise).toList();
        }
        return o;
    }
}
