package cn.gov.gansu.gaoxin.enterprise;

import java.time.LocalDate;

/** A dated recognition of an enterprise (资质), valid from its date to {@code validUntil} inclusive. */
public record Qualification(long id, String uscc, QualificationType type, Recognition recognition, String certificate,
        String issuingProvince, LocalDate recognisedOn, LocalDate validUntil, String zone) {

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(recognisedOn) && (validUntil == null || !date.isAfter(validUntil));
    }
}
