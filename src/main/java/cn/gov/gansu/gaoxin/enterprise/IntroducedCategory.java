package cn.gov.gansu.gaoxin.enterprise;

/** 引进企业类别 (clause 10). */
public enum IntroducedCategory {
    UNICORN("独角兽企业"),
    GAZELLE("瞪羚企业");

    private final String chineseName;

    IntroducedCategory(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
