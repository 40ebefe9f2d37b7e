package cn.gov.gansu.gaoxin.award;

import cn.gov.gansu.gaoxin.policy.EntitlementOffered;
import cn.gov.gansu.gaoxin.policy.EntitlementsOffered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * 免申即享: turns the entitlements the policy engine offers into award cases.
 * <ul>
 * <li>One {@link EntitlementOffered} (a registry event's assessment): once the offering transaction has
 * committed (or at once when it was published outside a transaction), in a transaction of its own. Runs
 * on the publishing thread, so the case exists when the request that recorded the fact returns; the
 * event publication registry keeps the offer if opening the case fails, to be republished.</li>
 * <li>A re-scan's chunk ({@link EntitlementsOffered}): at once, inside the chunk's transaction, with
 * batched statements — the chunk's entitlements and their cases commit together or not at all (a chunk
 * that fails is offered again by the next re-scan).</li>
 * </ul>
 * Opening is idempotent by {@code entitlementId}.
 */
@Component
class EntitlementListener {

    private final AwardManagement management;

    EntitlementListener(AwardManagement management) {
        this.management = management;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(EntitlementOffered offered) {
        management.open(offered);
    }

    @EventListener
    void on(EntitlementsOffered offered) {
        management.openAll(offered.offers());
    }
}
