package cn.gov.gansu.gaoxin.award;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.gov.gansu.gaoxin.shared.Conflict;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.NotFound;

/** The refusals of the award workflow, each named for the fact. */
final class AwardProblems {

    private AwardProblems() {
    }

    static String yuan(BigDecimal v) {
        return v == null ? "未定" : v.setScale(2).toPlainString() + "元";
    }

    /** 未找到奖补. */
    static final class AwardNotFound extends NotFound {
        AwardNotFound(long id) {
            super("奖补“" + id + "”不存在或不在您的数据范围内");
        }
    }

    /** The payer has no budget for the payable year. */
    static final class NoBudget extends Conflict {
        NoBudget(String payer, int year) {
            super("付款单位“" + payer + "”尚未设置" + year + "年度预算，无法批准并预留资金；请省科技厅管理员先设置该年度预算");
        }
    }

    /** 预算不足: the reservation would take the payer's year beyond its budget. */
    static final class BudgetExceeded extends Conflict {
        BudgetExceeded(String payer, int year, BigDecimal needed, BigDecimal available) {
            super("付款单位“" + payer + "”" + year + "年度预算可用余额" + yuan(available) + "，不足以预留本奖补" + yuan(needed)
                    + "，批准未执行，奖补状态不变");
        }
    }

    /** Lowering a budget below what is already reserved. */
    static final class BudgetBelowReserved extends Conflict {
        BudgetBelowReserved(String payer, int year, BigDecimal reserved) {
            super("付款单位“" + payer + "”" + year + "年度已预留" + yuan(reserved) + "，预算不得低于已预留金额");
        }
    }

    /** Somebody else changed the case first (a concurrent decision). */
    static final class AwardChanged extends Conflict {
        AwardChanged(long id) {
            super("奖补“" + id + "”已被他人处理，本次操作未执行；请刷新后查看最新状态");
        }
    }

    /** The case is not in the state the operation needs. */
    static final class WrongState extends Conflict {
        WrongState(long id, AwardStatus status, String what) {
            super("奖补“" + id + "”当前状态为" + status.chineseName() + "，不能" + what);
        }
    }

    /** A second payment of a paid award. */
    static final class AlreadyPaid extends Conflict {
        AlreadyPaid(long id, long paymentId) {
            super("奖补“" + id + "”已支付（付款记录" + paymentId + "），不得重复支付");
        }
    }

    /** The amount paid must be the approved amount. */
    static final class WrongAmount extends Conflict {
        WrongAmount(long id, BigDecimal approved, BigDecimal asked) {
            super("支付金额" + yuan(asked) + "与奖补“" + id + "”批准金额" + yuan(approved) + "不一致，未支付");
        }
    }

    /** 公示期未满. */
    static final class InPublicNotice extends Conflict {
        InPublicNotice(long id, LocalDate payableFrom) {
            super("奖补“" + id + "”正在公示，公示期满后方可支付：自" + payableFrom + "起可支付");
        }
    }

    /** The idempotency key was used for another award or amount. */
    static final class KeyReused extends Conflict {
        KeyReused(String key) {
            super("幂等键“" + (key.length() > 40 ? key.substring(0, 40) + "…" : key) + "”已用于另一笔不同的支付，未做任何修改");
        }
    }

    /** 职责分离: the user already took another step on this award (contracts §8). */
    static final class SameHands extends Forbidden {
        SameHands(String detail) {
            super(detail);
        }
    }

    /** Internal signal: a concurrent payment won; the caller re-reads outside the rolled-back transaction. */
    static final class PaymentRaced extends RuntimeException {
        PaymentRaced() {
            super(null, null, false, false);
        }
    }
}
