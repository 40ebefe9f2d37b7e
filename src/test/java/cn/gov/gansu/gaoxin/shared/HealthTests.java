package cn.gov.gansu.gaoxin.shared;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class HealthTests extends IntegrationTest {

    @Test
    void healthAnswersUpWithoutSigningInOnceReady() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().json("{\"status\":\"UP\"}", true));
    }

    @Test
    void theOpenApiDescriptionIsServed() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.paths['/api/enterprises']").exists());
    }
}
