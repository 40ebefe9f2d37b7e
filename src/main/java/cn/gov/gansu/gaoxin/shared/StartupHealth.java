package cn.gov.gansu.gaoxin.shared;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code /actuator/health} OUT_OF_SERVICE until start-up work (admin bootstrap, demo data)
 * is done, so that {"status":"UP"} means the platform is ready to serve (contracts §1).
 */
@Component("startup")
class StartupHealth implements HealthIndicator {

    private volatile boolean ready;

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        ready = true;
    }

    @Override
    public Health health() {
        return ready ? Health.up().build() : Health.outOfService().withDetail("reason", "正在启动").build();
    }
}
