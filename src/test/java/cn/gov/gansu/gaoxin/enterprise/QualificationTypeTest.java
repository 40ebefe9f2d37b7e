package cn.gov.gansu.gaoxin.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("资质有效期")
class QualificationTypeTest {

    @Test
    void aHighTechCertificateIsValidForThreeYears() {
        LocalDate on = LocalDate.of(2025, 11, 3);
        assertThat(QualificationType.HIGH_TECH_ENTERPRISE.validUntil(on)).isEqualTo(LocalDate.of(2028, 11, 2));
        Qualification q = new Qualification(1, "91350100M000100Y43", QualificationType.HIGH_TECH_ENTERPRISE,
                Recognition.FIRST, "GR1", "甘肃", on, QualificationType.HIGH_TECH_ENTERPRISE.validUntil(on), "lanzhou");
        assertThat(q.isValidOn(LocalDate.of(2028, 11, 2))).isTrue();
        assertThat(q.isValidOn(LocalDate.of(2028, 11, 3))).isFalse();
        assertThat(q.isValidOn(LocalDate.of(2025, 11, 2))).isFalse();
    }

    @Test
    void aTechSmeIsValidForOneYearAndALeaderDoesNotExpire() {
        assertThat(QualificationType.TECH_SME.validUntil(LocalDate.of(2024, 3, 1))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(QualificationType.TECH_LEADER.validUntil(LocalDate.of(2024, 3, 1))).isNull();
    }
}
