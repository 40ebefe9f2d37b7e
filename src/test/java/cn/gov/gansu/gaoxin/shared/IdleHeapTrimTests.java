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

    @Test
    @DisplayName("启动完成后，运维未在命令行设置时按配置设定堆空闲比例（先最小后最大）；无效值不改动JVM")
    void setsTheHeapFreeRatiosWhenUnset() {
        VMOption min = vm.getVMOption("MinHeapFreeRatio");
        VMOption max = vm.getVMOption("MaxHeapFreeRatio");
        assumeTrue(min.getOrigin() != VMOption.Origin.VM_CREATION && max.getOrigin() != VMOption.Origin.VM_CREATION,
                "set on this JVM's command line: left alone by design");
        MockEnvironment env = new MockEnvironment().withProperty("gaoxin.memory.idle-gc-interval", "0")
                .withProperty("gaoxin.memory.min-heap-free-ratio", "10").withProperty("gaoxin.memory.max-heap-free-ratio", "30");
        if (min.getOrigin() == VMOption.Origin.DEFAULT && max.getOrigin() == VMOption.Origin.DEFAULT) {
            new IdleHeapTrim(env).ready();
            assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo("10");
            assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("30");
        }
        // set now (by the lines above or an earlier context of this JVM): a later start leaves them alone
        String minNow = vm.getVMOption("MinHeapFreeRatio").getValue();
        String maxNow = vm.getVMOption("MaxHeapFreeRatio").getValue();
        new IdleHeapTrim(new MockEnvironment().withProperty("gaoxin.memory.idle-gc-interval", "0")
                .withProperty("gaoxin.memory.min-heap-free-ratio", "5").withProperty("gaoxin.memory.max-heap-free-ratio", "150")).ready();
        assertThat(vm.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(minNow);
        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(maxNow);
    }

    @Test
    @DisplayName("空闲比例配置无效（超出0至100）时只记警告，不抛异常")
    void rejectsAnOutOfRangeRatioQuietly() {
        String before = vm.getVMOption("MaxHeapFreeRatio").getValue();
        new IdleHeapTrim(new MockEnvironment().withProperty("gaoxin.memory.idle-gc-interval", "0")
                .withProperty("gaoxin.memory.max-heap-free-ratio", "150")).ready();
        assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(before);
    }
}
