package cn.gov.gansu.gaoxin.instruments;

/** 仪器共享 API on the embedded H2 database. */
class InstrumentApiH2Tests extends InstrumentApiContract {
}
