package cn.gov.gansu.gaoxin.industry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import cn.gov.gansu.gaoxin.shared.Conflict;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** The steps on the recommendation aggregate. */
class RecommendationTest {

    static Recommendation submitted() {
        return new Recommendation(1, "yumen", 2025, "PROJECT", "项目", "某项目", null, null, null, RecommendationStatus.SUBMITTED,
                "待省科技厅决定", Instant.parse("2025-03-01T00:00:00Z"), "alice", null, null, null, 0);
    }

    @Test
    void theSubmitterNeverDecidesItsOwnRecommendation() {
        assertThatThrownBy(() -> submitted().decide(RecommendationStatus.ACCEPTED, "alice", "同意", Instant.now()))
                .isInstanceOf(Forbidden.class).hasMessageContaining("另一位");
    }

    @Test
    void aDecisionNeedsACommentAndHappensOnce() {
        assertThatThrownBy(() -> submitted().decide(RecommendationStatus.REJECTED, "bob", "  ", Instant.now()))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> submitted().decide(RecommendationStatus.WITHDRAWN, "bob", "x", Instant.now()))
                .isInstanceOf(InvalidInput.class);
        Recommendation accepted = submitted().decide(RecommendationStatus.ACCEPTED, "bob", " 同意 ", Instant.now());
        assertThat(accepted.status()).isEqualTo(RecommendationStatus.ACCEPTED);
        assertThat(accepted.comment()).isEqualTo("同意");
        assertThat(accepted.version()).isEqualTo(1);
        assertThatThrownBy(() -> accepted.decide(RecommendationStatus.REJECTED, "carol", "不同意", Instant.now()))
                .isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> accepted.withdraw("alice", Instant.now())).isInstanceOf(Conflict.class);
        assertThat(submitted().withdraw("alice", Instant.now()).status()).isEqualTo(RecommendationStatus.WITHDRAWN);
    }
}
