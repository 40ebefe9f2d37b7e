package cn.gov.gansu.gaoxin.shared;

/** Several instances on one database, on the embedded H2 database. */
class MultiInstanceH2Tests extends MultiInstanceContract {
}
