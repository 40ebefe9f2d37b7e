package cn.gov.gansu.gaoxin.reporting;

/** The zone profile contract on the embedded H2 database. */
class ZoneProfileApiH2Tests extends ZoneProfileApiContract {
}
