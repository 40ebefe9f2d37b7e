package cn.gov.gansu.gaoxin.talent;

/** The kinds of talent record, with the clause that asks for each. */
public enum TalentKind {
    /** 青年人才培养计划 (clause 7). */
    YOUTH_PROGRAMME("青年人才项目", "7"),
    /** 双聘 (clause 8). */
    DUAL_APPOINTMENT("双聘", "8"),
    /** 旋转门 (clause 8): a researcher moving between an institute and an enterprise. */
    REVOLVING_DOOR("旋转门", "8"),
    /** 外籍高端人才 (clause 9). */
    FOREIGN_EXPERT("外籍高端人才", "9"),
    /**
     * 载体团队成员 (clause 7 "带动培养创新人才团队"): a member of the team of an academician workstation, a
     * postdoc station or a school–enterprise joint training platform (clause 8), named as its carrier.
     */
    TEAM_MEMBER("工作站（平台）团队成员", "7");

    private final String chineseName;
    private final String clause;

    TalentKind(String chineseName, String clause) {
        this.chineseName = chineseName;
        this.clause = clause;
    }

    public String chineseName() {
        return chineseName;
    }

    public String clause() {
        return clause;
    }
}
