package cn.gov.gansu.gaoxin.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import javax.sql.DataSource;

import cn.gov.gansu.gaoxin.enterprise.AnnualStatistics;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseBulkLoader;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseBulkLoader.NewQualificationRow;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseBulkLoader.NewRow;
import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.enterprise.Recognition;

/**
 * Benchmark-scale registries (national scale: 1,000,000 enterprises, 10 years of statistics),
 * streamed deterministically from a seed into any DataSource through the enterprise module's JDBC
 * batches — in chunks, so memory stays flat whatever the size. For PostgreSQL give the DataSource
 * {@code reWriteBatchedInserts=true}. Enterprises spread over the 11 Gansu zones by their demo
 * sizes; about 40 % hold an HNTE career (first recognition, renewals every three years), half are
 * tech SMEs in the last two years. Rows are marked demo.
 */
public final class ScaleGenerator {

    /** Enterprises per chunk (each chunk is written before the next is generated). */
    static final int CHUNK = 5_000;

    private final long seed;

    public ScaleGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * Writes {@code enterprises} enterprises with statistics for {@code years} years ending with
     * {@code lastYear}, on one connection at a time, reporting progress after each chunk.
     */
    public Result generate(DataSource dataSource, int enterprises, int lastYear, int years, Consumer<Result> progress) {
        return generate(dataSource, enterprises, lastYear, years, 1, progress);
    }

