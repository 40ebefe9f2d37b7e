package cn.gov.gansu.gaoxin.evaluation.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.gov.gansu.gaoxin.evaluation.scoring.Evaluator;
import cn.gov.gansu.gaoxin.evaluation.scoring.Indicator;
import cn.gov.gansu.gaoxin.evaluation.scoring.Method;
import cn.gov.gansu.gaoxin.evaluation.scoring.Polarity;
import cn.gov.gansu.gaoxin.evaluation.scoring.Previous;
import cn.gov.gansu.gaoxin.evaluation.scoring.RobustnessSettings;
import cn.gov.gansu.gaoxin.evaluation.scoring.ScoringInput;
import cn.gov.gansu.gaoxin.evaluation.scoring.ZoneData;
import cn.gov.gansu.gaoxin.evaluation.scoring.ZoneResult;

/**
 * Bench (not a test): a preview of 400 zones × 12 indicators with 10,000 robustness draws, the
 * scoring core alone (no HTTP). Goal ≤ 2 s on 2 cores. Run with
 * {@code ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.gov.gansu.gaoxin.evaluation.bench.EvaluationBench} (optional args: zones
 * indicators draws rounds).
 */
public final class EvaluationBench {

    private EvaluationBench() {
    }

    public static void main(String[] args) {
        int zones = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int indicators = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        int draws = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        ScoringInput in = input(new Random(20251128), zones, indicators, draws);
        System.out.printf("evaluation bench: %d zones × %d indicators, %d draws, %d cores, Java %s%n", zones, indicators,
                draws, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        long checksum = 0;
        long best = Long.MAX_VALUE;
        for (int r = 0; r <= rounds; r++) {
            long cpuStart = cpuNanos();
            long start = System.nanoTime();
            List<ZoneResult> results = Evaluator.evaluate(in);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long cpuMs = (cpuNanos() - cpuStart) / 1_000_000;
            for (ZoneResult z : results) {
                checksum += z.rankInterval()[0] * 31L + z.rankInterval()[1];
            }
            if (r == 0) {
                System.out.printf("  cold (first) run: %d ms wall, %d ms CPU (all threads)%n", ms, cpuMs);
            } else {
                System.out.printf("  warm run %d: %d ms wall, %d ms CPU (all threads)%n", r, ms, cpuMs);
                best = Math.min(best, ms);
            }
        }
        System.out.printf("best warm: %d ms (goal ≤ 2000 ms); checksum %d%n", best, checksum);
    }

    /** Process CPU time, so that a figure taken on a shared machine can be read against its load. */
    private static long cpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    static ScoringInput input(Random random, int n, int k, int draws) {
        List<Indicator> list = new ArrayList<>();
        double left = 1;
        for (int j = 0; j < k; j++) {
            double w = j == k - 1 ? left : 1.0 / k;
            left -= w;
            list.add(new Indicator("I" + j, w, 10 + random.nextInt(90), Polarity.HIGHER_IS_BETTER));
        }
        List<ZoneData> zones = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] v = new double[k];
            for (int j = 0; j < k; j++) {
                v[j] = random.nextDouble() * 120;
            }
            zones.add(new ZoneData("z" + i, v, new long[] {random.nextInt(3), random.nextInt(2), random.nextInt(2)},
                    v[0], new Previous(1 + random.nextInt(n), random.nextBoolean(), v[0] * 0.9)));
        }
        return new ScoringInput(Method.TARGET_REFERENCED, 60, list, List.of("A", "B", "C"), new double[] {2, 3, 2}, 10, 3, 3,
                zones, new RobustnessSettings(draws, 0.25, 7));
    }
}
