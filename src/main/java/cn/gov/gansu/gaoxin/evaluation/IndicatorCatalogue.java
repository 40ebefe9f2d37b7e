package cn.gov.gansu.gaoxin.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.gansu.gaoxin.evaluation.scoring.Polarity;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * 评价指标目录: the indicator catalogues, versioned data under {@code evaluation/indicators/*.yaml}
 * (one file per catalogue, each with its validFrom). Adding a catalogue is adding a file.
 */
@Component
public class IndicatorCatalogue {

    static final String DEFAULT_ID = "gansu-default";

    private final Map<String, Catalogue> catalogues = new LinkedHashMap<>();

    IndicatorCatalogue() {
        this("classpath*:evaluation/indicators/*.yaml");
    }

    IndicatorCatalogue(String pattern) {
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                try (InputStream in = r.getInputStream()) {
                    Catalogue c = parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(in));
                    catalogues.put(c.id(), c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!catalogues.containsKey(DEFAULT_ID)) {
            throw new IllegalStateException("indicator catalogue " + DEFAULT_ID + " missing");
        }
    }

    /** The catalogue in force for a year: the latest default-line catalogue valid by 1 January of it. */
    public Catalogue forYear(Integer year) {
        if (year == null) {
            return catalogues.get(DEFAULT_ID);
        }
        LocalDate start = LocalDate.of(year, 1, 1);
        return catalogues.values().stream().filter(c -> !c.validFrom().isAfter(start))
                .max(Comparator.comparing(Catalogue::validFrom)).orElse(catalogues.get(DEFAULT_ID));
    }

    public List<Catalogue> all() {
        return List.copyOf(catalogues.values());
    }

    @SuppressWarnings("unchecked")
    private static Catalogue parse(Object yaml) {
        Map<String, Object> m = (Map<String, Object>) yaml;
        List<Definition> indicators = new ArrayList<>();
        for (Map<String, Object> i : (List<Map<String, Object>>) m.get("indicators")) {
            indicators.add(new Definition(str(i, "code"), str(i, "name"), str(i, "definition"), str(i, "unit"),
                    Polarity.valueOf(str(i, "polarity")), num(i, "benchmark"), num(i, "minimum"), str(i, "clause"),
                    str(i, "quote")));
        }
        List<Bonus> bonus = new ArrayList<>();
        for (Map<String, Object> b : (List<Map<String, Object>>) m.getOrDefault("bonus", List.of())) {
            bonus.add(new Bonus(str(b, "code"), str(b, "name"), str(b, "definition"), str(b, "unit"), str(b, "clause")));
        }
        return new Catalogue(str(m, "id"), str(m, "name"), LocalDate.parse(str(m, "validFrom")), str(m, "clause"),
                str(m, "text"), List.copyOf(indicators), List.copyOf(bonus));
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : String.valueOf(v);
    }

    private static Double num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : ((Number) v).doubleValue();
    }

    /** One catalogue (a set of indicators and bonus items) with the clause it implements. */
    public record Catalogue(String id, String name, LocalDate validFrom, String clause, String text,
            List<Definition> indicators, List<Bonus> bonus) {

        public Optional<Definition> indicator(String code) {
            return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
        }

        public Optional<Bonus> bonusItem(String code) {
            return bonus.stream().filter(b -> b.code().equals(code)).findFirst();
        }
    }

    /** A scored indicator: unit, polarity, default benchmark (null: none) and lower bound of its values (null: none). */
    public record Definition(String code, String name, String definition, String unit, Polarity polarity, Double benchmark,
            Double minimum, String clause, String quote) {
    }

    /** A bonus item (加分项), counted per zone and year. */
    public record Bonus(String code, String name, String definition, String unit, String clause) {
    }
}
