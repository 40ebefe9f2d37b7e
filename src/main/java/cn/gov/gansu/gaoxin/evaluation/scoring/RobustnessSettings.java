package cn.gov.gansu.gaoxin.evaluation.scoring;

/** Monte Carlo settings: {@code draws} weight vectors, each weight × U[1 − noise, 1 + noise], renormalised. */
public record RobustnessSettings(int draws, double weightNoise, long seed) {

    public RobustnessSettings {
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be positive");
        }
        if (!(weightNoise >= 0 && weightNoise < 1)) {
            throw new IllegalArgumentException("weightNoise must be in [0, 1)");
        }
    }
}
