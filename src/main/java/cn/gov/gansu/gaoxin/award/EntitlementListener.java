package cn.gov.gansu.gaoxin.award;

import cn.gov.gansu.gaoxin.policy.EntitlementOffered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * 免申即享: turns each entitlement the policy engine offers into an award case, once the offering
 * transaction has committed (or at once when it was published outside a transaction). Runs on the
 * publishing thread, so the case exists when the request that recorded the fact returns; the event
 * publication registry keeps the offer if opening the case fails, to be republished. Opening is
 * idempotent by {@code entitlementId}.
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
}
