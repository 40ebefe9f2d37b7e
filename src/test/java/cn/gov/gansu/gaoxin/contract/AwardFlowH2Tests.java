package cn.gov.gansu.gaoxin.contract;

/** Contracts §7 end to end on H2. */
class AwardFlowH2Tests extends AwardFlowContract {
}
