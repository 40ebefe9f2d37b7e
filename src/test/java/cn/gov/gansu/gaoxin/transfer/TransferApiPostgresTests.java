package cn.gov.gansu.gaoxin.transfer;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** Contracts §11 on a real PostgreSQL. */
@OnPostgres
class TransferApiPostgresTests extends TransferApiContract {
}
