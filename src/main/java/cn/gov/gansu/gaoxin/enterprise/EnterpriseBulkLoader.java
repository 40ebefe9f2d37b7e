package cn.gov.gansu.gaoxin.enterprise;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Component;

/**
 * Unscoped bulk inserts into the enterprise registry for demo data and benchmark loads: JDBC
 * batches, no caller, no audit rows and no events (the policy engine's re-scan covers history).
 * Nothing here checks scope; only platform code that loads data on purpose may call it.
 */
@Component
public class EnterpriseBulkLoader {

    /** Rows per JDBC batch. */
    public static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final boolean sortKeys;

    @Autowired
    EnterpriseBulkLoader(JdbcTemplate jdbc) {
        this(jdbc, true);
    }

    private EnterpriseBulkLoader(JdbcTemplate jdbc, boolean sortKeys) {
        this.jdbc = jdbc;
        this.sortKeys = sortKeys;
    }

    /** A loader on any DataSource (benchmarks outside Spring); each batch commits when the DataSource auto-commits. */
    public static EnterpriseBulkLoader on(DataSource dataSource) {
        return new EnterpriseBulkLoader(new JdbcTemplate(dataSource), true);
    }

    /**
     * As {@link #on(DataSource)}, but leaving the pinyin sort keys ({@code name_sort}) NULL, as SQL written outside the
     * registry does: the background backfill ({@code EnterpriseSortKeys}) then writes them.
     */
    public static EnterpriseBulkLoader withoutSortKeys(DataSource dataSource) {
        return new EnterpriseBulkLoader(new JdbcTemplate(dataSource), false);
    }

    /** Whether the registry holds no enterprise at all. */
    public boolean isEmpty() {
        return !Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM enterprise)", Boolean.class));
    }

    public long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Long.class);
    }

    /** Inserts enterprises with their (single, open) zone membership from {@code since} (null: before registration). */
    public void insertEnterprises(List<NewRow> rows) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("INSERT INTO enterprise (uscc, name, zone_code, industry_code, industry_name, listing_status, "
                + "introduced_category, introduced_on, demo, created_at, name_sort) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, BATCH,
                (ps, r) -> {
                    ps.setString(11, sortKeys ? cn.gov.gansu.gaoxin.shared.NameSortKey.of(r.name()) : null);
                    ps.setString(1, r.uscc());
                    ps.setString(2, r.name());
                    ps.setString(3, r.zone());
                    string(ps, 4, r.industryCode());
                    string(ps, 5, r.industryName());
                    ps.setString(6, r.listingStatus() == null ? "UNLISTED" : r.listingStatus());
                    string(ps, 7, r.introducedCategory() == null ? null : r.introducedCategory().name());
                    date(ps, 8, r.introducedOn());
                    ps.setBoolean(9, r.demo());
                    ps.setTimestamp(10, now);
                });
        jdbc.batchUpdate("INSERT INTO enterprise_membership (uscc, zone_code, valid_from, reason) VALUES (?, ?, ?, ?)", rows, BATCH,
                (ps, r) -> {
                    ps.setString(1, r.uscc());
                    ps.setString(2, r.zone());
                    date(ps, 3, r.since());
                    ps.setString(4, r.since() == null ? "入库（入驻日期未登记，视为入库前已在区内）" : "入驻");
                });
    }

    /** Inserts dated recognitions; validity follows {@link QualificationType#validUntil}. */
    public void insertQualifications(List<NewQualificationRow> rows) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("INSERT INTO qualification (uscc, type, recognition, certificate, issuing_province, recognised_on, "
                + "valid_until, zone_code, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, BATCH,
                (ps, r) -> {
                    ps.setString(1, r.uscc());
                    ps.setString(2, r.type().name());
                    ps.setString(3, r.recognition().name());
                    string(ps, 4, r.certificate());
                    ps.setString(5, r.issuingProvince() == null ? EnterpriseManagement.GANSU : r.issuingProvince());
                    date(ps, 6, r.recognisedOn());
                    date(ps, 7, r.type().validUntil(r.recognisedOn()));
                    string(ps, 8, r.zone());
                    ps.setTimestamp(9, now);
                    ps.setString(10, "demo");
                });
    }

    /** Inserts annual statistics (money rounded to the fen). */
    public void insertStatistics(List<AnnualStatistics> rows) {
        jdbc.batchUpdate("INSERT INTO enterprise_statistics (uscc, stat_year, revenue, high_tech_revenue, employees, rd_staff, "
                + "rd_expense, exports, taxes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, BATCH, STATISTICS);
    }

    /** Inserts national projects won (clause 5). */
    public void insertNationalProjects(List<NewProjectRow> rows) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("INSERT INTO national_project (uscc, zone_code, programme, project_no, title, funding_landed, won_on, "
                + "recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, BATCH,
                (ps, r) -> {
                    ps.setString(1, r.uscc());
                    string(ps, 2, r.zone());
                    ps.setString(3, r.programme());
                    ps.setString(4, r.project());
                    string(ps, 5, r.title());
                    money(ps, 6, r.fundingLandedYuan());
                    date(ps, 7, r.date());
                    ps.setTimestamp(8, now);
                    ps.setString(9, "demo");
                });
    }

    private static final ParameterizedPreparedStatementSetter<AnnualStatistics> STATISTICS = (ps, s) -> {
        ps.setString(1, s.uscc());
        ps.setInt(2, s.year());
        money(ps, 3, s.revenue());
        money(ps, 4, s.highTechRevenue());
        integer(ps, 5, s.employees());
        integer(ps, 6, s.rdStaff());
        money(ps, 7, s.rdExpense());
        money(ps, 8, s.exports());
        money(ps, 9, s.taxes());
    };

    private static void string(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    private static void date(PreparedStatement ps, int i, LocalDate v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setDate(i, Date.valueOf(v));
        }
    }

    private static void integer(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    private static void money(PreparedStatement ps, int i, BigDecimal v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.NUMERIC);
        } else {
            ps.setBigDecimal(i, v.setScale(2, RoundingMode.HALF_UP));
        }
    }

    /** An enterprise to insert, marked {@code demo} or not; {@code since} is the start of its zone membership. */
    public record NewRow(String uscc, String name, String zone, String industryCode, String industryName,
            String listingStatus, IntroducedCategory introducedCategory, LocalDate introducedOn, LocalDate since,
            boolean demo) {
    }

    /** A recognition to insert; {@code issuingProvince} null means 甘肃; {@code zone} the zone on its date. */
    public record NewQualificationRow(String uscc, QualificationType type, Recognition recognition, String certificate,
            String issuingProvince, LocalDate recognisedOn, String zone) {
    }

    /** A national project to insert; {@code programme} MAJOR_SPECIAL, KEY_RD or another programme's code. */
    public record NewProjectRow(String uscc, String zone, String programme, String project, String title,
            BigDecimal fundingLandedYuan, LocalDate date) {
    }
}
