package cn.gov.gansu.gaoxin.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Random;

import cn.gov.gansu.gaoxin.GaoxinApplication;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseManagement;
import cn.gov.gansu.gaoxin.shared.Uscc;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the console's heavy reads on an in-memory H2: the Excel export of N enterprises and the
 * enterprise list page at 100 rows. Not a test; run it with
 * {@code java -cp target/test-classes:target/classes:<deps> cn.gov.gansu.gaoxin.console.ConsoleExportBench [N]}.
 */
public final class ConsoleExportBench {

    private static final String PASSWORD = "Bench-Admin-Passw0rd!";

    private ConsoleExportBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int port = 18085;
        ConfigurableApplicationContext app = SpringApplication.run(GaoxinApplication.class,
                "--server.port=" + port, "--gaoxin.demo=false", "--GAOXIN_ADMIN_PASSWORD=" + PASSWORD,
                "--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                "--logging.level.root=WARN");
        try {
            EnterpriseManagement management = app.getBean(EnterpriseManagement.class);
            Random random = new Random(42);
            String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
            String[] zones = {"lanzhou", "baiyin", "jiayuguan", "jinchang", "zhangye"};
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                StringBuilder body = new StringBuilder("91620100");
                for (int k = 0; k < 9; k++) {
                    body.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String uscc = Uscc.withCheckCharacter(body.toString()).value();
                management.insert(uscc, "基准测试科技有限公司" + i, zones[i % zones.length],
                        new EnterpriseManagement.Industry("2761", "生物药品制造"), "UNLISTED", true, LocalDate.of(2020, 1, 1));
            }
            System.out.printf("seeded %d enterprises in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);

            HttpClient http = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            for (String what : new String[] {"/api/enterprises/export", "/api/enterprises/export?zone=lanzhou",
                    "/enterprises?size=10", "/enterprises?size=100", "/enterprises?size=100&page=50&sort=-name"}) {
                for (int round = 1; round <= 5; round++) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + what))
                            .header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                    System.out.printf("%-45s round %d: HTTP %d, %,d bytes, %.0f ms%n", what, round, r.statusCode(),
                            r.body().length, (System.nanoTime() - start) / 1e6);
                }
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap used after: %d MiB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        } finally {
            app.close();
        }
    }
}
