package cn.gov.gansu.gaoxin.funds;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import cn.gov.gansu.gaoxin.award.AwardApproved;
import cn.gov.gansu.gaoxin.award.AwardPaid;
import cn.gov.gansu.gaoxin.award.AwardReads;
import cn.gov.gansu.gaoxin.award.AwardStatus;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.shared.Uscc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * funds' own copy of the awards approved and paid, kept from award's events ({@link AwardApproved},
 * {@link AwardPaid}) and booked in the {@link FundLedger} in the same transaction: approval reserves,
 * payment pays. award publishes no withdrawal event, so {@link #releaseWithdrawn} asks award's public
 * read which approved awards were withdrawn and books their release. Every step is idempotent.
 */
@Component
class PaidAwards {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(PaidAwards.class);
    private static final String COLUMNS = "fa.award_id, fa.beneficiary, fa.beneficiary_kind, fa.zone, fa.line, fa.payer, "
            + "fa.payable_year, fa.approved_amount, fa.status, fa.paid_amount, fa.paid_on, fa.reported, fa.recovery_claimed, fa.reminded_on";

    private final JdbcClient jdbc;
    private final AwardReads awards;
    private final FundLedger ledger;
    private final Transactions tx;
    private final AuditTrail audit;

    PaidAwards(JdbcClient jdbc, AwardReads awards, FundLedger ledger, Transactions tx, AuditTrail audit) {
        this.jdbc = jdbc;
        this.awards = awards;
        this.ledger = ledger;
        this.tx = tx;
        this.audit = audit;
    }

    Optional<PaidAward> find(long awardId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM funds_award fa WHERE fa.award_id = :id").param("id", awardId)
                .query(PaidAwards::map).optional();
    }

    /** The award as funds knows it; when funds missed it (an event lost, paid before funds existed), caught up from award. */
    Optional<PaidAward> findOrCatchUp(long awardId) {
        Optional<PaidAward> found = find(awardId);
        if (found.isPresent() && found.get().paid()) {
            return found;
        }
        Optional<AwardReads.Detail> detail = awards.findForSystem(awardId);
        if (detail.isEmpty()) {
            return found;
        }
        AwardReads.Summary s = detail.get().award();
        if (s.status() == AwardStatus.APPROVED || s.status() == AwardStatus.PAID) {
            if (found.isEmpty()) {
                approved(new AwardApproved(awardId, detail.get().entitlementId(), s.beneficiary(), s.line(), s.amount(), s.payer(),
                        s.payableYear(), s.approvedOn(), s.payableFrom()));
            }
            if (s.status() == AwardStatus.PAID && !detail.get().payments().isEmpty()) {
                AwardReads.PaymentItem p = detail.get().payments().get(0);
                paid(new AwardPaid(awardId, p.id(), s.beneficiary(), s.line(), p.amount(), s.payer(), s.payableYear(),
                        LocalDate.ofInstant(p.paidAt(), CHINA)));
            }
            return find(awardId);
        }
        return found.isPresent() ? found : Optional.of(new PaidAward(awardId, s.beneficiary(), detail.get().beneficiaryKind(),
                s.beneficiaryZone(), s.line(), s.payer(), s.payableYear(), s.amount() == null ? BigDecimal.ZERO : s.amount(),
                s.status().name(), null, null, BigDecimal.ZERO, BigDecimal.ZERO, null));
    }

    /** 预留: records an approved award and books its reservation (after the budget is brought up to date). */
    void approved(AwardApproved e) {
        once(e.awardId(), () -> tx.run(() -> {
            if (find(e.awardId()).isEmpty()) {
                insert(e.awardId(), e.beneficiary(), e.line(), e.payer(), e.payableYear(), e.amountYuan());
            }
            syncBudget(e.payer(), e.payableYear());
            PaidAward a = find(e.awardId()).orElseThrow();
            if (ledger.post(new FundLedger.Posting("RESERVE:" + e.awardId(), "RESERVATION", e.payer(), e.payableYear(), a.zone(),
                    e.awardId(), null, FundLedger.RESERVED, FundLedger.AVAILABLE, e.amountYuan(), "system",
                    "奖补" + e.awardId() + "批准，预留" + Money.yuan(e.amountYuan())))) {
                audit.recordAs("system", "FUNDS_RESERVATION_BOOKED", "FUNDS_AWARD", String.valueOf(e.awardId()),
                        "资金台账记入预留" + Money.yuan(e.amountYuan()) + "（付款单位 " + e.payer() + " " + e.payableYear() + "年度）");
            }
        }));
    }

    /** 拨付: marks the award paid and books the payment (and the reservation first, had approval been missed). */
    void paid(AwardPaid e) {
        if (find(e.awardId()).isEmpty()) {
            approved(new AwardApproved(e.awardId(), null, e.beneficiary(), e.line(), e.amountYuan(), e.payer(), e.payableYear(),
                    e.paidOn(), e.paidOn()));
        }
        once(e.awardId(), () -> tx.run(() -> {
            PaidAward a = find(e.awardId()).orElseThrow();
            jdbc.sql("UPDATE funds_award SET status = 'PAID', paid_amount = :amt, paid_on = :on, payment_id = :pid "
                            + "WHERE award_id = :id AND status = 'APPROVED'")
                    .param("amt", e.amountYuan()).param("on", Date.valueOf(e.paidOn())).param("pid", e.paymentId())
                    .param("id", e.awardId()).update();
            if (ledger.post(new FundLedger.Posting("PAY:" + e.awardId(), "PAYMENT", e.payer(), e.payableYear(), a.zone(),
                    e.awardId(), null, FundLedger.PAID, FundLedger.RESERVED, e.amountYuan(), "system",
                    "奖补" + e.awardId() + "拨付" + Money.yuan(e.amountYuan())))) {
                audit.recordAs("system", "FUNDS_AWARD_PAID", "FUNDS_AWARD", String.valueOf(e.awardId()),
                        "资金台账记入拨付" + Money.yuan(e.amountYuan()) + "（付款单位 " + e.payer() + " " + e.payableYear() + "年度）");
            }
        }));
    }

    /**
     * Runs a booking again when it lost an insert race (another thread booked the same budget row or
     * posting first, and PostgreSQL aborted this transaction): the next run sees what the winner wrote
     * and books only what is still missing.
     */
    private void once(long awardId, Runnable booking) {
        for (int attempt = 1;; attempt++) {
            try {
                booking.run();
                return;
            } catch (DuplicateKeyException raced) {
                if (attempt >= 3) {
                    throw raced;
                }
                log.debug("award {}: a concurrent booking won a unique key; booking again", awardId);
            }
        }
    }

    /** 释放: books the release of a payer's year's approved awards that award withdrew before payment. Answers how many. */
    int releaseWithdrawn(String payer, int year) {
        return release(jdbc.sql("SELECT " + COLUMNS + " FROM funds_award fa WHERE fa.status = 'APPROVED' AND fa.payer = :p "
                + "AND fa.payable_year = :y").param("p", payer).param("y", year).query(PaidAwards::map).list());
    }

    /** As {@link #releaseWithdrawn(String, int)} for every payer and year (the periodic reconciliation). */
    int releaseWithdrawn() {
        return release(jdbc.sql("SELECT " + COLUMNS + " FROM funds_award fa WHERE fa.status = 'APPROVED'").query(PaidAwards::map).list());
    }

    private int release(List<PaidAward> approved) {
        int released = 0;
        for (PaidAward a : approved) {
            boolean withdrawn = awards.findForSystem(a.awardId()).map(d -> d.award().status() == AwardStatus.REJECTED).orElse(false);
            if (!withdrawn) {
                continue;
            }
            released += tx.run(() -> {
                int moved = jdbc.sql("UPDATE funds_award SET status = 'RELEASED' WHERE award_id = :id AND status = 'APPROVED'")
                        .param("id", a.awardId()).update();
                if (moved == 1) {
                    ledger.post(new FundLedger.Posting("RELEASE:" + a.awardId(), "RELEASE", a.payer(), a.payableYear(), a.zone(),
                            a.awardId(), null, FundLedger.AVAILABLE, FundLedger.RESERVED, a.approvedAmount(), "system",
                            "奖补" + a.awardId() + "撤回，释放" + Money.yuan(a.approvedAmount())));
                    audit.recordAs("system", "FUNDS_RESERVATION_RELEASED", "FUNDS_AWARD", String.valueOf(a.awardId()),
                            "资金台账记入释放预留" + Money.yuan(a.approvedAmount()));
                }
                return moved;
            });
        }
        return released;
    }

    /** Brings the booked budget of a payer's year up to award's, in the caller's transaction (retrying a lost race). */
    void syncBudget(String payer, int year) {
        for (int i = 0; i < 10 && !ledger.syncBudget(payer, year, "system"); i++) {
            log.debug("budget {}/{} booked concurrently; reading again", payer, year);
        }
    }

    private void insert(long id, String beneficiary, String line, String payer, int year, BigDecimal amount) {
        Optional<AwardReads.Detail> detail = awards.findForSystem(id);
        String kind = detail.map(AwardReads.Detail::beneficiaryKind)
                .orElse(Uscc.isValid(beneficiary) ? "ENTERPRISE" : "ZONE");
        String zone = detail.map(d -> d.award().beneficiaryZone()).orElse("ZONE".equals(kind) ? beneficiary : null);
        jdbc.sql("INSERT INTO funds_award (award_id, beneficiary, beneficiary_kind, zone, line, payer, payable_year, approved_amount, "
                        + "status, reported, recovery_claimed, recorded_at) VALUES (:id, :b, :kind, :zone, :line, :payer, :year, :amount, "
                        + "'APPROVED', 0, 0, :now)")
                .param("id", id).param("b", beneficiary).param("kind", kind).param("zone", zone).param("line", line)
                .param("payer", payer).param("year", year).param("amount", amount).param("now", Timestamp.from(Instant.now()))
                .update();
    }

    static String columns() {
        return COLUMNS;
    }

    static PaidAward map(ResultSet rs, int n) throws SQLException {
        Date paidOn = rs.getDate(11);
        Date reminded = rs.getDate(14);
        return new PaidAward(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getInt(7), rs.getBigDecimal(8), rs.getString(9), rs.getBigDecimal(10), paidOn == null ? null : paidOn.toLocalDate(),
                rs.getBigDecimal(12), rs.getBigDecimal(13), reminded == null ? null : reminded.toLocalDate());
    }

    List<PaidAward> query(String where, java.util.Map<String, Object> params) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM funds_award fa WHERE 1=1" + where + " ORDER BY fa.award_id").params(params)
                .query(PaidAwards::map).list();
    }
}
