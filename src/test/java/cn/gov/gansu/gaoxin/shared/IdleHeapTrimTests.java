package cn.gov.gansu.gaoxin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class IdleHeapTrimTests {

    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    @DisplayName("启动完成后，运维未设置时开启G1空闲回收（间隔取自 gaoxin.memory.idle-gc-interval，如 1234ms）")
    void turnsOnG1PeriodicCollectionWhenUnset() {
        assumeTrue("true".equals(vm.getVMOption("UseG1GC").getValue()), "this JVM does not run G1");
        VMOption before = vm.getVMOption("G1PeriodicGCInterval");
        if (before.getOrigin() != VMOption.Origin.DEFAULT) {
            // an earlier Spring context of this JVM (the full suite) or an operator's -XX set it: it is on, and a
            // later start leaves it alone
            assertThat(Long.parseLong(before.getValue())).isPositive();
            new IdleHeapTrim(new MockEnvironment().withProperty("gaoxin.memory.idle-gc-interval", "5s")).ready();
            assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo(before.getValue());
            return;
        }
        MockEnvironment env = new MockEnvironment().withProperty("gaoxin.memory.idle-gc-interval", "1234ms");

        new IdleHeapTrim(env).ready();

        assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo("1234");
        // once set (by us or an operator) it is left alone
        new IdleHeapTrim(new MockEnvironment().withProperty("gaoxin.memory.idle-gc-interval", "5s")).ready();
        assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue()).isEqualTo("1234");
    }
}
