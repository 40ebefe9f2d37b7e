package cn.gov.gansu.gaoxin.console;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * 界面语言: Chinese (zh-CN) always, unless the user chose English with {@code ?lang=en}. The
 * browser's Accept-Language is deliberately ignored — officials' machines often run an English
 * system, and the platform is a Chinese one; the choice is kept for a year in the cookie
 * {@code gaoxin-lang} (so it survives signing out), and {@code ?lang=zh-CN} switches back.
 */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;
    static final String COOKIE = "gaoxin-lang";

    /** Named {@code localeResolver} so that Spring MVC uses it instead of the Accept-Language one. */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setDefaultLocale(DEFAULT);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setRejectInvalidCookies(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new SupportedOnly(change));
    }

    /** Accepts only the two languages the console has texts for; anything else is ignored. */
    private static final class SupportedOnly implements org.springframework.web.servlet.HandlerInterceptor {

        private final LocaleChangeInterceptor delegate;

        SupportedOnly(LocaleChangeInterceptor delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean preHandle(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                Object handler) throws jakarta.servlet.ServletException {
            String lang = request.getParameter("lang");
            if (lang == null) {
                return true;
            }
            String l = lang.trim().toLowerCase(Locale.ROOT).replace('_', '-');
            if (l.equals("en") || l.equals("zh-cn") || l.equals("zh")) {
                return delegate.preHandle(request, response, handler);
            }
            return true;
        }
    }
}
