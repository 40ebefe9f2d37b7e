package cn.gov.gansu.gaoxin.zone;

import java.time.LocalDate;

/** 取消资格 (clause 20): zone-bound rewards end from this date. */
public record ZoneRevoked(String zone, LocalDate date, String reason) implements ZoneEvents {
}
