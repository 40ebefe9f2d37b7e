package cn.gov.gansu.gaoxin.zone;

import java.util.Map;
import java.util.Set;

/**
 * A zone's lifecycle (clause 1, clause 2, clause 20): provincial, candidate for national approval
 * (创建中), national, revoked. Revocation is final.
 */
public enum ZoneStatus {
    PROVINCIAL("省级高新区"),
    NATIONAL_CANDIDATE("创建国家高新区中"),
    NATIONAL("国家高新区"),
    REVOKED("已撤销资格");

    private static final Map<ZoneStatus, Set<ZoneStatus>> ALLOWED = Map.of(
            PROVINCIAL, Set.of(NATIONAL_CANDIDATE, REVOKED),
            NATIONAL_CANDIDATE, Set.of(NATIONAL, PROVINCIAL, REVOKED),
            NATIONAL, Set.of(REVOKED),
            REVOKED, Set.of());

    private final String chineseName;

    ZoneStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public boolean canBecome(ZoneStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** The level that goes with a status (a revoked zone keeps the level it had). */
    ZoneLevel levelAfter(ZoneLevel current) {
        return switch (this) {
            case NATIONAL -> ZoneLevel.NATIONAL;
            case PROVINCIAL, NATIONAL_CANDIDATE -> ZoneLevel.PROVINCIAL;
            case REVOKED -> current;
        };
    }
}
