package com.realsourcing.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document: both ways to authenticate are declared, and every operation accepts either. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI realSourcingOpenApi() {
        return new OpenAPI()
                .servers(java.util.List.of(
                        new io.swagger.v3.oas.models.servers.Server().url("/").description("This server")))
                .info(new Info()
                        .title("RealSourcing API")
                        .version("v1")
                        .description("Errors are RFC 9457 problem details with a stable `code` and `errors[]`; "
                                + "messages follow Accept-Language (zh-CN default, en-US)."))
                .components(new Components()
                        .addSecuritySchemes(
                                "session",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("SESSION")
                                        .description("Browser session from POST /api/identity/login; state-changing "
                                                + "requests also send X-XSRF-TOKEN (value of the XSRF-TOKEN cookie)"))
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Personal access token from POST /api/identity/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("session"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
