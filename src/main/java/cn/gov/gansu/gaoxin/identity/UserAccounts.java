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
                        + "enabled, must_change_password, locked_until FROM app_user WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    DataScope scope = new DataScope(rs.getString("username"), Role.valueOf(rs.getString("role")),
                            rs.getString("zone_code"), rs.getString("city_code"), rs.getString("enterprise_uscc"));
                    return new PlatformUser(scope, rs.getString("password_hash"), rs.getBoolean("enabled"),
                            locked == null ? null : locked.toInstant(), rs.getBoolean("must_change_password"),
                            rs.getString("display_name"));
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

    void insert(DataScope scope, String displayName, String passwordHash, boolean mustChange, String createdBy) {
        jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, role, zone_code, city_code, enterprise_uscc, "
                        + "enabled, must_change_password, failed_attempts, created_at, created_by) "
                        + "VALUES (:u, :d, :p, :r, :z, :c, :e, TRUE, :m, 0, :now, :by)")
                .param("u", scope.username()).param("d", displayName).param("p", passwordHash)
                .param("r", scope.role().name()).param("z", scope.zone()).param("c", scope.city())
                .param("e", scope.enterprise()).param("m", mustChange).param("now", Timestamp.from(Instant.now()))
                .param("by", createdBy).update();
    }

    void changePassword(String username, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :p, must_change_password = FALSE, password_changed_at = :now "
                        + "WHERE username = :u")
                .param("p", passwordHash).param("now", Timestamp.from(Instant.now())).param("u", username).update();
    }

    /** Counts a wrong password; answers true when this one locks the account. */
    boolean recordFailure(String username, Instant lockUntil) {
        int locked = jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = :until "
                        + "WHERE username = :u AND failed_attempts >= :max")
                .param("until", Timestamp.from(lockUntil)).param("u", username).param("max", MAX_FAILED_ATTEMPTS - 1)
                .update();
        if (locked > 0) {
            return true;
        }
        jdbc.sql("UPDATE app_user SET failed_attempts = failed_attempts + 1 WHERE username = :u")
                .param("u", username).update();
        return false;
    }

    void recordSuccess(String username) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0 WHERE username = :u AND failed_attempts > 0")
                .param("u", username).update();
    }

    List<AccountView> list(int page, int size) {
        return jdbc.sql("SELECT username, display_name, role, zone_code, city_code, enterprise_uscc, enabled, locked_until "
                        + "FROM app_user ORDER BY username LIMIT :limit OFFSET :offset")
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new AccountView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7),
                        rs.getTimestamp(8) != null && rs.getTimestamp(8).toInstant().isAfter(Instant.now())))
                .list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    /** An account as listed for administrators (never the hash). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "UserAccount")
    record AccountView(String username, String displayName,
            @io.swagger.v3.oas.annotations.media.Schema(implementation = Role.class) String role, String zone, String city,
            String enterprise, boolean enabled, boolean locked) {
    }
}
