package cn.gov.gansu.gaoxin.enterprise;

/** The enterprise API on the embedded H2 database. */
class EnterpriseApiH2Tests extends EnterpriseApiContract {
}
