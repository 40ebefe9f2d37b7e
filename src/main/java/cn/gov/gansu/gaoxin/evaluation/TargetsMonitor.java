package cn.gov.gansu.gaoxin.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import cn.gov.gansu.gaoxin.zone.ZoneStatus;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * 目标监测: per zone and year, traffic lights for the targets of clauses 10–12 (HNTE share, 2–3
 * leading industries, concentration, an incubator per leading industry, 新增高新技术企业数
 * rising), with the two previous years as history and clause 13's focus industries next to the
 * zone's actual leading industries. GREEN met, RED not met, GREY unknown (missing data is never
 * read as a failure or a success). Thresholds come from {@code evaluation/targets.yaml}.
 */
@Component
public class TargetsMonitor {

    static final int HISTORY_YEARS = 2;

    private final RegistryIndicators registry;
    private final EvaluationData data;
    private final IndicatorCatalogue catalogues;
    private final ZoneDirectory zones;
    private final List<Target> targets;

    TargetsMonitor(RegistryIndicators registry, EvaluationData data, IndicatorCatalogue catalogues, ZoneDirectory zones) {
        this.registry = registry;
        this.data = data;
        this.catalogues = catalogues;
        this.zones = zones;
        this.targets = load();
    }

    public record Target(String code, String name, String clause, String quote, Double min, Double max) {
    }

    public record Light(int year, Double value, String light, String note) {
    }

    public record TargetStatus(String code, String name, String clause, String quote, Double min, Double max, Double value,
            String light, String note, List<Light> history) {
    }

    public record ZoneTargets(String zone, String name, String level, List<String> focusIndustries, List<String> leadingIndustries,
            List<TargetStatus> targets) {
    }

