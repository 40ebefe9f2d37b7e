package cn.gov.gansu.gaoxin.policy;

import java.time.Duration;

import cn.gov.gansu.gaoxin.shared.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 免申即享夜间复核: every night one instance of the cluster re-assesses the registries and offers
 * whatever an event did not (a listener that failed, data entered by bulk import); it never offers
 * an entitlement twice. The cron is {@code gaoxin.policy.rescan-cron} (default 02:30).
 */
@Component
public class NightlyRescan {

    private static final Logger log = LoggerFactory.getLogger(NightlyRescan.class);

    private final ProactiveDelivery delivery;
    private final ClusterLock lock;

    private final String cron;

    NightlyRescan(ProactiveDelivery delivery, ClusterLock lock,
            @org.springframework.beans.factory.annotation.Value("${gaoxin.policy.rescan-cron:0 30 2 * * *}") String cron) {
        this.delivery = delivery;
        this.lock = lock;
        this.cron = cron;
    }

    @Scheduled(cron = "${gaoxin.policy.rescan-cron:0 30 2 * * *}")
    void run() {
        // once per night across the instances, even when one's trigger comes after another finished (ClusterLock)
        lock.runOncePerFiring("policy-rescan", cron, Duration.ofHours(2), () -> log.info("免申即享夜间复核：{}", delivery.rescanNow()));
    }

    /**
     * Starts a re-scan now on a background thread (still one instance at a time), e.g. after a bulk
     * load that published no events, so that its entitlements appear without waiting for the night.
     */
    public void startInBackground(String reason) {
        startInBackground(reason, () -> {
        });
    }

    /** As {@link #startInBackground(String)}, then runs {@code then} on the same thread once the re-scan ended. */
    public void startInBackground(String reason, Runnable then) {
        Thread thread = new Thread(() -> {
            try {
                lock.runExclusively("policy-rescan", Duration.ofHours(2),
                        () -> log.info("免申即享复核（{}）：{}", reason, delivery.rescanNow()));
                then.run();
            } catch (RuntimeException e) {
                log.error("免申即享复核失败（{}）", reason, e);
            }
        }, "policy-rescan");
        thread.setDaemon(true);
        thread.start();
    }
}
