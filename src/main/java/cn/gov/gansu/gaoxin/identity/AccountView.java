package cn.gov.gansu.gaoxin.identity;

import java.time.Instant;

/** An account as listed for administrators (never the hash). */
@io.swagger.v3.oas.annotations.media.Schema(name = "UserAccount")
public record AccountView(String username, String displayName,
        @io.swagger.v3.oas.annotations.media.Schema(implementation = Role.class) String role, String zone, String city,
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
