package cn.gov.gansu.gaoxin.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code springdoc.swagger-ui.enabled=false} (set by {@code GAOXIN_SWAGGER_UI=false} in production) as a check at
 * every request, not only as springdoc's build-time condition: with Spring AOT (the production start,
 * {@code -Dspring.aot.enabled=true}) conditions are decided when the jar is built, so the UI's beans exist whatever
 * the environment says at start. When switched off, Swagger UI's pages answer 404 as if they did not exist; the
 * OpenAPI description ({@code /v3/api-docs}) is not affected.
 */
@Component
class SwaggerUiSwitch extends OncePerRequestFilter {

    private final boolean enabled;

    SwaggerUiSwitch(Environment env) {
        this.enabled = env.getProperty("springdoc.swagger-ui.enabled", Boolean.class, Boolean.TRUE);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return enabled || !(path.startsWith("/swagger-ui/") || path.equals("/swagger-ui.html") || path.equals("/swagger-ui"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
