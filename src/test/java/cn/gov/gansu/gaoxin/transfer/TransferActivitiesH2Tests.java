package cn.gov.gansu.gaoxin.transfer;

/** 成果征集 and 对接活动 on the embedded H2 database. */
class TransferActivitiesH2Tests extends TransferActivitiesContract {
}
