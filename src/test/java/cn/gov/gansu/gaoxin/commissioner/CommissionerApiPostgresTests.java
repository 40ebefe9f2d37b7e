package cn.gov.gansu.gaoxin.commissioner;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** Contracts §12 on a real PostgreSQL. */
@OnPostgres
class CommissionerApiPostgresTests extends CommissionerApiContract {
}
