package cn.gov.gansu.gaoxin.award;

/** Separation of duties (contracts §8) on the embedded H2 database. */
class SeparationOfDutiesH2Tests extends SeparationOfDutiesContract {
}
