package cn.gov.gansu.gaoxin.zone;

/** The zone registry on H2. */
class ZoneApiH2Tests extends ZoneApiContract {
}
