package cn.gov.gansu.gaoxin.enterprise;

import java.time.LocalDate;

/**
 * 资质已核验: a recognition was matched against an imported official recognition list (contracts §9),
 * so the fact behind an award for it is confirmed by the recognising authority's own list.
 */
public record QualificationVerified(String uscc, QualificationType qualification, String certificate, LocalDate date) {
}
