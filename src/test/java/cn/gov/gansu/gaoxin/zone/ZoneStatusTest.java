package cn.gov.gansu.gaoxin.zone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("高新区生命周期")
class ZoneStatusTest {

    @Test
    void aProvincialZoneBecomesNationalOnlyThroughCandidacy() {
        assertThat(ZoneStatus.PROVINCIAL.canBecome(ZoneStatus.NATIONAL)).isFalse();
        assertThat(ZoneStatus.PROVINCIAL.canBecome(ZoneStatus.NATIONAL_CANDIDATE)).isTrue();
        assertThat(ZoneStatus.NATIONAL_CANDIDATE.canBecome(ZoneStatus.NATIONAL)).isTrue();
    }

    @Test
    void revocationIsFinal() {
        for (ZoneStatus next : ZoneStatus.values()) {
            assertThat(ZoneStatus.REVOKED.canBecome(next)).isFalse();
        }
        assertThat(ZoneStatus.PROVINCIAL.canBecome(ZoneStatus.REVOKED)).isTrue();
    }

    @Test
    void approvalMakesTheLevelNationalAndRevocationKeepsIt() {
        assertThat(ZoneStatus.NATIONAL.levelAfter(ZoneLevel.PROVINCIAL)).isEqualTo(ZoneLevel.NATIONAL);
        assertThat(ZoneStatus.REVOKED.levelAfter(ZoneLevel.PROVINCIAL)).isEqualTo(ZoneLevel.PROVINCIAL);
    }
}
