package cn.gov.gansu.gaoxin.policy;

import java.time.Duration;

import cn.gov.gansu.gaoxin.shared.ClusterLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 免申即享补发: an offer whose award case failed to open (the award module's listener threw: a
 * database hiccup, a deadlock) is retried by itself, not only at the next restart. Every
 * {@code gaoxin.events.resubmit-every} (default 5 minutes) one instance of the cluster, under the
 * cluster lock, resubmits the Spring Modulith event publication registry's incomplete publications
 * older than {@code gaoxin.events.resubmit-min-age} (default 2 minutes, so that a listener still
 * running after its commit is not raced). Listeners are idempotent (an entitlement is stored once,
 * a case opened once per entitlement), so a resubmission never offers or opens twice.
 */
@Component
public class OfferResubmission {

    private static final Logger log = LoggerFactory.getLogger(OfferResubmission.class);

    static final String LOCK = "event-resubmission";

    private final IncompleteEventPublications publications;
    private final ClusterLock lock;
    private final Duration minAge;

    OfferResubmission(IncompleteEventPublications publications, ClusterLock lock,
            @Value("${gaoxin.events.resubmit-min-age:PT2M}") Duration minAge) {
        this.publications = publications;
        this.lock = lock;
        this.minAge = minAge;
    }

    @Scheduled(fixedDelayString = "${gaoxin.events.resubmit-every:PT5M}",
            initialDelayString = "${gaoxin.events.resubmit-every:PT5M}")
    void run() {
        resubmitOlderThan(minAge);
    }

    /** Resubmits the incomplete publications older than {@code age}, on one instance at a time; answers whether it ran. */
    boolean resubmitOlderThan(Duration age) {
        return lock.runExclusively(LOCK, Duration.ofMinutes(30), () -> {
            try {
                publications.resubmitIncompletePublicationsOlderThan(age);
            } catch (RuntimeException e) {
                log.error("未完成事件补发失败，下次定时任务将再次尝试", e);
            }
        });
    }
}
