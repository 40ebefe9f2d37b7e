package cn.gov.gansu.gaoxin.award;

import java.math.BigDecimal;

import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;

/**
 * A step the {@link Award} allowed, as it is to be recorded: {@code award} is the case as it was
 * read (its version guards the write), {@code by} who takes the step. {@link AwardManagement} saves
 * it (one conditional UPDATE on the version), appends the event, reserves or moves money, audits.
 */
sealed interface AwardChange {

    Award award();

    DataScope by();

    /** The kind written to award_event. */
    String eventKind();

    AwardStatus to();

    /** 确认 (by the enterprise, or on its behalf by its zone officer): review starts at the chain's first role. */
    record Confirmed(Award award, DataScope by, String bankAccount, boolean onBehalf) implements AwardChange {
        public String eventKind() {
            return "CONFIRMED";
        }

        public AwardStatus to() {
            return AwardStatus.UNDER_REVIEW;
        }

        Role next() {
            return award.approvals().get(0);
        }
    }

    /** An approval before the last: the case moves to the next role of the chain. */
    record StepApproved(Award award, DataScope by, BigDecimal proposed, String comment) implements AwardChange {
        public String eventKind() {
            return "APPROVE";
        }

        public AwardStatus to() {
            return AwardStatus.UNDER_REVIEW;
        }

        int nextStep() {
            return award.step() + 1;
        }

        Role next() {
            return award.approvals().get(nextStep());
        }
    }

    /** The final approval: {@code amount} is reserved from the payer's budget of the payable year. */
    record Approved(Award award, DataScope by, BigDecimal amount, String comment) implements AwardChange {
        public String eventKind() {
            return "APPROVE";
        }

        public AwardStatus to() {
            return AwardStatus.APPROVED;
        }
    }

    /** 驳回 at any step, or the enterprise declining its award. */
    record Rejected(Award award, DataScope by, String comment) implements AwardChange {
        public String eventKind() {
            return "REJECT";
        }

        public AwardStatus to() {
            return AwardStatus.REJECTED;
        }
    }

    /**
     * 退回修改: back to the previous role of the chain, or from the first step back to the
     * beneficiary's confirmation ({@code toConfirmation}; the bank account is entered again).
     */
    record Returned(Award award, DataScope by, String comment) implements AwardChange {
        public String eventKind() {
            return "RETURNED";
        }

        public AwardStatus to() {
            return toConfirmation() ? AwardStatus.PENDING_CONFIRMATION : AwardStatus.UNDER_REVIEW;
        }

        boolean toConfirmation() {
            return award.step() == 0;
        }

        int previousStep() {
            return toConfirmation() ? 0 : award.step() - 1;
        }

        /** The role the case goes back to: the previous one of the chain, or the enterprise. */
        Role next() {
            return toConfirmation() ? Role.ENTERPRISE : award.approvals().get(previousStep());
        }
    }

    /** 撤回 of an approved, unpaid award: its reservation goes back to the budget. */
    record Withdrawn(Award award, DataScope by, String reason) implements AwardChange {
        public String eventKind() {
            return "WITHDRAWN";
        }

        public AwardStatus to() {
            return AwardStatus.REJECTED;
        }
    }

    /** 支付 of the approved amount. */
    record Paid(Award award, DataScope by, BigDecimal amount) implements AwardChange {
        public String eventKind() {
            return "PAID";
        }

        public AwardStatus to() {
            return AwardStatus.PAID;
        }
    }
}