    /** One target of {@code evaluation/targets.yaml} by its code (e.g. HIGH_TECH_ENTERPRISE_SHARE). */
    public java.util.Optional<Target> target(String code) {
        return targets.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** The zones within the caller's scope with their targets for {@code year}. */
    public List<ZoneTargets> forYear(int year) {
        return forYear(year, HISTORY_YEARS);
    }

    /**
     * As {@link #forYear(int)} with {@code historyYears} years of history (0: the year's lights only, as the home
     * dashboard draws them — each year of history costs a pass over the registry, issue 9's dashboard benchmark).
     */
    public List<ZoneTargets> forYear(int year, int historyYears) {
        return forYear(CurrentUser.scope(), year, historyYears);
    }

    /**
     * As {@link #forYear(int, int)} for the zones {@code scope} covers, whoever calls: for the platform's own background
     * jobs (the home dashboard's figures, computed for the province once and shown to each scope for its zones).
     */
    public List<ZoneTargets> forYear(DataScope scope, int year, int historyYears) {
        EvaluationData.requireYear(year);
        int past = Math.max(0, Math.min(HISTORY_YEARS, historyYears));
        List<Zone> monitored = monitored(scope, year);
        if (monitored.isEmpty()) {
            return List.of();
        }
        Map<Integer, Map<String, Map<String, EvaluationData.Cell>>> byYear = new LinkedHashMap<>();
        for (int y = year - past - 1; y <= year; y++) {
            byYear.put(y, data.values(y, catalogues.forYear(y), monitored));
        }
        List<ZoneTargets> out = new ArrayList<>();
        for (Zone z : monitored) {
            List<TargetStatus> statuses = new ArrayList<>();
            for (Target t : targets) {
                List<Light> history = new ArrayList<>();
                for (int y = year - past; y <= year; y++) {
                    history.add(light(t, z, y, byYear));
                }
                Light now = history.get(history.size() - 1);
                statuses.add(new TargetStatus(t.code(), t.name(), t.clause(), t.quote(), t.min(), t.max(), now.value(),
                        now.light(), now.note(), history.subList(0, history.size() - 1)));
            }
            out.add(new ZoneTargets(z.code(), z.name(), z.level().name(),
                    z.focusIndustries().stream().map(Zone.Industry::name).toList(),
                    z.leadingIndustries().stream().map(Zone.Industry::name).toList(), statuses));
        }
        return out;
    }

    private List<Zone> monitored(DataScope scope, int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return zones.list(scope, null, null, null).stream().filter(z -> !z.isEnclavePark())
                .filter(z -> zones.statusOn(z.code(), end).map(s -> s != ZoneStatus.REVOKED).orElse(false)).toList();
    }

    private Light light(Target t, Zone z, int year, Map<Integer, Map<String, Map<String, EvaluationData.Cell>>> byYear) {
        Map<String, EvaluationData.Cell> row = byYear.get(year).get(z.code());
        return switch (t.code()) {
            case "LEADING_INDUSTRIES" -> {
                int n = z.leadingIndustries().size();
                yield new Light(year, (double) n, within(n, t) ? "GREEN" : "RED", "当前登记的主导产业" + n + "个（主导产业未按年度留档，各年均按当前登记）");
            }
            case "INCUBATORS_PER_LEADING_INDUSTRY" -> incubators(t, z, year);
            case "NEW_HIGH_TECH_ENTERPRISES_RISING" -> {
                Double now = value(row, "NEW_HIGH_TECH_ENTERPRISES");
                Double before = value(byYear.get(year - 1).get(z.code()), "NEW_HIGH_TECH_ENTERPRISES");
                if (now == null || before == null) {
                    yield new Light(year, now, "GREY", "缺少本年或上年新增高新技术企业数");
                }
                yield new Light(year, now, now > before ? "GREEN" : "RED",
                        "本年新增" + PreviewRequests.plain(now) + "家，上年" + PreviewRequests.plain(before) + "家");
            }
            default -> {
                EvaluationData.Cell c = row.get(t.code());
                if (c == null || c.value() == null) {
                    yield new Light(year, null, "GREY", c == null ? "无此指标数据" : c.note());
                }
                yield new Light(year, c.value(), within(c.value(), t) ? "GREEN" : "RED", c.note());
            }
        };
    }

    private Light incubators(Target t, Zone z, int year) {
        if (z.leadingIndustries().isEmpty()) {
            return new Light(year, null, "RED", "尚未确定主导产业");
        }
        long least = Long.MAX_VALUE;
        List<String> parts = new ArrayList<>();
        for (Zone.Industry i : z.leadingIndustries()) {
            OptionalLong c = registry.platform().incubatorsFor(z.code(), i.name(), year);
            if (c.isEmpty()) {
                return new Light(year, null, "GREY", "平台载体登记尚无“" + i.name() + "”的孵化器数据");
            }
            least = Math.min(least, c.getAsLong());
            parts.add(i.name() + c.getAsLong() + "家");
        }
        return new Light(year, (double) least, within(least, t) ? "GREEN" : "RED", String.join("，", parts));
    }

    private static Double value(Map<String, EvaluationData.Cell> row, String code) {
        if (row == null || row.get(code) == null) {
            return null;
        }
        return row.get(code).value();
    }

    private static boolean within(double v, Target t) {
        return (t.min() == null || v >= t.min()) && (t.max() == null || v <= t.max());
    }

    @SuppressWarnings("unchecked")
    private static List<Target> load() {
        try (InputStream in = new ClassPathResource("evaluation/targets.yaml").getInputStream()) {
            Map<String, Object> m = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Target> list = new ArrayList<>();
            for (Map<String, Object> t : (List<Map<String, Object>>) m.get("targets")) {
                list.add(new Target((String) t.get("code"), (String) t.get("name"), (String) t.get("clause"),
                        (String) t.get("quote"), t.get("min") == null ? null : ((Number) t.get("min")).doubleValue(),
                        t.get("max") == null ? null : ((Number) t.get("max")).doubleValue()));
            }
            return List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
