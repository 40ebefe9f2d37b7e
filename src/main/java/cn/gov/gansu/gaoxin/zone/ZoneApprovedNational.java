package cn.gov.gansu.gaoxin.zone;

import java.time.LocalDate;

/** 新获批国家高新区 (clause 1). */
public record ZoneApprovedNational(String zone, LocalDate date) implements ZoneEvents {
}
