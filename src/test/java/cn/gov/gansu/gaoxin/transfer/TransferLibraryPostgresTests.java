package cn.gov.gansu.gaoxin.transfer;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** The achievements library, institutions and imports (issue 11) on a real PostgreSQL. */
@OnPostgres
class TransferLibraryPostgresTests extends TransferLibraryContract {
}
