package cn.gov.gansu.gaoxin.transfer;

/** Contracts §11 on the embedded H2 database. */
class TransferApiH2Tests extends TransferApiContract {
}
