package cn.gov.gansu.gaoxin.enterprise;

import java.time.LocalDate;

/** 企业迁移 — an enterprise moved to another zone (or out of every zone: toZone null). */
public record EnterpriseMoved(String uscc, String fromZone, String toZone, LocalDate date) {
}
