package cn.gov.gansu.gaoxin.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import cn.gov.gansu.gaoxin.GaoxinApplication;
import cn.gov.gansu.gaoxin.shared.Uscc;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Imports an N-row enterprise file (default 100,000) into a fresh in-memory H2 platform, as the
 * province admin, all-or-nothing, and prints the time from upload to COMPLETED and the heap in use.
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.gov.gansu.gaoxin.imports.ImportBench -Dexec.args=100000} with
 * {@code MAVEN_OPTS=-Xmx512m} (exec:java runs in Maven's JVM).
 */
public final class ImportBench {

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        byte[] file = file(rows);
        System.out.printf(Locale.ROOT, "file: %,d rows, %,d bytes; max heap %,d MB%n", rows, file.length,
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GaoxinApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:import-bench;MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "--gaoxin.demo=false",
                "--server.port=0", "--GAOXIN_ADMIN_PASSWORD=Bench-Admin-Passw0rd!", "--logging.level.root=WARN")) {
            UserDetails admin = app.getBean(UserDetailsService.class).loadUserByUsername("admin");
            SecurityContextHolder.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
            Imports imports = app.getBean(Imports.class);
            long peak = 0;
            long start = System.nanoTime();
            Imports.Job job = imports.start(ImportKind.ENTERPRISES, "bench.xlsx", new ByteArrayInputStream(file), false, null);
            file = null;
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu = 0;
            while ("RUNNING".equals(job.status())) {
                Thread.sleep(200);
                Runtime rt = Runtime.getRuntime();
                peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                for (Thread t : Thread.getAllStackTraces().keySet()) {
                    if ("excel-import".equals(t.getName())) {
                        cpu = Math.max(cpu, threads.getThreadCpuTime(t.getId()));
                    }
                }
                job = imports.find(job.id());
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf(Locale.ROOT, "import: status %s, rows %,d, created %,d, errors %d in %,d ms wall (%.0f rows/s); "
                    + "import thread CPU ≥ %,d ms (last sample); peak heap used %,d MB; load average %.1f on %d cores%n",
                    job.status(), job.rows(), job.created(), job.errorCount(), ms, job.rows() * 1000.0 / Math.max(1, ms),
                    cpu / 1_000_000, peak / 1024 / 1024,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    static byte[] file(int rows) {
        String[] zones = {"lanzhou", "兰州", "baiyin", "白银", "jiayuguan", "dingxi", "张掖", "qingcheng"};
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        Random random = new Random(20261130);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (ExcelWriter writer = FastExcel.write(out).head(ImportKind.ENTERPRISES.headers().stream().map(List::of).toList()).build()) {
            WriteSheet sheet = FastExcel.writerSheet("企业").build();
            List<List<Object>> batch = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                String uscc;
                do {
                    StringBuilder body = new StringBuilder("91620");
                    for (int k = 0; k < 12; k++) {
                        body.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    uscc = Uscc.withCheckCharacter(body.toString()).value();
                } while (!seen.add(uscc));
                batch.add(List.of(uscc, "基准测试企业" + i + "有限公司", zones[i % zones.length], i % 3 == 0 ? "" : String.valueOf(2700 + i % 90)));
                if (batch.size() == 5000) {
                    writer.write(batch, sheet);
                    batch.clear();
                }
            }
            writer.write(batch, sheet);
        }
        return out.toByteArray();
    }
}
