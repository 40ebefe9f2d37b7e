package cn.gov.gansu.gaoxin.platform;

/** The kinds of innovation carrier the policy names, with the clause that names each. */
public enum PlatformKind {
    /** 科技企业孵化器 (clauses 4, 11). */
    INCUBATOR("科技企业孵化器"),
    /** 众创空间; level NATIONAL means 国家备案 (clauses 4, 11). */
    MAKER_SPACE("众创空间"),
    /** 大学科技园 and its branches (clause 11). */
    UNIVERSITY_SCIENCE_PARK("大学科技园"),
    /** 新型研发机构 (clause 4). */
    NEW_RD_INSTITUTE("新型研发机构"),
    /** 省级以上科技创新基地(平台): key laboratories, engineering centres… (clause 4); provincial or national only. */
    INNOVATION_PLATFORM("省级以上科技创新基地（平台）"),
    /** 院士工作站 (clause 7). */
    ACADEMICIAN_WORKSTATION("院士工作站"),
    /** 博士后科研工作站 (clause 7). */
    POSTDOC_STATION("博士后科研工作站"),
    /** 技术转移服务机构 (clause 6). */
    TECH_TRANSFER_INSTITUTION("技术转移服务机构"),
    /** 科教资源聚集区 built with universities and institutes by joint building or virtual integration (clause 3). */
    SCIENCE_EDUCATION_CLUSTER("科教资源聚集区"),
    /** 校企共生融合发展创新港 built by zone enterprises with universities and institutes (clause 3). */
    INNOVATION_PORT("校企共生融合发展创新港"),
    /** 校企联合人才培养平台 (clause 8 "深化产教融合"). */
    JOINT_TRAINING_PLATFORM("校企联合人才培养平台");

    private final String chineseName;

    PlatformKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Whether a platform of this kind may be recognised at {@code level}. */
    public boolean allows(PlatformLevel level) {
        return this != INNOVATION_PLATFORM || level == PlatformLevel.NATIONAL || level == PlatformLevel.PROVINCIAL;
    }
}
