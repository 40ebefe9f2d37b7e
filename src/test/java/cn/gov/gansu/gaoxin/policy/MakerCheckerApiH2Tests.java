package cn.gov.gansu.gaoxin.policy;

/** Maker-checker for the money rules on H2. */
class MakerCheckerApiH2Tests extends MakerCheckerApiContract {
}
