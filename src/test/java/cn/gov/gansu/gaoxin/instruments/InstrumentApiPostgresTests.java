package cn.gov.gansu.gaoxin.instruments;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** 仪器共享 API on a real PostgreSQL. */
@OnPostgres
class InstrumentApiPostgresTests extends InstrumentApiContract {
}
