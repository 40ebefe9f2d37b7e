package cn.gov.gansu.gaoxin.identity;

/** The audited cache on the embedded H2 database. */
class AuditedCacheH2Tests extends AuditedCacheContract {
}
