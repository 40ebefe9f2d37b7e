package cn.gov.gansu.gaoxin.identity;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** Sign-in and users on PostgreSQL. */
@OnPostgres
class IdentityApiPostgresTests extends IdentityApiContract {
}
