package cn.gov.gansu.gaoxin.evaluation.scoring;

/** 第20条 评价结果的运用: the rule-based consequences of one zone's result (contracts §4), in this order. */
public enum Consequence {
    /** 奖励: rank ≤ rewardTopN and passed. */
    REWARD("予以奖励"),
    /** 表扬: 新增高新技术企业数 rose over the previous year's. */
    PRAISE("通报表扬"),
    /** 通报约谈: rank fell by at least bigDropPlaces. */
    PUBLIC_NOTICE_AND_SUMMONS("通报并约谈"),
    /** 撤销资格建议: failed now and failed the previous evaluation (two in a row). */
    REVOCATION_PROPOSAL("建议撤销省级高新区资格");

    private final String chineseName;

    Consequence(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
