package cn.gov.gansu.gaoxin.identity;

/** The roles of SPEC.md, with the Chinese name shown in the console. */
public enum Role {
    PROVINCE_ADMIN("省科技厅管理员", ScopeKind.PROVINCE),
    PROVINCE_FINANCE("省财政厅", ScopeKind.PROVINCE),
    PROVINCE_GOVERNMENT("省政府审核人", ScopeKind.PROVINCE),
    CITY_OFFICER("市(州)工作人员", ScopeKind.CITY),
    ZONE_OFFICER("高新区管委会工作人员", ScopeKind.ZONE),
    ENTERPRISE("企业用户", ScopeKind.ENTERPRISE),
    EXPERT("评审专家", ScopeKind.ASSIGNED),
    AUDITOR("审计监督", ScopeKind.PROVINCE),
    SYSTEM_ADMIN("系统管理员", ScopeKind.NONE),
    /** 安全管理员 (三员): roles, scopes and password rules of the accounts. */
    SECURITY_ADMIN("安全管理员", ScopeKind.NONE),
    /** 安全审计员 (三员): reads the audit log, nothing else. */
    AUDIT_ADMIN("安全审计员", ScopeKind.NONE);

    private final String chineseName;
    private final ScopeKind scopeKind;

    Role(String chineseName, ScopeKind scopeKind) {
        this.chineseName = chineseName;
        this.scopeKind = scopeKind;
    }

    public String chineseName() {
        return chineseName;
    }

    public ScopeKind scopeKind() {
        return scopeKind;
    }

    /** What a role's data scope is bounded by. */
    public enum ScopeKind {
        /** the whole province */
        PROVINCE,
        /** one 市(州) */
        CITY,
        /** one zone and its enclave parks */
        ZONE,
        /** one enterprise */
        ENTERPRISE,
        /** only the cases assigned to the user */
        ASSIGNED,
        /** no registry data (user administration only) */
        NONE
    }
}
