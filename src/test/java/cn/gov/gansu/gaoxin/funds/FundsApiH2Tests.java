package cn.gov.gansu.gaoxin.funds;

/** Contracts §10 and the funds module on H2. */
class FundsApiH2Tests extends FundsApiContract {
}
