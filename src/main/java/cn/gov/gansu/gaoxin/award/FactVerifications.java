package cn.gov.gansu.gaoxin.award;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import cn.gov.gansu.gaoxin.enterprise.QualificationVerified;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 已核验: the facts an imported official recognition list confirmed (contracts §9). Kept apart from the
 * award cases: an award is {@code verified} when its beneficiary's recognition on its event date was
 * confirmed, whether the list came before or after the case was opened. Written in the importing
 * transaction, so an import that is rolled back leaves nothing verified.
 */
@Component
class FactVerifications {

    private final JdbcClient jdbc;

    FactVerifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(QualificationVerified v) {
        jdbc.sql("INSERT INTO award_verified_fact (beneficiary, event_date, qualification, certificate, verified_at) "
                        + "SELECT :b, :d, :q, :c, :at WHERE NOT EXISTS (SELECT 1 FROM award_verified_fact "
                        + "WHERE beneficiary = :b AND event_date = :d AND qualification = :q)")
                .param("b", v.uscc()).param("d", Date.valueOf(v.date())).param("q", v.qualification().name())
                .param("c", v.certificate()).param("at", Timestamp.from(Instant.now())).update();
    }

    boolean isVerified(String beneficiary, LocalDate eventDate) {
        if (beneficiary == null || eventDate == null) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM award_verified_fact WHERE beneficiary = :b AND event_date = :d")
                .param("b", beneficiary).param("d", Date.valueOf(eventDate)).query(Long.class).single() > 0;
    }
}
