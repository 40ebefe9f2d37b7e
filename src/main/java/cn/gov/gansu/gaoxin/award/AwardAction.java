package cn.gov.gansu.gaoxin.award;

/**
 * What a user may do to an award case: the steps of contracts §7 and §8. Which of them the current
 * user may take is a rule of the award itself ({@code Award.allowedActions}); pages ask it instead
 * of repeating role checks.
 */
public enum AwardAction {
    /** 确认领取 (and the bank account): the enterprise, or its zone officer on its behalf. */
    CONFIRM("确认领取"),
    /** 放弃领取: the enterprise declines its own award. */
    DECLINE("放弃领取"),
    /** 审核通过 / 批准: the role at the current step of the approval chain. */
    APPROVE("审核通过"),
    /** 驳回: the role at the current step of the approval chain. */
    REJECT("驳回"),
    /**
     * 退回修改: the role at the current step sends the case back to the previous step (from the first
     * step, back to the beneficiary's confirmation), with a required comment.
     */
    RETURN("退回修改"),
    /** 撤回: the department withdraws an approved, unpaid award. */
    WITHDRAW("撤回"),
    /** 拨付: PROVINCE_FINANCE, never someone who took another step on the award. */
    PAY("拨付");

    private final String chineseName;

    AwardAction(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
