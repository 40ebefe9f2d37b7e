package cn.gov.gansu.gaoxin.innovation.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * 企业创新积分指标目录: versioned data under {@code innovation/points-*.yaml}; the catalogue in force
 * for a year is the latest one valid by 1 January of it.
 */
public record PointsCatalogue(String id, String name, LocalDate validFrom, String clause, Cohort cohort, int candidates,
        List<Group> groups, List<Indicator> indicators) {

    public enum Cohort {
        ZONE, PROVINCE
    }

    public record Group(String code, String name) {
    }

    public record Indicator(String code, String name, String group, double weight, String unit, boolean required,
            int windowYears, String definition) {
    }

    public PointsCatalogue {
        double sum = indicators.stream().mapToDouble(Indicator::weight).sum();
        if (Math.abs(sum - 1.0) > 1e-9) {
            throw new IllegalStateException("创新积分指标目录“" + id + "”的权重之和须为1，现为" + sum);
        }
        for (Indicator i : indicators) {
            if (groups.stream().noneMatch(g -> g.code().equals(i.group()))) {
                throw new IllegalStateException("创新积分指标“" + i.code() + "”的分组“" + i.group() + "”未定义");
            }
        }
    }

    public Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }

    public String groupName(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).map(Group::name).findFirst().orElse(code);
    }

    /** All catalogues on the classpath, oldest first. */
    public static List<PointsCatalogue> load(String pattern) {
        List<PointsCatalogue> all = new ArrayList<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                try (InputStream in = r.getInputStream()) {
                    all.add(parse(new Yaml(new SafeConstructor(new LoaderOptions())).load(in)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("no innovation points catalogue at " + pattern);
        }
        all.sort(Comparator.comparing(PointsCatalogue::validFrom));
        return all;
    }

    /** The catalogue in force for a year. */
    public static PointsCatalogue forYear(List<PointsCatalogue> all, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        PointsCatalogue found = all.get(0);
        for (PointsCatalogue c : all) {
            if (!c.validFrom().isAfter(start)) {
                found = c;
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    static PointsCatalogue parse(Object yaml) {
        Map<String, Object> m = (Map<String, Object>) yaml;
        List<Group> groups = new ArrayList<>();
        for (Map<String, Object> g : (List<Map<String, Object>>) m.get("groups")) {
            groups.add(new Group(String.valueOf(g.get("code")), String.valueOf(g.get("name"))));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Map<String, Object> i : (List<Map<String, Object>>) m.get("indicators")) {
            indicators.add(new Indicator(String.valueOf(i.get("code")), String.valueOf(i.get("name")),
                    String.valueOf(i.get("group")), new BigDecimal(String.valueOf(i.get("weight"))).doubleValue(),
                    String.valueOf(i.get("unit")), Boolean.TRUE.equals(i.get("required")),
                    i.get("windowYears") == null ? 1 : ((Number) i.get("windowYears")).intValue(),
                    String.valueOf(i.get("definition"))));
        }
        return new PointsCatalogue(String.valueOf(m.get("id")), String.valueOf(m.get("name")),
                LocalDate.parse(String.valueOf(m.get("validFrom"))), String.valueOf(m.get("clause")),
                Cohort.valueOf(String.valueOf(m.getOrDefault("cohort", "ZONE"))),
                m.get("candidates") == null ? 10 : ((Number) m.get("candidates")).intValue(), groups, indicators);
    }
}
