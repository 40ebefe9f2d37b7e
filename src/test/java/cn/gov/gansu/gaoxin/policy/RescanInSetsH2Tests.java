package cn.gov.gansu.gaoxin.policy;

/** The re-scan in sets on the embedded H2 database. */
class RescanInSetsH2Tests extends RescanInSetsContract {
}
