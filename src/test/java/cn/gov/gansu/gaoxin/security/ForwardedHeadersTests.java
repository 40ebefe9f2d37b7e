package cn.gov.gansu.gaoxin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import cn.gov.gansu.gaoxin.support.EmbeddedServerTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 8 item 6 through the real embedded Tomcat: behind a TLS-terminating proxy (a request from a loopback
 * proxy with {@code X-Forwarded-Proto: https}) the session cookie is Secure and HSTS is sent
 * ({@code server.forward-headers-strategy=native}); over plain HTTP neither.
 */
@EmbeddedServerTest
class ForwardedHeadersTests {

    @LocalServerPort
    int port;

    private HttpResponse<String> login(boolean viaTlsProxy) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).GET();
        if (viaTlsProxy) {
            b.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("经TLS代理时会话Cookie带Secure、HttpOnly并发送HSTS；直接HTTP时不发送")
    void behindATlsProxyCookiesAreSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> proxied = login(true);
        assertThat(proxied.statusCode()).isEqualTo(200);
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();
        String cookie = proxied.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow();
        assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax");

        HttpResponse<String> plain = login(false);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst().orElseThrow())
                .doesNotContain("Secure");
    }
}
