package cn.gov.gansu.gaoxin.award;

import java.sql.Date;
import java.time.LocalDate;

import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.shared.Conflict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the embedded demo only (issue 9 item 9): an award the demo users approved today is dated as
 * approved {@code days} earlier, so that its 公示 has passed and a newcomer signed in as finance can
 * pay it. Everything else of the case (who confirmed, reviewed, approved) was done for real through
 * {@link AwardManagement}; this moves the two dates only, and says so in the audit log.
 */
@Component
public class AwardDemoSupport {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    AwardDemoSupport(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Dates today's approval of an unpaid award {@code days} earlier (公示 period kept); refused otherwise. */
    @Transactional
    public void approvedEarlier(long id, int days) {
        LocalDate today = LocalDate.now(AwardManagement.CHINA);
        LocalDate approved = today.minusDays(days);
        LocalDate payableFrom = jdbc.sql("SELECT payable_from FROM award WHERE id = :id").param("id", id)
                .query(Date.class).optional().map(Date::toLocalDate).orElse(today);
        LocalDate newPayableFrom = approved.plusDays(java.time.temporal.ChronoUnit.DAYS.between(today, payableFrom));
        int moved = jdbc.sql("UPDATE award SET approved_on = :approved, payable_from = :from, version = version + 1 "
                        + "WHERE id = :id AND status = 'APPROVED' AND approved_on = :today")
                .param("approved", Date.valueOf(approved)).param("from", Date.valueOf(newPayableFrom))
                .param("today", Date.valueOf(today)).param("id", id).update();
        if (moved != 1) {
            throw new Conflict("奖补“" + id + "”不是今天批准的未支付奖补，演示数据不调整其日期");
        }
        audit.recordAs("system", "DEMO_AWARD_DATED", "AWARD", String.valueOf(id),
                "演示数据：批准日期设为" + approved + "（公示期已满，可办理付款）；审批过程由演示账号实际办理");
    }
}
