package cn.gov.gansu.gaoxin.funds;

/** 第二十一条: the four uses of award money (contracts §10). */
public enum FundUseCategory {
    /** 推动区内高新技术产业发展 */
    INDUSTRY_DEVELOPMENT("推动区内高新技术产业发展"),
    /** 改善科研基础条件 */
    RESEARCH_CONDITIONS("改善科研基础条件"),
    /** 优化创新创业生态 */
    INNOVATION_ECOSYSTEM("优化创新创业生态"),
    /** 加大科研投入 */
    RESEARCH_INVESTMENT("加大科研投入");

    private final String chineseName;

    FundUseCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
