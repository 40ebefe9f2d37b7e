package cn.gov.gansu.gaoxin.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description served at /v3/api-docs (issue 13): HTTP Basic, Chinese title and
 * conventions, and the customisers that apply the platform's conventions to every controller of
 * every module — including modules added later — so that a generated client gets unique operation
 * ids, module tags in Chinese, declared problem details, money as decimal strings and distinct
 * schema names. See docs/openapi.md.
 */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI gaoxinOpenApi() {
        return new OpenAPI()
                .info(new Info().title("甘肃省高新区高质量发展政策管理平台 API").version("1")
                        .description("所有 /api/** 请求使用 HTTP Basic 认证（带 Authorization 头的请求无需 CSRF 令牌）。"
                                + "金额为以元为单位的十进制字符串（如 “200000.00”），日期为 yyyy-MM-dd。"
                                + "错误以 RFC 9457 problem detail（application/problem+json）返回，detail 为中文。"
                                + "查询结果均按调用者的数据范围过滤；范围外的数据答 403 或 404，且不透露其内容。"
                                + "每个操作的说明列出可调用的角色。"))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    GlobalOperationCustomizer gaoxinOperationNames() {
        return new OpenApiOperations();
    }

    @Bean
    GlobalOpenApiCustomizer gaoxinOpenApiConventions() {
        return new OpenApiConventions();
    }

    @Bean
    OpenApiSchemaNames gaoxinSchemaNames() {
        return new OpenApiSchemaNames();
    }
}
