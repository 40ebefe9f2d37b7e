package cn.gov.gansu.gaoxin.policy.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.gov.gansu.gaoxin.policy.engine.PolicyEngine;

/**
 * The award-engine benchmark of {@code /work/shared/bench/award-facts.md}: prints the checksum line,
 * the number of facts, seconds and facts/s on one thread and on all cores, after a warm-up; the
 * engine and the facts are built outside the timed part. Run:
 * {@code ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.gov.gansu.gaoxin.policy.bench.AwardEngineBench}
 */
public final class AwardEngineBench {

    public static void main(String[] args) throws Exception {
        long seed = 42;
        PolicyEngine engine = AwardFacts.engine();
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            AwardFacts.Case[] warm = AwardFacts.generate(7, 200_000);
            for (int i = 0; i < 15; i++) {
                AwardFacts.assess(engine, warm, 0, warm.length);
                parallel(engine, warm, pool, cores);
            }
            for (int n : new int[] {100_000, 1_000_000}) {
                AwardFacts.Case[] cases = AwardFacts.generate(seed, n);
                AwardFacts.Checksum one = null;
                AwardFacts.Checksum all = null;
                double s1 = Double.MAX_VALUE;
                double sAll = Double.MAX_VALUE;
                for (int rep = 0; rep < 5; rep++) {
                    long t0 = System.nanoTime();
                    one = AwardFacts.assess(engine, cases, 0, n);
                    s1 = Math.min(s1, (System.nanoTime() - t0) / 1e9);
                    long t1 = System.nanoTime();
                    all = parallel(engine, cases, pool, cores);
                    sAll = Math.min(sAll, (System.nanoTime() - t1) / 1e9);
                }
                System.out.printf("seed %d, N = %,d:   %s%n", seed, n, one);
                if (!one.toString().equals(all.toString())) {
                    throw new IllegalStateException("parallel checksum differs: " + all);
                }
                System.out.printf("  1 thread : %,d facts in %.3f s = %,.0f facts/s%n", n, s1, n / s1);
                System.out.printf("  %d threads: %,d facts in %.3f s = %,.0f facts/s%n", cores, n, sAll, n / sAll);
            }
        } finally {
            pool.shutdown();
        }
    }

    static AwardFacts.Checksum parallel(PolicyEngine engine, AwardFacts.Case[] cases, ExecutorService pool, int parts)
            throws Exception {
        List<Future<AwardFacts.Checksum>> futures = new ArrayList<>();
        int chunk = (cases.length + parts - 1) / parts;
        for (int p = 0; p < parts; p++) {
            int from = p * chunk;
            int to = Math.min(cases.length, from + chunk);
            futures.add(pool.submit(() -> AwardFacts.assess(engine, cases, from, to)));
        }
        AwardFacts.Checksum total = new AwardFacts.Checksum();
        for (Future<AwardFacts.Checksum> f : futures) {
            total.merge(f.get());
        }
        return total;
    }
}
