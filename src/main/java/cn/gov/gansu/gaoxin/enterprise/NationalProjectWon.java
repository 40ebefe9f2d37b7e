package cn.gov.gansu.gaoxin.enterprise;

import java.time.LocalDate;

/** 获得国家科技重大专项或国家重点研发计划项目 (clause 5); landed funding null when not yet known. */
public record NationalProjectWon(String uscc, String zone, String programme, String project, java.math.BigDecimal fundingLandedYuan, LocalDate date) {
}
