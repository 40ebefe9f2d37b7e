package cn.gov.gansu.gaoxin.policy;

import java.util.List;

/**
 * 免申即享 in sets: the new entitlements one chunk of a re-scan stored (up to a few thousand), published
 * <em>inside</em> the chunk's transaction, so that a listener (the award module, which opens their cases)
 * writes in the same transaction with batched statements: the entitlements and their cases commit
 * together or not at all. A synchronous event, not kept by the event publication registry (one
 * registry row per offer, its completion found by the serialized text, cost more than opening the
 * case). The live path of a single registry event still publishes {@link EntitlementOffered}.
 *
 * @param offers the offers, each as {@link EntitlementOffered} would carry it (never empty)
 */
public record EntitlementsOffered(List<EntitlementOffered> offers) {

    public EntitlementsOffered {
        offers = List.copyOf(offers);
    }
}
