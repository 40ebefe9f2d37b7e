package cn.gov.gansu.gaoxin.platform;

/** The platform API contract on the embedded H2 database. */
class PlatformApiH2Tests extends PlatformApiContract {
}
