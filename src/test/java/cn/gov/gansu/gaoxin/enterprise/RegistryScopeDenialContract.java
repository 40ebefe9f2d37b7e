package cn.gov.gansu.gaoxin.enterprise;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every registry endpoint refuses a caller whose scope does not hold the data: a zone officer of
 * another zone, a city officer of another city, an enterprise user for another enterprise.
 */
abstract class RegistryScopeDenialContract extends IntegrationTest {

    String target;
    String otherZoneOfficer;
    String otherCityOfficer;
    String otherEnterpriseUser;

    @BeforeEach
    void setUp() throws Exception {
        target = enterpriseIn("jinchang");
        otherZoneOfficer = zoneOfficer("jiayuguan");
        otherCityOfficer = cityOfficer("lanzhou-city");
        otherEnterpriseUser = user("ENTERPRISE", "enterprise", enterpriseIn("jinchang"));
    }

    MockHttpServletRequestBuilder[] reads() {
        return new MockHttpServletRequestBuilder[] {get("/api/enterprises/{u}", target), get("/api/zones/jinchang")};
    }

    MockHttpServletRequestBuilder[] writes() {
        return new MockHttpServletRequestBuilder[] {
                post("/api/enterprises/{u}/qualifications", EnterpriseApiContract.qualification("GR9" + System.nanoTime() % 100000), target),
                post("/api/enterprises/{u}/introductions", "{\"category\":\"GAZELLE\",\"date\":\"2025-03-01\"}", target),
                post("/api/enterprises/{u}/national-projects", "{\"programme\":\"KEY_RD\",\"project\":\"2025YFB0000001\","
                        + "\"fundingLandedYuan\":\"4200000.00\",\"date\":\"2025-08-01\"}", target),
                put("/api/enterprises/{u}/statistics/2024", "{\"revenue\":\"100.00\"}", target),
                put("/api/enterprises/{u}/zone", "{\"zone\":\"jiayuguan\",\"date\":\"2025-01-01\"}", target),
                put("/api/zones/jinchang/leading-industries", "[{\"name\":\"有色金属新材料\",\"industryCodes\":[\"32\"]}]"),
                post("/api/zones/jinchang/partners", "{\"kind\":\"PARTNER_PARK\",\"partnerName\":\"x\",\"region\":\"长三角\",\"since\":\"2024-01-01\"}"),
                post("/api/zones/jinchang/status", "{\"status\":\"REVOKED\",\"date\":\"2025-01-01\",\"reason\":\"x\"}"),
                post("/api/zones/jinchang/enclave-parks", "{\"code\":\"jinchang-x\",\"name\":\"x\",\"established\":\"2024-01-01\"}"),
                post("/api/zones", "{\"code\":\"newzone\",\"name\":\"x\",\"city\":\"wuwei-city\",\"recognisedOn\":\"2025-01-01\"}")};
    }

    @Test
    @DisplayName("范围外的读取一律404，不泄露任何信息")
    void readsOutsideTheScopeRevealNothing() throws Exception {
        for (String user : new String[] {otherZoneOfficer, otherCityOfficer, otherEnterpriseUser}) {
            for (MockHttpServletRequestBuilder read : reads()) {
                as(user, read).andExpect(status().isNotFound());
            }
        }
    }

    @Test
    @DisplayName("范围外的修改一律拒绝，数据不变")
    void writesOutsideTheScopeAreRefused() throws Exception {
        for (String user : new String[] {otherZoneOfficer, otherCityOfficer, otherEnterpriseUser}) {
            for (MockHttpServletRequestBuilder write : writes()) {
                as(user, write).andExpect(result -> {
                    int s = result.getResponse().getStatus();
                    if (s != 403 && s != 404) {
                        throw new AssertionError(user + " → " + result.getRequest().getRequestURI() + " answered " + s);
                    }
                });
            }
        }
        asAdmin(get("/api/enterprises/{u}", target))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.zone").value("jinchang"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.qualifications.length()").value(0))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.statistics.length()").value(0));
    }
}
