package cn.gov.gansu.gaoxin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 8 item 7(a): every GET endpoint of the application (pages, APIs, exports, downloads), read from its own
 * request mappings, tried as every role with path variables and filters pointing at ANOTHER zone's, city's and
 * enterprise's data. Data planted in zone 定西 (dingxi, 定西市): an enterprise, an innovation platform and, when
 * the policy engine offers one, its award. A scoped caller (a zone officer of 平凉, a city officer of 酒泉市, an
 * enterprise of 平凉, an expert, the three administrators) that gets a 200 showing the planted data is a leak.
 * Province-wide roles may see it; every role must never get a 500.
 */
abstract class ScopeProbeContract extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    @DisplayName("每个GET地址、每个角色、指向其他高新区/市州/企业的数据：不泄漏，不500")
    void noEndpointShowsAnotherScopesData() throws Exception {
        String target = enterpriseIn("dingxi");
        String platformName = unique("探针平台");
        String platformBody = asAdmin(post("/api/platforms", "{\"kind\":\"INCUBATOR\",\"level\":\"NATIONAL\",\"name\":\""
                + platformName + "\",\"zone\":\"dingxi\",\"recognisedOn\":\"2025-06-01\",\"industry\":{\"name\":\"生物医药\",\"codes\":[\"27\"]}}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated()).andReturn().getResponse().getContentAsString();
        String platformId = String.valueOf(((Number) JsonPath.read(platformBody, "$.id")).longValue());
        asAdmin(post("/api/enterprises/{u}/qualifications", "{\"qualification\":\"HIGH_TECH_ENTERPRISE\",\"recognition\":\"FIRST\","
                + "\"certificate\":\"GR202562000" + (100 + (int) (Math.random() * 800)) + "\",\"date\":\"2025-11-03\"}", target));
        String awardId = awardOf(target);
        String own = enterpriseIn("pingliang");

        Map<String, String> scoped = new LinkedHashMap<>();
        scoped.put("ZONE_OFFICER pingliang", zoneOfficer("pingliang"));
        scoped.put("CITY_OFFICER jiuquan-city", cityOfficer("jiuquan-city"));
        scoped.put("ENTERPRISE (pingliang)", user("ENTERPRISE", "enterprise", own));
        scoped.put("EXPERT", user("EXPERT", null, null));
        scoped.put("SYSTEM_ADMIN", user("SYSTEM_ADMIN", null, null));
        String sec = user("SECURITY_ADMIN", null, null);
        String aud = user("AUDIT_ADMIN", null, null);
        scoped.put("SECURITY_ADMIN", sec);
        scoped.put("AUDIT_ADMIN", aud);
        Map<String, String> wide = new LinkedHashMap<>();
        wide.put("PROVINCE_FINANCE", user("PROVINCE_FINANCE", null, null));
        wide.put("PROVINCE_GOVERNMENT", user("PROVINCE_GOVERNMENT", null, null));
        wide.put("AUDITOR", user("AUDITOR", null, null));
        wide.put("ZONE_OFFICER dingxi", zoneOfficer("dingxi"));
        wide.put("admin", "admin");

        // names, not codes: a code the request carried may be echoed back (filters, language links) without leaking
        String targetName = com.jayway.jsonpath.JsonPath.read(asAdmin(get("/api/enterprises/{u}", target)).andReturn()
                .getResponse().getContentAsString(), "$.name");
        List<String> markers = List.of(targetName, platformName);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        int seenByWide = 0;
        try {
            for (Endpoints.Endpoint e : Endpoints.all(mapping)) {
                if (!e.method().equals("GET") || e.path().equals("/login") || e.path().startsWith("/error")) {
                    continue;
                }
                String url = e.path().replace("{uscc}", target).replace("{code}", "dingxi").replace("{zone}", "dingxi")
                        .replace("{city}", "dingxi-city");
                if (url.contains("{id}")) {
                    url = url.replace("{id}", url.contains("platform") ? platformId : url.contains("award") && awardId != null ? awardId : "1");
                }
                url = url.replaceAll("\\{[^}]+}", "x");
                String query = "?zone=dingxi&city=dingxi-city&beneficiary=" + target + "&enterprise=" + target + "&uscc=" + target;
                for (Map.Entry<String, String> who : all(scoped, wide).entrySet()) {
                    String password = who.getValue().equals("admin") ? ADMIN_PASSWORD : PASSWORD;
                    requests++;
                    MockHttpServletResponse r;
                    try {
                        r = mvc.perform(MockMvcRequestBuilders.get(url + query)
                                .header("Authorization", basic(who.getValue(), password))).andReturn().getResponse();
                    } catch (jakarta.servlet.ServletException broken) {
                        failures.add(who.getKey() + " GET " + url + " → exception " + broken.getRootCause());
                        continue;
                    }
                    if (r.getStatus() >= 500) {
                        failures.add(who.getKey() + " GET " + url + " → " + r.getStatus());
                    }
                    boolean legitimate = wide.containsKey(who.getKey())
                            || who.getKey().equals("AUDIT_ADMIN") && url.contains("audit")
                            || who.getKey().endsWith("ADMIN") && url.contains("users");
                    if (r.getStatus() == 200 && legitimate && markers.stream().anyMatch(text(r)::contains)) {
                        seenByWide++;
                    }
                    if (r.getStatus() == 200 && !legitimate) {
                        String text = text(r);
                        for (String marker : markers) {
                            if (text.contains(marker)) {
                                failures.add("LEAK: " + who.getKey() + " GET " + url + " shows " + marker);
                            }
                        }
                    }
                }
            }
        } finally {
            for (String u : new String[] {sec, aud}) {
                asAdmin(post("/api/admin/users/{u}/disable", "{}", u));
            }
        }
        System.out.println("scope probe: " + requests + " requests, award planted: " + (awardId != null));
        assertThat(requests).isGreaterThan(100);
        assertThat(seenByWide).as("the planted data is visible to province-wide roles (the probe can see a leak)").isGreaterThan(10);
        assertThat(failures).as("leaks and errors").isEmpty();
    }

    private static Map<String, String> all(Map<String, String> a, Map<String, String> b) {
        Map<String, String> out = new LinkedHashMap<>(a);
        out.putAll(b);
        return out;
    }

    /** The award the policy engine offered the planted enterprise (免申即享), or null when none came. */
    private String awardOf(String uscc) throws Exception {
        for (int i = 0; i < 20; i++) {
            String body = asAdmin(get("/api/awards?beneficiary={u}", uscc)).andReturn().getResponse().getContentAsString();
            List<Object> ids = JsonPath.read(body, "$.items[*].id");
            if (!ids.isEmpty()) {
                return String.valueOf(ids.get(0));
            }
            Thread.sleep(100);
        }
        return null;
    }

    /** The body as text; an Excel file's sheets unzipped. */
    private static String text(MockHttpServletResponse r) throws IOException {
        byte[] bytes = r.getContentAsByteArray();
        if (bytes.length > 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            StringBuilder b = new StringBuilder();
            java.nio.file.Path file = java.nio.file.Files.createTempFile("probe", ".zip");
            try {
                java.nio.file.Files.write(file, bytes);
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                    for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        b.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
            return b.toString();
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
