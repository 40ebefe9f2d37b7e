package cn.gov.gansu.gaoxin.identity;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** The audited cache on a real PostgreSQL. */
@OnPostgres
class AuditedCachePostgresTests extends AuditedCacheContract {
}
