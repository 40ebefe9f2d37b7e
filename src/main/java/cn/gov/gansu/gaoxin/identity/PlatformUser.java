package cn.gov.gansu.gaoxin.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal: the account's role, scope and lock state. */
final class PlatformUser implements UserDetails, CredentialsContainer {

    private final DataScope scope;
    private String passwordHash;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final boolean mustChangePassword;
    private final String displayName;
    private final boolean mustChangeInteractive;
    private final Instant lastSignInAt;

    PlatformUser(DataScope scope, String passwordHash, boolean enabled, Instant lockedUntil,
            boolean mustChangePassword, String displayName) {
        this(scope, passwordHash, enabled, lockedUntil, mustChangePassword, displayName, false, null);
    }

    PlatformUser(DataScope scope, String passwordHash, boolean enabled, Instant lockedUntil,
            boolean mustChangePassword, String displayName, boolean mustChangeInteractive, Instant lastSignInAt) {
        this.mustChangeInteractive = mustChangeInteractive;
        this.lastSignInAt = lastSignInAt;
        this.scope = scope;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.mustChangePassword = mustChangePassword;
        this.displayName = displayName;
    }

    DataScope scope() {
        return scope;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** An administrator set this password: a browser sign-in must replace it (HTTP Basic integration use may go on). */
    boolean mustChangeInteractive() {
        return mustChangeInteractive;
    }

    Instant lastSignInAt() {
        return lastSignInAt;
    }

    String displayName() {
        return displayName == null || displayName.isBlank() ? scope.username() : displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + scope.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return scope.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || !lockedUntil.isAfter(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
