package cn.gov.gansu.gaoxin.policy.rules;

/** 奖补项目: the award lines of contracts §3, each with its clause and its Chinese name. */
public enum AwardLine {
    NEW_NATIONAL_ZONE("1", "新获批国家高新区奖励"),
    NEW_PROVINCIAL_ZONE("2", "新认定省级高新区奖励"),
    NATIONAL_PROJECT("5", "国家重大科技项目落地奖励"),
    NEW_HIGH_TECH_ENTERPRISE("10", "新认定高新技术企业奖补"),
    NEW_PROVINCIAL_INNOVATIVE_ENTERPRISE("10", "新认定省级科技创新型企业奖补"),
    INTRODUCED_UNICORN_OR_GAZELLE("10", "引进独角兽、瞪羚企业奖补"),
    EVALUATION_TOP_RANK("20", "省级高新区评价排名靠前奖励");

    private final String clause;
    private final String chineseName;

    AwardLine(String clause, String chineseName) {
        this.clause = clause;
        this.chineseName = chineseName;
    }

    public String clause() {
        return clause;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The line for a name, or null when there is none. */
    public static AwardLine parse(String name) {
        for (AwardLine l : values()) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        return null;
    }
}
