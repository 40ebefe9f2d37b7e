package cn.gov.gansu.gaoxin.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import cn.gov.gansu.gaoxin.shared.web.ProblemDetails;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in: HTTP Basic on {@code /api/**} (no CSRF token when an Authorization header is sent),
 * the form at {@code /login} for pages (CSRF on), sessions in the database, Chinese problem
 * details for 401 and 403 on the API, no framing by other sites.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /** API clients: HTTP Basic on every request, no session, no CSRF token (the header proves intent). */
    @Bean
    @Order(1)
    SecurityFilterChain basicChain(HttpSecurity http, UserAccounts accounts, SignInAuthentication signIn,
            AuthenticationEventPublisher events) throws Exception {
        http
                .authenticationManager(manager(signIn, events))
                .securityMatcher(request -> request.getHeader("Authorization") != null)
                .authorizeHttpRequests(SecurityConfiguration::rules)
                .httpBasic(b -> b.realmName("gaoxin").authenticationEntryPoint(apiEntryPoint()))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(apiEntryPoint()).accessDeniedHandler(apiDenied()))
                .headers(SecurityConfiguration::headers)
                .addFilterAfter(new FirstSignInPasswordChange(accounts, false), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new RequestSizeLimit(), org.springframework.security.web.header.HeaderWriterFilter.class);
        return http.build();
    }

    /** One provider, no parent: a refused sign-in is never tried a second time elsewhere. */
    private static AuthenticationManager manager(SignInAuthentication signIn, AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(signIn);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /** Browsers: the form at /login, a session in the database, CSRF on every change. */
    @Bean
    @Order(2)
    SecurityFilterChain browserChain(HttpSecurity http, UserAccounts accounts, SignInAuthentication signIn,
            AuthenticationEventPublisher events) throws Exception {
        http
                .authenticationManager(manager(signIn, events))
                .authorizeHttpRequests(SecurityConfiguration::rules)
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler((request, response, ex) -> response.sendRedirect(request.getContextPath()
                                + (ex instanceof SignInAuthentication.SignInThrottled ? "/login?throttled" : "/login?error"))))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // an /api request without credentials and without a session can forge nothing: it gets the API's
                // 401 with WWW-Authenticate, not a CSRF 403; a browser session calling /api still needs the token
                .csrf(c -> c.ignoringRequestMatchers(request -> API.matches(request) && request.getSession(false) == null))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(apiEntryPoint(), API)
                        .defaultAuthenticationEntryPointFor(
                                new org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint("/login"),
                                request -> !API.matches(request))
                        .defaultAccessDeniedHandlerFor(apiDenied(), API))
                .headers(SecurityConfiguration::headers)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .addFilterAfter(new FirstSignInPasswordChange(accounts, true), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new RequestSizeLimit(), org.springframework.security.web.header.HeaderWriterFilter.class);
        return http.build();
    }

    private static void rules(
            org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry a) {
        a.requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
                        "/error", "/actuator/health", "/actuator/health/**", "/actuator/info",
                        "/v3/api-docs", "/v3/api-docs/**")
                .permitAll()
                // issue 8 item 6: Swagger UI for signed-in users only (switched off in production by springdoc.swagger-ui.enabled=false)
                .anyRequest().authenticated();
    }

    private static void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.frameOptions(f -> f.sameOrigin())
                .addHeaderWriter(new org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter(
                        new org.springframework.security.web.util.matcher.NegatedRequestMatcher(SWAGGER_UI),
                        new org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
                        new org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)));
    }

    static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

    /**
     * issue 8 item 6: everything from this server only, no inline script, no inline style, no eval (pages keep
     * their behaviour in static/js and take data from data-* attributes; see docs/security.md). data: images
     * are allowed for the icons Swagger UI's stylesheet embeds.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

    /**
     * Swagger UI's own bundle (signed-in users only, off in production) writes one inline style; only its pages
     * may apply inline styles. Scripts stay 'self' only.
     */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    /** bcrypt by default (DelegatingPasswordEncoder), with successful checks remembered briefly. */
    @Bean
    PasswordEncoder passwordEncoder(@org.springframework.beans.factory.annotation.Value("${gaoxin.security.bcrypt-strength:"
            + DEFAULT_BCRYPT_STRENGTH + "}") int bcryptStrength) {
        return new VerifiedPasswordCache(encoder(bcryptStrength), Duration.ofMinutes(5));
    }

    /** Spring Security's bcrypt cost (2^10 rounds), what the platform runs with. */
    static final int DEFAULT_BCRYPT_STRENGTH = 10;

    /**
     * Spring Security's delegating encoder (new hashes {@code {bcrypt}}, every other stored id still matched) at
     * the default cost; {@code gaoxin.security.bcrypt-strength} lowers it for the test suites only (4: 1 ms a hash
     * instead of 120 ms on the shared test machine, where every test creates and signs in its own users — bcrypt
     * was most of the suite's time). A hash records its own cost, so any stored hash is matched at any setting.
     */
    static PasswordEncoder encoder(int bcryptStrength) {
        PasswordEncoder standard = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        if (bcryptStrength == DEFAULT_BCRYPT_STRENGTH) {
            return standard;
        }
        org.slf4j.LoggerFactory.getLogger(SecurityConfiguration.class).warn(
                "bcrypt 强度为 {}（默认 {}）：仅供测试使用", bcryptStrength, DEFAULT_BCRYPT_STRENGTH);
        var delegating = new org.springframework.security.crypto.password.DelegatingPasswordEncoder("bcrypt",
                java.util.Map.of("bcrypt", new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(bcryptStrength)));
        delegating.setDefaultPasswordEncoderForMatches(standard);
        return delegating;
    }

    static AuthenticationEntryPoint apiEntryPoint() {
        return (request, response, ex) -> {
            if (ex instanceof SignInAuthentication.SignInThrottled throttled) {
                response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
                write(response, HttpStatus.TOO_MANY_REQUESTS, "登录失败次数过多",
                        "来自您所在地址的登录失败次数过多，请" + throttled.retryAfterSeconds() + "秒后再试");
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"gaoxin\", charset=\"UTF-8\"");
            String detail = ex instanceof org.springframework.security.authentication.LockedException
                    ? "账户因连续多次密码错误已被锁定，请15分钟后再试"
                    : "请使用有效的用户名和密码登录（HTTP Basic）";
            write(response, HttpStatus.UNAUTHORIZED, "未登录或登录失败", detail);
        };
    }

    static AccessDeniedHandler apiDenied() {
        return (request, response, ex) -> write(response, HttpStatus.FORBIDDEN, "无权访问",
                "您的角色或数据范围无权执行此操作（若通过浏览器会话调用，请携带CSRF令牌）");
    }

    static void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getOutputStream().write(ProblemDetails.json(status, title, detail).getBytes(StandardCharsets.UTF_8));
    }
}
