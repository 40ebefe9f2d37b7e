package cn.gov.gansu.gaoxin.innovation;

/** 倍增计划, listings and tax incentives on the embedded H2 database. */
class GrowthApiH2Tests extends GrowthApiContract {
}
