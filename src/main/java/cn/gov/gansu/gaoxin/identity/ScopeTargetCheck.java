package cn.gov.gansu.gaoxin.identity;

/**
 * Implemented by the registries so that a user's scope names a zone, city or enterprise that
 * exists, without identity depending on them.
 */
public interface ScopeTargetCheck {

    /** @return null when this check does not know {@code kind}, else whether {@code code} exists. */
    Boolean exists(Role.ScopeKind kind, String code);
}
