package cn.gov.gansu.gaoxin.funds;

import cn.gov.gansu.gaoxin.award.AwardApproved;
import cn.gov.gansu.gaoxin.award.AwardPaid;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps funds' copy of awards and the ledger from award's events, once award's transaction has
 * committed (on the publishing thread, so a paid award is reportable when the payment request
 * returns). Each handler is idempotent; a lost event is caught up from award's public read.
 */
@Component
class AwardEventsListener {

    private final PaidAwards paid;

    AwardEventsListener(PaidAwards paid) {
        this.paid = paid;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AwardApproved approved) {
        paid.approved(approved);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AwardPaid payment) {
        paid.paid(payment);
    }
}
