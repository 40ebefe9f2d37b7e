package cn.gov.gansu.gaoxin.identity;

/**
 * Whose data a user may see and change: the province, one city, one zone (with its enclave
 * parks), one enterprise, or nothing of the registries. Every registry query applies it.
 */
public record DataScope(String username, Role role, String zone, String city, String enterprise)
        implements java.io.Serializable {

    public boolean provinceWide() {
        return role.scopeKind() == Role.ScopeKind.PROVINCE;
    }

    public boolean readOnly() {
        return role == Role.AUDITOR;
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** The Chinese description shown in the top bar, e.g. "高新区管委会工作人员 · jiayuguan". */
    public String describe() {
        return switch (role.scopeKind()) {
            case ZONE -> role.chineseName() + " · " + zone;
            case CITY -> role.chineseName() + " · " + city;
            case ENTERPRISE -> role.chineseName() + " · " + enterprise;
            default -> role.chineseName();
        };
    }
}
