package cn.gov.gansu.gaoxin.platform;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Bulk insert of platforms without a caller, audit or events — for demo data only (rows marked
 * {@code demo}); the checks of {@link PlatformManagement} still apply to every row.
 */
@Component
public class PlatformBulkLoader {

    private final NamedParameterJdbcTemplate jdbc;

    PlatformBulkLoader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A loader on any DataSource (the demo seed built outside the application context). */
    public static PlatformBulkLoader on(javax.sql.DataSource dataSource) {
        return new PlatformBulkLoader(new NamedParameterJdbcTemplate(dataSource));
    }

    /** Inserts the platforms as demo rows in one batch; answers how many. */
    public int insertDemo(List<PlatformManagement.NewPlatform> platforms) {
        SqlParameterSource[] batch = platforms.stream()
                .map(p -> new MapSqlParameterSource(params(PlatformManagement.check(p))))
                .toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate(PlatformManagement.INSERT, batch);
        return batch.length;
    }

    private static Map<String, Object> params(PlatformManagement.Checked c) {
        return PlatformManagement.params(c, true, "demo");
    }

    /** Number of platforms (demo or not). */
    public long count() {
        return jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM innovation_platform", Long.class);
    }
}