    /**
     * As {@link #generate(DataSource, int, int, int, Consumer)} with {@code writers} threads each
     * writing whole chunks (an enterprise and its rows always go through the same connection). The
     * rows are the same whatever the number of writers; only their order of arrival differs.
     */
    public Result generate(DataSource dataSource, int enterprises, int lastYear, int years, int writers, Consumer<Result> progress) {
        EnterpriseBulkLoader loader = EnterpriseBulkLoader.on(dataSource);
        long start = System.nanoTime();
        AtomicLong done = new AtomicLong();
        AtomicLong qualifications = new AtomicLong();
        AtomicLong statistics = new AtomicLong();
        AtomicLong generating = new AtomicLong();
        AtomicInteger nextChunk = new AtomicInteger();
        Runnable writer = () -> {
            for (int from = nextChunk.getAndIncrement() * CHUNK; from < enterprises; from = nextChunk.getAndIncrement() * CHUNK) {
                int to = Math.min(enterprises, from + CHUNK);
                long t = System.nanoTime();
                Chunk chunk = chunk(from, to, lastYear, years);
                generating.addAndGet(System.nanoTime() - t);
                loader.insertEnterprises(chunk.enterprises);
                loader.insertQualifications(chunk.qualifications);
                loader.insertStatistics(chunk.statistics);
                qualifications.addAndGet(chunk.qualifications.size());
                statistics.addAndGet(chunk.statistics.size());
                long total = done.addAndGet(chunk.enterprises.size());
                if (progress != null) {
                    synchronized (progress) {
                        progress.accept(new Result(total, qualifications.get(), statistics.get(),
                                Duration.ofNanos(System.nanoTime() - start), Duration.ofNanos(generating.get())));
                    }
                }
            }
        };
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < Math.max(1, writers); i++) {
            Thread thread = new Thread(writer, "scale-writer-" + i);
            thread.setUncaughtExceptionHandler((th, e) -> failures.add(e));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("scale generation failed", failures.get(0));
        }
        return new Result(done.get(), qualifications.get(), statistics.get(), Duration.ofNanos(System.nanoTime() - start),
                Duration.ofNanos(generating.get()));
    }

    /** The rows of enterprises {@code from} (inclusive) to {@code to}: the same for the same seed, whatever the chunking. */
    Chunk chunk(int from, int to, int lastYear, int years) {
        Chunk c = new Chunk();
        int firstYear = lastYear - years + 1;
        double totalSize = java.util.Arrays.stream(ZONE_WEIGHTS).sum();
        for (int i = from; i < to; i++) {
            Random r = new Random(mix(seed * 0x9E3779B97F4A7C15L + i));
            DemoZone z = pick(r.nextDouble() * totalSize);
            String code = r.nextDouble() < 0.78 ? focusCode(r, z)
                    : DemoNames.OTHER_INDUSTRIES.get(r.nextInt(DemoNames.OTHER_INDUSTRIES.size()));
            String uscc = DemoNames.uscc("91", z.division(), i);
            LocalDate founded = LocalDate.of(firstYear - 15 + r.nextInt(years + 13), 1 + r.nextInt(12), 1 + r.nextInt(28));
            c.enterprises.add(new NewRow(uscc, DemoNames.companyName(r, z.place(), code), z.code(), code,
                    DemoNames.industryName(code), "UNLISTED", null, null, founded, true));
            boolean hnte = r.nextDouble() < 0.4;
            if (hnte) {
                int year = Math.max(founded.getYear() + 1, firstYear - 6 + r.nextInt(years + 6));
                LocalDate d = LocalDate.of(Math.min(year, lastYear), 3 + r.nextInt(8), 1 + r.nextInt(28));
                Recognition recognition = Recognition.FIRST;
                while (d.getYear() <= lastYear) {
                    c.qualifications.add(new NewQualificationRow(uscc, QualificationType.HIGH_TECH_ENTERPRISE, recognition,
                            "GR" + d.getYear() + "62" + String.format("%08d", i), null, d, d.isBefore(founded) ? null : z.code()));
                    if (r.nextDouble() > 0.82) {
                        break;
                    }
                    recognition = Recognition.RENEWAL;
                    d = d.plusYears(3).minusDays(1 + r.nextInt(20));
                }
            }
            boolean techSme = r.nextDouble() < 0.5;
            if (techSme) {
                for (int y = lastYear - 1; y <= lastYear; y++) {
                    LocalDate d = LocalDate.of(y, 4 + r.nextInt(6), 1 + r.nextInt(28));
                    c.qualifications.add(new NewQualificationRow(uscc, QualificationType.TECH_SME,
                            y == lastYear - 1 ? Recognition.FIRST : Recognition.RENEWAL, null, null, d, z.code()));
                }
            }
            double revenue = (hnte ? 60e6 : 20e6) * Math.exp(r.nextGaussian() * 1.1);
            double perCapita = 0.6e6 + r.nextDouble() * 0.9e6;
            for (int y = firstYear; y <= lastYear; y++) {
                revenue = Math.max(1e5, revenue * (1 + (hnte ? 0.10 : 0.05) + r.nextGaussian() * 0.1));
                if (y < founded.getYear()) {
                    continue;
                }
                int employees = (int) Math.max(5, Math.min(50_000, revenue / perCapita));
                c.statistics.add(new AnnualStatistics(uscc, y, yuan(revenue), yuan(revenue * (hnte ? 0.7 : 0.1)), employees,
                        Math.max(1, employees / (hnte ? 6 : 20)), yuan(revenue * (hnte ? 0.05 : 0.01)), BigDecimal.ZERO,
                        yuan(revenue * 0.05)));
            }
        }
        return c;
    }

    /** SplitMix64's finaliser: neighbouring indexes get unrelated Random seeds (java.util.Random's first draws correlate). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Share of each zone (in {@link DemoZone#GANSU}'s order) in the generated registry: the demo's sizes before
     * they were shaped for the 10 % HNTE target (2026-11-30), so that the benchmark figures stay comparable.
     */
    private static final double[] ZONE_WEIGHTS = {3800, 1500, 700, 750, 650, 550, 500, 350, 450, 450, 300};

    private static DemoZone pick(double x) {
        for (int i = 0; i < DemoZone.GANSU.size(); i++) {
            DemoZone z = DemoZone.GANSU.get(i);
            x -= ZONE_WEIGHTS[i];
            if (x < 0) {
                return z;
            }
        }
        return DemoZone.GANSU.get(DemoZone.GANSU.size() - 1);
    }

    private static String focusCode(Random r, DemoZone z) {
        DemoZone.Focus f = z.focus().get(r.nextDouble() < 0.6 ? 0 : 1);
        return f.codes().get(r.nextInt(f.codes().size()));
    }

    private static BigDecimal yuan(double v) {
        return BigDecimal.valueOf(Math.round(v)).setScale(2);
    }

    static final class Chunk {
        final List<NewRow> enterprises = new ArrayList<>();
        final List<NewQualificationRow> qualifications = new ArrayList<>();
        final List<AnnualStatistics> statistics = new ArrayList<>();
    }

    /** Rows written so far, the time taken, and the part of it spent generating rather than writing. */
    public record Result(long enterprises, long qualifications, long statistics, Duration elapsed, Duration generating) {

        /** Enterprises, their memberships, qualifications and statistics. */
        public long rows() {
            return 2 * enterprises + qualifications + statistics;
        }

        public double rowsPerSecond() {
            return elapsed.isZero() ? 0 : rows() / (elapsed.toNanos() / 1e9);
        }
    }
}
