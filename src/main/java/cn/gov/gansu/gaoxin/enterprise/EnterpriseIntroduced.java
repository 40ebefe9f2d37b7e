package cn.gov.gansu.gaoxin.enterprise;

import java.time.LocalDate;

/** 引进独角兽/瞪羚企业 (clause 10). */
public record EnterpriseIntroduced(String uscc, String zone, IntroducedCategory category, LocalDate date) {
}
