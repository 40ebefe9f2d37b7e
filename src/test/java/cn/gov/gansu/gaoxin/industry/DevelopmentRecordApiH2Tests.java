package cn.gov.gansu.gaoxin.industry;

/** The development records contract on the embedded H2 database. */
class DevelopmentRecordApiH2Tests extends DevelopmentRecordApiContract {
}
