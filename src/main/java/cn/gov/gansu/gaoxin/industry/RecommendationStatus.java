package cn.gov.gansu.gaoxin.industry;

/** Where a zone's direct recommendation (第12条) stands. */
public enum RecommendationStatus {
    SUBMITTED("待省科技厅决定"),
    ACCEPTED("已采纳"),
    REJECTED("不予采纳"),
    WITHDRAWN("已撤回");

    private final String chineseName;

    RecommendationStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
