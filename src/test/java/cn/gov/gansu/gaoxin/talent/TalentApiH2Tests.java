package cn.gov.gansu.gaoxin.talent;

/** 人才 API on the embedded H2 database. */
class TalentApiH2Tests extends TalentApiContract {
}
