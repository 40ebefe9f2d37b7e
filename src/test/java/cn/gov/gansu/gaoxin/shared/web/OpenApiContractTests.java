package cn.gov.gansu.gaoxin.shared.web;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

class OpenApiContractTests extends IntegrationTest {

    @Test
    void dump() throws Exception {
        String body = asAdmin(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(Path.of("target/openapi.json"), body);
    }
}
