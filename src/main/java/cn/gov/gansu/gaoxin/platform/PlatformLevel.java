package cn.gov.gansu.gaoxin.platform;

/** 认定级别: by whom a platform was recognised (for maker spaces NATIONAL = 国家备案); NONE = not recognised. */
public enum PlatformLevel {
    NATIONAL("国家级"),
    PROVINCIAL("省级"),
    CITY("市级"),
    NONE("未认定");

    private final String chineseName;

    PlatformLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** 省级以上: provincial or national. */
    public boolean provincialOrHigher() {
        return this == NATIONAL || this == PROVINCIAL;
    }
}
