package cn.gov.gansu.gaoxin.award;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.gansu.gaoxin.identity.Role;

/**
 * One award case (奖补案件) as stored: what the entitlement offered (clause, explanation, amount and
 * its type, payer, payable year, approval chain) and where the case stands.
 *
 * @param amount the decided amount: the offered one for FIXED and CAPPED, the case decision's for
 *               MINIMUM and TO_BE_DECIDED (null until then)
 * @param step   index into {@code approvals} of the role whose decision is awaited while UNDER_REVIEW
 */
record Award(long id, String entitlementId, String beneficiary, BeneficiaryKind beneficiaryKind, String beneficiaryZone,
        String line, String clause, AmountType amountType, BigDecimal offeredAmount, BigDecimal amount, String payer,
        int payableYear, List<Role> approvals, int step, AwardStatus status, int version, String explanation,
        LocalDate eventDate, String bankAccount, LocalDate approvedOn, LocalDate payableFrom, Instant createdAt) {

    /** The role whose decision (or confirmation) is awaited; null when none. */
    Role pendingRole() {
        return switch (status) {
            case PENDING_CONFIRMATION -> Role.ENTERPRISE;
            case UNDER_REVIEW -> approvals.get(step);
            default -> null;
        };
    }

    boolean atFinalStep() {
        return status == AwardStatus.UNDER_REVIEW && step == approvals.size() - 1;
    }

    /** The amount shown: decided, else the offered one (the floor for MINIMUM), null when not yet set. */
    BigDecimal shownAmount() {
        return amount != null ? amount : offeredAmount;
    }

    /** Who receives the award. */
    enum BeneficiaryKind {
        /** a unit with a USCC: confirms the award and its bank account first */
        ENTERPRISE,
        /** a zone (clauses 1, 2, 20): no confirmation step */
        ZONE
    }

    /** As in contracts §3. */
    enum AmountType {
        FIXED, CAPPED, MINIMUM, TO_BE_DECIDED;

        boolean decidedCaseByCase() {
            return this == MINIMUM || this == TO_BE_DECIDED;
        }
    }
}
