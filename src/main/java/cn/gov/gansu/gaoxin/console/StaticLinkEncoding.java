package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The resource chain (on because the webjars locator is on the class path) rewrites the links a page writes with
 * {@code @{...}} to the static files' public paths — {@code /webjars/htmx.org/dist/htmx.min.js} to its versioned
 * path. Spring's filter looked up EVERY link of a page that way, and a page link (a menu entry, a row's detail) is
 * no static file: each was searched for in every static location and, a miss being never cached, again on every
 * page (a fifth of the time of a console page in the test suite, whose class path holds 250 jars). Here only links
 * under the static folders ({@code /webjars/}, {@code /css/}, {@code /js/}, {@code /img/}, the favicons) go to the
 * resource chain; every other link is encoded as without it.
 */
@Configuration
class StaticLinkEncoding {

    static final List<String> STATIC = List.of("/webjars/", "/css/", "/js/", "/img/", "/favicon.");

    /** Takes the place of Boot's (it backs off when a filter of this type is registered). */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> staticLinkEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new StaticOnly());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** Spring's filter, its URL encoding reached by static links only. */
    static final class StaticOnly extends ResourceUrlEncodingFilter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws ServletException, IOException {
            if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse plain)) {
                super.doFilter(request, response, chain);
                return;
            }
            String context = http.getContextPath();
            super.doFilter(request, response, (req, res) -> chain.doFilter(req,
                    new HttpServletResponseWrapper((HttpServletResponse) res) {
                        @Override
                        public String encodeURL(String url) {
                            return isStatic(url, context) ? super.encodeURL(url) : plain.encodeURL(url);
                        }
                    }));
        }

        static boolean isStatic(String url, String context) {
            String path = url.startsWith(context) ? url.substring(context.length()) : url;
            return STATIC.stream().anyMatch(path::startsWith);
        }
    }
}
