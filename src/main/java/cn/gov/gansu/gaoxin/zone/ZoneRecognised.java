package cn.gov.gansu.gaoxin.zone;

import java.time.LocalDate;

/** 新认定省级高新区 (clause 2): a zone entered the registry at a level on a date. */
public record ZoneRecognised(String zone, ZoneLevel level, LocalDate date) implements ZoneEvents {
}
