package cn.gov.gansu.gaoxin.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs: HTTP Basic, Chinese title and conventions. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI gaoxinOpenApi() {
        return new OpenAPI()
                .info(new Info().title("甘肃省高新区高质量发展政策管理平台 API").version("1")
                        .description("所有 /api/** 请求使用 HTTP Basic 认证。金额为以元为单位的字符串（如 “200000.00”），"
                                + "日期为 yyyy-MM-dd。错误以 RFC 9457 problem detail（application/problem+json）返回，detail 为中文。"
                                + "查询结果均按调用者的数据范围过滤。"))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
