package cn.gov.gansu.gaoxin.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.AuditedCache;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.shared.ClauseReport;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * 高新区年度画像 (contracts §13): all 21 clauses in order, titles from the policy's clause table,
 * each with the items every module's {@link ClauseReport} recorded or computed for the zone and
 * year. A module whose report fails is named in the clause instead of failing the whole page.
 */
@Component
public class ZoneProfiles {

    static final String FAILED = "数据读取失败";
    static final String CLAUSES = "policy/gansu-2023/clauses.yaml";
    private static final Logger log = LoggerFactory.getLogger(ZoneProfiles.class);

    private final List<ClauseReport> reports;
    private final ZoneDirectory zones;
    private final List<Title> titles = titles();

    /** A zone's year is computed once and served until an audited change anywhere (or ten minutes). */
    private final AuditedCache<String, Profile> cache;

    ZoneProfiles(List<ClauseReport> reports, ZoneDirectory zones, AuditTrail audit) {
        this.reports = List.copyOf(reports);
        this.zones = zones;
        this.cache = new AuditedCache<>(audit, java.time.Duration.ofMinutes(10), 512);
    }

    record Title(String clause, String title) {
    }

    /** One line under a clause. */
    public record Line(String label,
            @io.swagger.v3.oas.annotations.media.Schema(description = "任意 JSON 值：数值、金额字符串、中文词或名称列表（不是内部代码）") Object value) {
    }

    /** One clause of the zone's year, with its features on the platform. */
    public record Clause(String clause, String title, List<Line> items, List<String> features) {
    }

    public record Profile(String zone, String zoneName, int year, List<Clause> clauses) {
    }

    /** The zone's year when the caller's scope holds the zone (an unknown or out-of-scope zone: 404). */
    public Profile profile(DataScope scope, String zone, int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInput("参数“year”：须为2000至2100之间的年度");
        }
        Zone z = zones.find(zone).filter(found -> zones.canSee(scope, found.code()))
                .orElseThrow(() -> new NotFound("高新区“" + (zone.length() > 40 ? zone.substring(0, 40) : zone) + "”不存在"));
        return profile(z, year);
    }

    /** Unscoped: for the province's annual report, whose caller is province-wide. */
    public Profile profile(Zone z, int year) {
        return cache.get(z.code() + "|" + year, () -> {
            long started = System.nanoTime();
            Profile p = compute(z, year);
            log.debug("profile {} {} computed in {} ms", z.code(), year, (System.nanoTime() - started) / 1_000_000);
            return p;
        }, p -> p.clauses().stream().flatMap(c -> c.items().stream()).noneMatch(l -> FAILED.equals(l.label())));
    }

    private Profile compute(Zone z, int year) {
        Map<String, List<Line>> items = new LinkedHashMap<>();
        Map<String, List<String>> features = new LinkedHashMap<>();
        titles.forEach(t -> {
            items.put(t.clause(), new ArrayList<>());
            features.put(t.clause(), new ArrayList<>());
        });
        for (ClauseReport report : reports) {
            try {
                report.features().forEach((clause, list) -> {
                    if (features.containsKey(clause)) {
                        features.get(clause).addAll(list);
                    }
                });
                for (ClauseReport.Item item : report.items(z.code(), year)) {
                    List<Line> lines = items.get(item.clause());
                    if (lines != null) {
                        lines.add(new Line(item.label(), item.value()));
                    } else {
                        log.warn("{} reported an item under unknown clause {}", report.getClass().getSimpleName(), item.clause());
                    }
                }
            } catch (RuntimeException e) {
                log.warn("clause report {} failed for {} {}", report.getClass().getName(), z.code(), year, e);
                report.features().keySet().stream().filter(items::containsKey).forEach(clause ->
                        items.get(clause).add(new Line(FAILED, "部分数据暂不可用，请稍后重试")));
            }
        }
        List<Clause> clauses = new ArrayList<>();
        for (Title t : titles) {
            clauses.add(new Clause(t.clause(), t.title(), List.copyOf(items.get(t.clause())), List.copyOf(features.get(t.clause()))));
        }
        return new Profile(z.code(), z.name(), year, List.copyOf(clauses));
    }

    /** The 21 clause numbers and titles, in order. */
    public List<String[]> clauseTitles() {
        return titles.stream().map(t -> new String[] {t.clause(), t.title()}).toList();
    }

    private static List<Title> titles() {
        try (InputStream in = new ClassPathResource(CLAUSES).getInputStream()) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Title> out = new ArrayList<>();
            for (Object o : (List<?>) root.get("clauses")) {
                Map<?, ?> c = (Map<?, ?>) o;
                out.add(new Title(String.valueOf(c.get("number")), String.valueOf(c.get("title"))));
            }
            if (out.size() != 21) {
                throw new IllegalStateException(CLAUSES + " holds " + out.size() + " clauses, not 21");
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
