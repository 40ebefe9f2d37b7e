package cn.gov.gansu.gaoxin.award;

/** The award API on the embedded H2 database. */
class AwardApiH2Tests extends AwardApiContract {
}
