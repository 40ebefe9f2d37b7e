package cn.gov.gansu.gaoxin.identity;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** {@link AccountSecurityContract} on PostgreSQL. */
@OnPostgres
class AccountSecurityPostgresTests extends AccountSecurityContract {
}
