package cn.gov.gansu.gaoxin.enterprise;

/**
 * How a qualification came about (SPEC reading 5): only FIRST is "新认定"; a RENEWAL (重新认定)
 * or a certificate TRANSFERRED_IN from another province counts in statistics but earns no award.
 */
public enum Recognition {
    FIRST("首次认定"),
    RENEWAL("重新认定"),
    TRANSFERRED_IN("外省迁入");

    private final String chineseName;

    Recognition(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
