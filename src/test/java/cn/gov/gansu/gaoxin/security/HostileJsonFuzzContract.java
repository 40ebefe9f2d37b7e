package cn.gov.gansu.gaoxin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 8 item 7(b): seeded hostile JSON to every POST/PUT API endpoint that reads a body, read from the
 * application's request mappings — wrong types, huge numbers, 30-decimal strings, 100,000-character strings,
 * control and bidirectional characters, 10,000-deep nesting, arrays for objects, empty and broken bodies.
 * Never a 500, never a hang (each request bounded), and a refused request changes no table.
 */
abstract class HostileJsonFuzzContract extends IntegrationTest {

    private static final long SEED = 20261130L;
    private static final String DEEP_ARRAY = "[".repeat(10_000) + "]".repeat(10_000);
    private static final String DEEP_OBJECT = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    private static final String LONG_TEXT = "\"" + "长".repeat(50_000) + "x".repeat(50_000) + "\"";
    private static final String CONTROL_BIDI = "\"\\u0000\\u0007\\u001b[31m\u202Eevil\u2066\u202C\u200F\\r\\n\"";
    /**
     * Tables a refused request may still touch: sessions, the audit of the refusal, the lock of a job; and what
     * background jobs write meanwhile (the home dashboards' stored figures, {@code dashboard_snapshot}).
     */
    private static final List<String> VOLATILE = List.of("spring_session", "spring_session_attributes", "audit_log",
            "flyway_schema_history", "job_lock", "event_publication", "event_publication_archive", "dashboard_snapshot");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("每个POST/PUT接口收到恶意JSON：从不500、从不挂起、被拒绝时不写入任何数据")
    void hostileJsonNeverBreaksAnEndpoint() throws Exception {
        String uscc = enterpriseIn("lanzhou");
        String throwaway = user("AUDITOR", null, null);
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (Endpoints.Endpoint e : Endpoints.all(mapping)) {
            if (!e.isApi() || !(e.method().equals("POST") || e.method().equals("PUT")) || e.bodyType() == null) {
                continue;
            }
            String url = e.path().replace("{uscc}", uscc).replace("{year}", "2024").replace("{code}", "lanzhou")
                    .replace("{username}", throwaway).replaceAll("\\{id}", "999999").replaceAll("\\{[^}]+}", "x");
            boolean self = e.path().equals("/api/account/password");
            Map<String, Long> before = counts();
            boolean anyAccepted = false;
            for (String body : bodies(e.bodyFields(), random)) {
                requests++;
                MockHttpServletResponse r = send(e.method(), url, body, self ? throwaway : "admin", self ? PASSWORD : ADMIN_PASSWORD);
                if (r.getStatus() >= 500) {
                    failures.add(e.method() + " " + e.path() + " → " + r.getStatus() + " for " + abbreviate(body) + ": "
                            + abbreviate(r.getContentAsString()));
                }
                anyAccepted |= r.getStatus() < 300;
                statuses.merge(r.getStatus(), 1, Integer::sum);
                boolean broken = body.equals("{") || body.equals(DEEP_ARRAY) || body.equals(DEEP_OBJECT) || body.equals("{}}");
                if (broken && r.getStatus() != 400) {
                    failures.add(e.method() + " " + e.path() + " → " + r.getStatus() + " (expected 400) for " + abbreviate(body));
                }
            }
            if (!anyAccepted) {
                Map<String, Long> after = counts();
                if (!after.equals(before)) {
                    failures.add(e.method() + " " + e.path() + " refused every body but changed tables: " + diff(before, after));
                }
            }
        }
        System.out.println("hostile JSON: " + requests + " requests, statuses " + statuses);
        assertThat(requests).as("hostile requests sent").isGreaterThan(100);
        assertThat(failures).as("endpoints broken by hostile JSON").isEmpty();
    }

    private MockHttpServletResponse send(String method, String url, String body, String user, String password) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> mvc.perform(MockMvcRequestBuilders
                        .request(org.springframework.http.HttpMethod.valueOf(method), url)
                        .contentType(MediaType.APPLICATION_JSON).content(body).accept(MediaType.APPLICATION_JSON)
                        .header("Authorization", basic(user, password)))
                .andReturn().getResponse(), () -> method + " " + url + " hung on " + abbreviate(body));
    }

    /** The structural attacks, then each hostile value in every field (fields in a seeded order). */
    static List<String> bodies(List<String> fields, Random random) {
        List<String> out = new ArrayList<>(List.of("", "{", "{\"a\":", "null", "[]", "[{}]", "\"text\"", "42", "{}}",
                DEEP_ARRAY, DEEP_OBJECT, "\u0000\u0001", "{\"" + "k".repeat(100_000) + "\":1}"));
        List<String> names = new ArrayList<>(fields.isEmpty() ? List.of("name", "zone", "amountYuan", "year") : fields);
        java.util.Collections.shuffle(names, random);
        List<Function<Integer, String>> values = List.of(
                i -> "1e2147483647", i -> "-1e2147483647", i -> "1e-2147483647",
                i -> "123456789012345678901234567890123456789", i -> "\"0.123456789012345678901234567890\"",
                i -> "0.123456789012345678901234567890", i -> LONG_TEXT, i -> CONTROL_BIDI, i -> "[[1],{}]",
                i -> "{\"x\":{\"y\":[]}}", i -> "true", i -> "\"2024-02-30\"", i -> DEEP_ARRAY.substring(0, 4000) + DEEP_ARRAY.substring(16_000));
        for (Function<Integer, String> v : values) {
            StringBuilder b = new StringBuilder("{");
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                String value = v.apply(i);
                if (value.length() > 50_000 && i > 0) {
                    value = "\"" + "y".repeat(random.nextInt(1000)) + "\""; // one 100,000-character field per body
                }
                b.append('"').append(names.get(i)).append("\":").append(value);
            }
            out.add(b.append('}').toString());
        }
        return out;
    }

    private Map<String, Long> counts() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String table : jdbc.sql("SELECT table_name FROM information_schema.tables WHERE LOWER(table_schema) = 'public' "
                + "AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_name").query(String.class).list()) {
            if (!VOLATILE.contains(table.toLowerCase())) {
                out.put(table.toLowerCase(), jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
            }
        }
        return out;
    }

    private static String diff(Map<String, Long> before, Map<String, Long> after) {
        StringBuilder b = new StringBuilder();
        after.forEach((t, n) -> {
            if (!n.equals(before.get(t))) {
                b.append(t).append(' ').append(before.get(t)).append("→").append(n).append("; ");
            }
        });
        return b.toString();
    }

    private static String abbreviate(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "·");
        return clean.length() > 120 ? clean.substring(0, 120) + "…(" + s.length() + ")" : clean;
    }
}
