package cn.gov.gansu.gaoxin.commissioner;

/** Contracts §12 on the embedded H2 database. */
class CommissionerApiH2Tests extends CommissionerApiContract {
}
