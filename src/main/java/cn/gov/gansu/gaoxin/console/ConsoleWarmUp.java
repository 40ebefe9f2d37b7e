package cn.gov.gansu.gaoxin.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The first page a person opens after a start should not pay for the start's lazy work (issue 9: the first
 * {@code GET /} of a fresh JVM took 0.9 s, 0.3 s once another page had been served). Once the application is
 * ready, a background thread asks the embedded server for the sign-in page over loopback: the request walks
 * Tomcat, the security filters, Spring MVC's first dispatch and Thymeleaf's first render with the message source,
 * so the first official's page finds them initialised. It signs nobody in and changes no data (the sign-in page's
 * CSRF token opens a session that expires unused). {@code gaoxin.console.warm-up=false} turns it off; without an
 * embedded server (tests with a mock environment) nothing happens.
 */
@Component
class ConsoleWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ConsoleWarmUp.class);

    private final Environment env;
    private volatile int status;

    ConsoleWarmUp(Environment env) {
        this.env = env;
    }

    /** The HTTP status the warm-up request got (0: not run, or failed). */
    int status() {
        return status;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready(ApplicationReadyEvent event) {
        if (!env.getProperty("gaoxin.console.warm-up", Boolean.class, Boolean.TRUE)
                || !(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        int port = web.getWebServer().getPort();
        if (port <= 0) {
            return;
        }
        Thread t = new Thread(() -> warm(port), "console-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private void warm(int port) {
        long t0 = System.nanoTime();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .timeout(Duration.ofSeconds(30)).header("Accept-Language", "zh-CN").GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            log.debug("控制台预热：/login {}，用时{}毫秒", status, (System.nanoTime() - t0) / 1_000_000);
        } catch (java.io.IOException | RuntimeException e) {
            log.debug("控制台预热未完成：{}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
