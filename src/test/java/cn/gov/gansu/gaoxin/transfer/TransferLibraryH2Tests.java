package cn.gov.gansu.gaoxin.transfer;

/** The achievements library, institutions and imports (issue 11) on the embedded H2 database. */
class TransferLibraryH2Tests extends TransferLibraryContract {
}
