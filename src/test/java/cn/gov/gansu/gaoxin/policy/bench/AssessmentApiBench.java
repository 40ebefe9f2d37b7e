package cn.gov.gansu.gaoxin.policy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import cn.gov.gansu.gaoxin.GaoxinApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Latency of one {@code POST /api/policy/assessments} of 10 facts through HTTP, Basic auth and the
 * registry look-ups, on the embedded H2 (port 18081): prints p50, p90 and p99 after a warm-up. Run:
 * {@code ./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.gov.gansu.gaoxin.policy.bench.AssessmentApiBench}
 */
public final class AssessmentApiBench {

    static final String PASSWORD = "Bench-Admin-Passw0rd!";
    static final String U = "91620100MA71A0001T";

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(GaoxinApplication.class).run(
                "--server.port=18081", "--gaoxin.demo=false", "--GAOXIN_ADMIN_PASSWORD=" + PASSWORD,
                "--spring.datasource.url=jdbc:h2:mem:policy-bench;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
                "--logging.level.root=WARN");
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String body = "{\"facts\":["
                    + "{\"id\":\"f1\",\"type\":\"ZONE_RECOGNISED\",\"zone\":\"qingcheng\",\"level\":\"PROVINCIAL\",\"date\":\"2024-05-10\"},"
                    + "{\"id\":\"f2\",\"type\":\"ZONE_APPROVED_NATIONAL\",\"zone\":\"jiayuguan\",\"date\":\"2024-11-02\"},"
                    + "{\"id\":\"f3\",\"type\":\"NATIONAL_PROJECT_WON\",\"unit\":\"" + U + "\",\"zone\":\"lanzhou\",\"programme\":\"KEY_RD\","
                    + "\"project\":\"2024YFB0000001\",\"fundingLandedYuan\":\"4200000.00\",\"date\":\"2024-08-01\"},"
                    + "{\"id\":\"f4\",\"type\":\"QUALIFICATION_RECOGNISED\",\"enterprise\":\"" + U + "\",\"zone\":\"baiyin\","
                    + "\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\",\"date\":\"2024-12-20\"},"
                    + "{\"id\":\"f5\",\"type\":\"ENTERPRISE_INTRODUCED\",\"enterprise\":\"" + U + "\",\"zone\":\"jinchang\",\"category\":\"GAZELLE\",\"date\":\"2024-03-01\"},"
                    + "{\"id\":\"f6\",\"type\":\"ZONE_REVOKED\",\"zone\":\"minle\",\"date\":\"2024-01-01\"},"
                    + "{\"id\":\"f7\",\"type\":\"ENCLAVE_PARK\",\"zone\":\"lanzhou-shanghai-enclave\",\"parentZone\":\"lanzhou\",\"date\":\"2023-01-01\"},"
                    + "{\"id\":\"f8\",\"type\":\"AWARD_ALREADY_GRANTED\",\"beneficiary\":\"" + U + "\",\"line\":\"NEW_HIGH_TECH_ENTERPRISE\",\"date\":\"2023-06-01\"},"
                    + "{\"id\":\"f9\",\"type\":\"NATIONAL_PROJECT_WON\",\"unit\":\"" + U + "\",\"zone\":\"lanzhou-shanghai-enclave\",\"programme\":\"MAJOR_SPECIAL\","
                    + "\"project\":\"2024ZD0000009\",\"fundingLandedYuan\":\"2999999.99\",\"date\":\"2024-08-01\"},"
                    + "{\"id\":\"f10\",\"type\":\"QUALIFICATION_RECOGNISED\",\"enterprise\":\"" + U + "\",\"zone\":\"minle\","
                    + "\"qualification\":\"PROVINCIAL_INNOVATIVE_ENTERPRISE\",\"recognition\":\"FIRST\",\"date\":\"2024-06-20\"}]}";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:18081/api/policy/assessments"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (first.statusCode() != 200) {
                throw new IllegalStateException(first.statusCode() + " " + first.body());
            }
            for (int i = 0; i < 300; i++) {
                http.send(request, HttpResponse.BodyHandlers.ofString());
            }
            int n = 500;
            long[] nanos = new long[n];
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                http.send(request, HttpResponse.BodyHandlers.ofString());
                nanos[i] = System.nanoTime() - t;
            }
            Arrays.sort(nanos);
            System.out.printf("POST /api/policy/assessments, 10 facts, %d requests after warm-up: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
                    n, nanos[n / 2] / 1e6, nanos[n * 9 / 10] / 1e6, nanos[n * 99 / 100] / 1e6);
        } finally {
            app.close();
        }
    }
}
