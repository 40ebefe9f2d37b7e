package cn.gov.gansu.gaoxin.identity;

import java.time.Instant;

/** An account as listed for administrators (never the hash). */
public record AccountView(String username, String displayName, String role, String zone, String city,
        String enterprise, boolean enabled, boolean locked, Instant lastSignInAt, boolean mustChangePassword) {

    /** The role's Chinese name. */
    public String roleName() {
        try {
            return Role.valueOf(role).chineseName();
        } catch (IllegalArgumentException unknown) {
            return role;
        }
    }
}
