package cn.gov.gansu.gaoxin.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** 用户账户表 — the accounts, read for sign-in and written by account management. */
@Repository
class UserAccounts implements UserDetailsService {

    static final int MAX_FAILED_ATTEMPTS = 5;

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
    }

    Optional<PlatformUser> find(String username) {
        return jdbc.sql("SELECT username, display_name, password_hash, role, zone_code, city_code, enterprise_uscc, "
                        + "enabled, must_change_password, locked_until, must_change_interactive, last_sign_in_at FROM app_user WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    DataScope scope = new DataScope(rs.getString("username"), Role.valueOf(rs.getString("role")),
                            rs.getString("zone_code"), rs.getString("city_code"), rs.getString("enterprise_uscc"));
                    return new PlatformUser(scope, rs.getString("password_hash"), rs.getBoolean("enabled"),
                            locked == null ? null : locked.toInstant(), rs.getBoolean("must_change_password"),
                            rs.getString("display_name"), rs.getBoolean("must_change_interactive"),
                            rs.getTimestamp("last_sign_in_at") == null ? null : rs.getTimestamp("last_sign_in_at").toInstant());
                })
                .optional();
    }

    java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        if (usernames.isEmpty()) {
            return names;
        }
        jdbc.sql("SELECT username, display_name FROM app_user WHERE username IN (:u) AND display_name IS NOT NULL")
                .param("u", java.util.List.copyOf(new java.util.HashSet<>(usernames)))
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :u").param("u", username)
                .query(Integer.class).single() > 0;
    }

    /** Whether a name is taken, ignoring case ("Admin" and "admin" are one person to a reader of the audit log). */
    boolean existsIgnoringCase(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE LOWER(username) = LOWER(:u)").param("u", username)
                .query(Integer.class).single() > 0;
    }

    void insert(DataScope scope, String displayName, String passwordHash, boolean mustChange, String createdBy) {
        insert(scope, displayName, passwordHash, mustChange, false, createdBy);
    }

    void insert(DataScope scope, String displayName, String passwordHash, boolean mustChange, boolean mustChangeInteractive,
            String createdBy) {
        jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, role, zone_code, city_code, enterprise_uscc, "
                        + "enabled, must_change_password, must_change_interactive, failed_attempts, created_at, created_by) "
                        + "VALUES (:u, :d, :p, :r, :z, :c, :e, TRUE, :m, :mi, 0, :now, :by)")
                .param("mi", mustChangeInteractive)
                .param("u", scope.username()).param("d", displayName).param("p", passwordHash)
                .param("r", scope.role().name()).param("z", scope.zone()).param("c", scope.city())
                .param("e", scope.enterprise()).param("m", mustChange).param("now", Timestamp.from(Instant.now()))
                .param("by", createdBy).update();
    }

    void changePassword(String username, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :p, must_change_password = FALSE, must_change_interactive = FALSE, "
                        + "password_changed_at = :now WHERE username = :u")
                .param("p", passwordHash).param("now", Timestamp.from(Instant.now())).param("u", username).update();
    }

    /**
     * Reserves one password check before it is made (issue 8 item 2): counts it as a failure at once, in one
     * conditional UPDATE, and answers false when the account is locked or {@link #MAX_FAILED_ATTEMPTS} checks are
     * already counted — so a burst of parallel guesses gets at most five bcrypt checks. A right password gives
     * the reservation back through {@link #recordSuccess}.
     */
    boolean reserveAttempt(String username, Instant now) {
        return jdbc.sql("UPDATE app_user SET failed_attempts = failed_attempts + 1 WHERE username = :u "
                        + "AND failed_attempts < :max AND (locked_until IS NULL OR locked_until <= :now)")
                .param("u", username).param("max", MAX_FAILED_ATTEMPTS).param("now", Timestamp.from(now)).update() == 1;
    }

    /** After a wrong password: locks the account when the count reached the maximum; answers true for the lock. */
    boolean lockIfExhausted(String username, Instant lockUntil) {
        return jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = :until "
                        + "WHERE username = :u AND failed_attempts >= :max")
                .param("until", Timestamp.from(lockUntil)).param("u", username).param("max", MAX_FAILED_ATTEMPTS)
                .update() > 0;
    }

    void recordSuccess(String username) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0 WHERE username = :u AND failed_attempts > 0")
                .param("u", username).update();
    }

    /** Notes a sign-in for the inactivity rule (at most once an hour per account, so API traffic writes little). */
    void touchSignIn(String username, Instant now) {
        jdbc.sql("UPDATE app_user SET last_sign_in_at = :now WHERE username = :u "
                        + "AND (last_sign_in_at IS NULL OR last_sign_in_at < :hourAgo)")
                .param("now", Timestamp.from(now)).param("u", username)
                .param("hourAgo", Timestamp.from(now.minusSeconds(3600))).update();
    }

    void setEnabled(String username, boolean enabled, String reason) {
        jdbc.sql("UPDATE app_user SET enabled = :e, disabled_reason = :r, failed_attempts = 0, "
                        + "last_sign_in_at = CASE WHEN :e THEN :now ELSE last_sign_in_at END WHERE username = :u")
                .param("e", enabled).param("r", enabled ? null : reason).param("now", Timestamp.from(Instant.now()))
                .param("u", username).update();
    }

    void unlock(String username) {
        jdbc.sql("UPDATE app_user SET locked_until = NULL, failed_attempts = 0 WHERE username = :u").param("u", username).update();
    }

    /** An administrator's reset: the new password must be changed at the next sign-in, browser or API. */
    void resetPassword(String username, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :p, must_change_password = TRUE, locked_until = NULL, "
                        + "failed_attempts = 0, password_changed_at = :now WHERE username = :u")
                .param("p", passwordHash).param("now", Timestamp.from(Instant.now())).param("u", username).update();
    }

    void changeScope(DataScope scope) {
        jdbc.sql("UPDATE app_user SET role = :r, zone_code = :z, city_code = :c, enterprise_uscc = :e WHERE username = :u")
                .param("r", scope.role().name()).param("z", scope.zone()).param("c", scope.city())
                .param("e", scope.enterprise()).param("u", scope.username()).update();
    }

    /** Enabled accounts holding a role (for the separation of the three administrators' duties). */
    long countEnabled(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = :r AND enabled = TRUE").param("r", role.name())
                .query(Long.class).single();
    }

    /** Enabled accounts (other than the bootstrap admin) not used since {@code cutoff}. */
    List<String> unusedSince(Instant cutoff, String except) {
        return jdbc.sql("SELECT username FROM app_user WHERE enabled = TRUE AND username <> :x "
                        + "AND COALESCE(last_sign_in_at, created_at) < :cutoff ORDER BY username")
                .param("x", except).param("cutoff", Timestamp.from(cutoff)).query(String.class).list();
    }

    List<AccountView> list(int page, int size) {
        return list(null, page, size);
    }

    /** A page of accounts, optionally those whose name contains {@code q} (case ignored). */
    List<AccountView> list(String q, int page, int size) {
        String where = q == null ? "" : " WHERE LOWER(username) LIKE :q OR LOWER(COALESCE(display_name, '')) LIKE :q";
        var spec = jdbc.sql("SELECT username, display_name, role, zone_code, city_code, enterprise_uscc, enabled, locked_until, "
                        + "last_sign_in_at, must_change_password, must_change_interactive FROM app_user" + where
                        + " ORDER BY username LIMIT :limit OFFSET :offset")
                .param("limit", size).param("offset", (long) page * size);
        if (q != null) {
            spec = spec.param("q", "%" + q.toLowerCase() + "%");
        }
        return spec.query((rs, n) -> new AccountView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7),
                        rs.getTimestamp(8) != null && rs.getTimestamp(8).toInstant().isAfter(Instant.now()),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant(),
                        rs.getBoolean(10) || rs.getBoolean(11)))
                .list();
    }

    long count() {
        return count(null);
    }

    long count(String q) {
        String where = q == null ? "" : " WHERE LOWER(username) LIKE :q OR LOWER(COALESCE(display_name, '')) LIKE :q";
        var spec = jdbc.sql("SELECT COUNT(*) FROM app_user" + where);
        if (q != null) {
            spec = spec.param("q", "%" + q.toLowerCase() + "%");
        }
        return spec.query(Long.class).single();
    }
}
