package cn.gov.gansu.gaoxin.zone;

/** 国家级 / 省级. */
public enum ZoneLevel {
    NATIONAL("国家级"),
    PROVINCIAL("省级");

    private final String chineseName;

    ZoneLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
