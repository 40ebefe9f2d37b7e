package cn.gov.gansu.gaoxin.talent;

import java.util.Set;

/** 外国人工作、居留许可办理状态 (clause 9 "便利化"): applied → work permit → residence permit, or refused. */
public enum PermitStatus {
    APPLIED("已受理"), WORK_PERMIT_ISSUED("已发工作许可"), RESIDENCE_PERMIT_ISSUED("已发居留许可"), REFUSED("未获批准");

    private final String chineseName;

    PermitStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The statuses a case may move to from this one. */
    public Set<PermitStatus> next() {
        return switch (this) {
            case APPLIED -> Set.of(WORK_PERMIT_ISSUED, REFUSED);
            case WORK_PERMIT_ISSUED -> Set.of(RESIDENCE_PERMIT_ISSUED, REFUSED);
            default -> Set.of();
        };
    }
}
