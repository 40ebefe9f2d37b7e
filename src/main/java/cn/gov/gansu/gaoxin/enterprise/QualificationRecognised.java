package cn.gov.gansu.gaoxin.enterprise;

import java.time.LocalDate;

/** 资质认定 — a qualification was recognised; the policy engine offers the award by itself (免申即享). */
public record QualificationRecognised(String uscc, String zone, QualificationType qualification, Recognition recognition, String certificate, LocalDate date, LocalDate validUntil) {
}
