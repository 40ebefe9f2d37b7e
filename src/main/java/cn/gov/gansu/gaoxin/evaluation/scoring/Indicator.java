package cn.gov.gansu.gaoxin.evaluation.scoring;

/**
 * One weighted indicator of an evaluation run. {@code benchmark} is NaN when the method needs none
 * (MIN_MAX); for TARGET_REFERENCED it is finite and positive.
 */
public record Indicator(String code, double weight, double benchmark, Polarity polarity) {

    public Indicator {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("indicator code missing");
        }
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException("weight of " + code + " must be finite and non-negative");
        }
        if (polarity == null) {
            polarity = Polarity.HIGHER_IS_BETTER;
        }
    }
}
