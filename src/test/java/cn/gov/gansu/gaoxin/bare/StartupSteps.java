package cn.gov.gansu.gaoxin.bare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.gansu.gaoxin.GaoxinApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Diagnostic for issue 14 item 3: starts the platform with a {@link BufferingApplicationStartup} and prints the
 * start-up steps (bean instantiations, context phases) that took longest, by their own time (children subtracted),
 * then exits. Arguments are passed to the platform (e.g. {@code --gaoxin.demo=false --server.port=0}).
 *
 * <pre>java -cp target/test-classes:... cn.gov.gansu.gaoxin.bare.StartupSteps --gaoxin.demo=false --server.port=0</pre>
 */
public final class StartupSteps {

    private StartupSteps() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        SpringApplication app = new SpringApplication(GaoxinApplication.class);
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        app.setApplicationStartup(startup);
        try (ConfigurableApplicationContext ctx = app.run(args)) {
            long total = System.nanoTime() - t0;
            StartupTimeline timeline = startup.getBufferedTimeline();
            Map<Long, Long> childTime = new HashMap<>();
            for (StartupTimeline.TimelineEvent e : timeline.getEvents()) {
                Long parent = e.getStartupStep().getParentId();
                if (parent != null) {
                    childTime.merge(parent, e.getDuration().toNanos(), Long::sum);
                }
            }
            List<String[]> rows = new ArrayList<>();
            Map<String, Long> byName = new HashMap<>();
            for (StartupTimeline.TimelineEvent e : timeline.getEvents()) {
                long self = e.getDuration().toNanos() - childTime.getOrDefault(e.getStartupStep().getId(), 0L);
                StringBuilder tags = new StringBuilder();
                e.getStartupStep().getTags().forEach(t -> tags.append(t.getKey()).append('=').append(t.getValue()).append(' '));
                String label = e.getStartupStep().getName() + " " + tags;
                rows.add(new String[] {String.format(Locale.ROOT, "%09d", self), label.length() > 200 ? label.substring(0, 200) : label});
                byName.merge(e.getStartupStep().getName(), self, Long::sum);
            }
            rows.sort((a, b) -> b[0].compareTo(a[0]));
            System.out.printf(Locale.ROOT, "TOTAL run: %.0f ms, steps %d%n", total / 1e6, rows.size());
            byName.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                    .forEach(e -> System.out.printf(Locale.ROOT, "  step %-55s %8.1f ms%n", e.getKey(), e.getValue() / 1e6));
            for (int i = 0; i < Math.min(60, rows.size()); i++) {
                System.out.printf(Locale.ROOT, "%8.1f ms  %s%n", Long.parseLong(rows.get(i)[0]) / 1e6, rows.get(i)[1]);
            }
        }
    }
}
