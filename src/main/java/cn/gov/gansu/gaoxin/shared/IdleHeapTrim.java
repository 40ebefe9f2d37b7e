package cn.gov.gansu.gaoxin.shared;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Resident memory after start (issue 14 item 3): without {@code -Xmx} the JVM's default heap is a quarter of
 * the machine's memory, and G1 keeps the heap it grew during the start and the work right after it (the demo's
 * re-scan and award walk, the dashboard's first snapshot) — 0.6–1 GiB resident for 35–65 MiB of live objects.
 * Once the application is ready this sets, through the JVM's manageable flags and only where the operator has not
 * set them on the command line:
 * <ul>
 * <li>G1's periodic collection ({@code G1PeriodicGCInterval}, JEP 346): after {@code gaoxin.memory.idle-gc-interval}
 * without a collection G1 runs a concurrent cycle and gives the unused heap back to the operating system;</li>
 * <li>how much free heap a collection leaves ({@code MinHeapFreeRatio}, {@code MaxHeapFreeRatio}) from
 * {@code gaoxin.memory.min-heap-free-ratio} and {@code gaoxin.memory.max-heap-free-ratio}: with a low maximum the
 * heap follows the live objects instead of keeping what a burst of work made it grow to.</li>
 * </ul>
 * The embedded database's defaults (application.properties: 5 s, 10 %, 30 %) keep a small installation small; the
 * {@code postgres} profile keeps the JVM's ratios and collects when idle after 60 s. An empty or zero value leaves
 * the JVM alone.
 */
@Component
class IdleHeapTrim {

    private static final Logger log = LoggerFactory.getLogger(IdleHeapTrim.class);
    private static final String FLAG = "G1PeriodicGCInterval";

    private final Environment env;

    IdleHeapTrim(Environment env) {
        this.env = env;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        HotSpotDiagnosticMXBean vm;
        try {
            vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        } catch (RuntimeException e) {
            log.warn("JVM 内存参数未调整：{}", e.toString()); // not a HotSpot JVM
            return;
        }
        idleCollection(vm);
        // the minimum first: a maximum below the current minimum would be refused
        freeRatio(vm, "MinHeapFreeRatio", "gaoxin.memory.min-heap-free-ratio");
        freeRatio(vm, "MaxHeapFreeRatio", "gaoxin.memory.max-heap-free-ratio");
    }

    private void idleCollection(HotSpotDiagnosticMXBean vm) {
        try {
            Duration interval = DurationStyle.detectAndParse(env.getProperty("gaoxin.memory.idle-gc-interval", "60s"));
            if (interval.isZero() || interval.isNegative()) {
                return;
            }
            VMOption option = vm.getVMOption(FLAG);
            if (option.getOrigin() == VMOption.Origin.DEFAULT && "0".equals(option.getValue())
                    && "true".equals(vm.getVMOption("UseG1GC").getValue())) {
                vm.setVMOption(FLAG, Long.toString(interval.toMillis()));
                log.debug("G1 periodic collection every {} ms when idle", interval.toMillis());
            }
        } catch (RuntimeException e) {
            // another JVM or collector, or an unreadable interval: the JVM is left as it is
            log.warn("G1PeriodicGCInterval 未设置：{}", e.toString());
        }
    }

    private void freeRatio(HotSpotDiagnosticMXBean vm, String flag, String property) {
        String value = env.getProperty(property, "").trim();
        if (value.isEmpty() || "0".equals(value)) {
            return;
        }
        try {
            int percent = Integer.parseInt(value);
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException(property + " 须为0至100之间的整数：" + value);
            }
            if (vm.getVMOption(flag).getOrigin() == VMOption.Origin.DEFAULT) {
                vm.setVMOption(flag, Integer.toString(percent));
                log.debug("{} = {}", flag, percent);
            }
        } catch (RuntimeException e) {
            log.warn("{} 未设置：{}", flag, e.toString());
        }
    }
}
