package cn.gov.gansu.gaoxin.innovation;

/** The innovation points and ladder API contract on the embedded H2 database. */
class InnovationApiH2Tests extends InnovationApiContract {
}
