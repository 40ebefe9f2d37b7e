package cn.gov.gansu.gaoxin.zone;

import java.time.LocalDate;

/** 创建国家高新区: a provincial zone became a candidate for national approval. */
public record ZoneNominatedNational(String zone, LocalDate date) implements ZoneEvents {
}
