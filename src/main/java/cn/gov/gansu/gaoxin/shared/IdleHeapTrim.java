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
 * the machine's memory, and G1 keeps the heap it grew during the start (the demo load, the first re-scan) —
 * 0.6–1 GiB resident for about 70 MiB of live objects. Once the application is ready this turns on G1's
 * periodic collection ({@code G1PeriodicGCInterval}, a manageable flag, JEP 346) when the operator has not set
 * it: after {@code gaoxin.memory.idle-gc-interval} (default 60 s) without a collection G1 runs a concurrent
 * cycle and gives the unused heap back to the operating system. Set the property to 0 to leave the JVM alone.
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
        try {
            Duration interval = DurationStyle.detectAndParse(env.getProperty("gaoxin.memory.idle-gc-interval", "60s"));
            if (interval.isZero() || interval.isNegative()) {
                return;
            }
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
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
}
