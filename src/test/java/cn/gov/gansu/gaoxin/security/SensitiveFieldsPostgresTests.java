package cn.gov.gansu.gaoxin.security;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** {@link SensitiveFieldsContract} on PostgreSQL. */
@OnPostgres
class SensitiveFieldsPostgresTests extends SensitiveFieldsContract {
}
