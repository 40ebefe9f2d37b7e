package cn.gov.gansu.gaoxin.imports;

/** Excel import on the embedded H2 database. */
class ImportApiH2Tests extends ImportApiContract {
}
