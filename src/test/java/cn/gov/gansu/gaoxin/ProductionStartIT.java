package cn.gov.gansu.gaoxin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production start of the README (issue 14 item 3): the packaged jar with Spring AOT
 * ({@code -Dspring.aot.enabled=true}: bean definitions generated at build time, conditions decided then), run by
 * Maven's failsafe after {@code package}, as a separate process — on the embedded H2 with the demo seed, and with the
 * {@code postgres} profile on an embedded PostgreSQL. The tests (surefire) never run the application in that mode,
 * so this is where it is shown to start, to answer with the right data, and to honour a start-time switch that
 * springdoc only knows as a build-time condition ({@code GAOXIN_SWAGGER_UI=false}).
 */
class ProductionStartIT {

    static final String ADMIN_PASSWORD = "Prod-Start-Adm1n!";
    static final String DEMO_PASSWORD = "Prod-Start-Dem0!";
    /** The README's JVM options for the production start on the embedded database (C1 only, a 256 MiB heap). */
    static final List<String> EMBEDDED_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Xmx256m");

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @DisplayName("生产启动（Spring AOT）在内嵌H2上：预置演示库就位，演示账号按范围登录，GAOXIN_SWAGGER_UI=false 关闭 Swagger UI")
    void startsOnTheEmbeddedDatabaseWithTheDemo(@TempDir Path dir) throws Exception {
        int port = freePort();
        Process app = start(dir, port, EMBEDDED_OPTIONS, List.of());
        try {
            awaitUp(app, port, dir);
            String log = Files.readString(dir.resolve("app.log"), StandardCharsets.UTF_8);
            assertThat(log).as("started from the build's AOT code").contains("Starting AOT-processed GaoxinApplication");
            assertThat(log).contains("预置演示库");
            HttpResponse<String> zones = get(port, "/api/zones", "admin", ADMIN_PASSWORD);
            assertThat(zones.statusCode()).isEqualTo(200);
            assertThat(zones.body()).contains("lanzhou", "兰州");
            HttpResponse<String> own = get(port, "/api/enterprises?zone=lanzhou&size=1", "zone-lanzhou", DEMO_PASSWORD);
            assertThat(own.statusCode()).isEqualTo(200);
            assertThat(own.body()).contains("\"total\"");
            assertThat(get(port, "/api/enterprises?zone=baiyin&size=1", "zone-lanzhou", DEMO_PASSWORD).statusCode()).isEqualTo(403);
            assertThat(get(port, "/swagger-ui/index.html", "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(404);
            assertThat(get(port, "/v3/api-docs", null, null).statusCode()).isEqualTo(200);
            HttpResponse<String> home = get(port, "/", "admin", ADMIN_PASSWORD);
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("高新区");
        } finally {
            stop(app);
        }
    }

    @Test
    @DisplayName("生产启动（Spring AOT）在 PostgreSQL 上（postgres 配置）：迁移、初始管理员、接口应答")
    void startsOnPostgresql(@TempDir Path dir) throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start()) {
            int port = freePort();
            Process app = start(dir, port, List.of("-Xmx384m"), List.of("--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"), "--spring.datasource.username=postgres"));
            try {
                awaitUp(app, port, dir);
                assertThat(Files.readString(dir.resolve("app.log"), StandardCharsets.UTF_8))
                        .contains("Starting AOT-processed GaoxinApplication").doesNotContain("预置演示库");
                HttpResponse<String> zones = get(port, "/api/zones", "admin", ADMIN_PASSWORD);
                assertThat(zones.statusCode()).isEqualTo(200);
                assertThat(zones.body()).contains("lanzhou");
                assertThat(get(port, "/api/enterprises?size=1", "admin", ADMIN_PASSWORD).body()).contains("\"total\":0");
            } finally {
                stop(app);
            }
        }
    }

    Process start(Path dir, int port, List<String> jvmOptions, List<String> args) throws IOException {
        Path jar = Path.of(System.getProperty("user.dir"), "target", "gaoxin.jar");
        assertThat(jar).as("packaged before the integration tests").exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dspring.aot.enabled=true"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--spring.main.banner-mode=off"));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile());
        pb.environment().put("GAOXIN_ADMIN_PASSWORD", ADMIN_PASSWORD);
        pb.environment().put("GAOXIN_DEMO_PASSWORD", DEMO_PASSWORD);
        pb.environment().put("GAOXIN_SWAGGER_UI", "false");
        pb.environment().remove("SPRING_PROFILES_ACTIVE");
        pb.environment().remove("SPRING_DATASOURCE_URL");
        return pb.start();
    }

    void awaitUp(Process app, int port, Path dir) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the platform exited with " + app.exitValue() + ":\n" + tail(dir));
            }
            try {
                HttpResponse<String> r = get(port, "/actuator/health", null, null);
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the platform did not report UP within 180 s:\n" + tail(dir));
    }

    HttpResponse<String> get(int port, String path, String user, String password) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static void stop(Process app) throws InterruptedException {
        app.destroy();
        if (!app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor();
        }
    }

    static String tail(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("app.log"), StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
