package cn.gov.gansu.gaoxin.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import cn.gov.gansu.gaoxin.shared.Uscc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Base of the API and persistence tests: the whole application on an in-memory H2 in PostgreSQL
 * mode, through the real security filters. Subclasses annotated {@link OnPostgres} run the same
 * tests on a real PostgreSQL. Tests share a context, so each creates its own data with fresh
 * USCCs and user names. Passwords are hashed at bcrypt cost 4 (the platform's is 10, see
 * SecurityConfiguration.encoder): every test creates and signs in its own users.
 */
@SpringBootTest(properties = {
        "gaoxin.demo=false",
        "GAOXIN_ADMIN_PASSWORD=" + IntegrationTest.ADMIN_PASSWORD,
        "spring.datasource.url=jdbc:h2:mem:gaoxin-test;MODE=PostgreSQL;DB_CLOSE_DELAY=-1",
        "gaoxin.awards.public-notice-days=0",
        "logging.level.cn.gov.gansu.gaoxin=WARN",
        "gaoxin.security.bcrypt-strength=4"})
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    public static final String ADMIN_PASSWORD = "Test-Admin-Passw0rd!";
    public static final String PASSWORD = "Zone-Officer-Pa55!";
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final Random RANDOM = new Random(20261128);

    @Autowired
    protected MockMvc mvc;

    /** A valid USCC never used before in this JVM. */
    protected static synchronized String newUscc() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder body = new StringBuilder("91620100");
        for (int i = 0; i < 9; i++) {
            body.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return Uscc.withCheckCharacter(body.toString()).value();
    }

    protected static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 100000, 36);
    }

    protected static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    protected ResultActions asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return as("admin", ADMIN_PASSWORD, request);
    }

    protected ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
        return as(user, PASSWORD, request);
    }

    protected ResultActions as(String user, String password, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", basic(user, password)));
    }

    protected static MockHttpServletRequestBuilder get(String url, Object... vars) {
        return MockMvcRequestBuilders.get(url, vars).accept(MediaType.APPLICATION_JSON);
    }

    protected static MockHttpServletRequestBuilder post(String url, String json, Object... vars) {
        return MockMvcRequestBuilders.post(url, vars).contentType(MediaType.APPLICATION_JSON).content(json)
                .accept(MediaType.APPLICATION_JSON);
    }

    protected static MockHttpServletRequestBuilder put(String url, String json, Object... vars) {
        return MockMvcRequestBuilders.put(url, vars).contentType(MediaType.APPLICATION_JSON).content(json)
                .accept(MediaType.APPLICATION_JSON);
    }

    /** Creates a user through the contract's admin API and answers its name. */
    protected String user(String role, String scopeField, String scopeValue) throws Exception {
        String name = unique(role.toLowerCase().replace('_', '-'));
        String scope = scopeField == null ? "" : ",\"" + scopeField + "\":\"" + scopeValue + "\"";
        asAdmin(post("/api/admin/users", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"role\":\""
                + role + "\"" + scope + "}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
        return name;
    }

    protected String zoneOfficer(String zone) throws Exception {
        return user("ZONE_OFFICER", "zone", zone);
    }

    protected String cityOfficer(String city) throws Exception {
        return user("CITY_OFFICER", "city", city);
    }

    /** Registers an enterprise as admin and answers its USCC. */
    protected String enterpriseIn(String zone) throws Exception {
        String uscc = newUscc();
        asAdmin(post("/api/enterprises", "{\"uscc\":\"" + uscc + "\",\"name\":\"测试科技有限公司" + uscc.substring(10)
                + "\",\"zone\":\"" + zone + "\"}"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
        return uscc;
    }
}
