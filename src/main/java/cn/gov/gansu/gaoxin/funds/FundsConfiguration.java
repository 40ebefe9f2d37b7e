package cn.gov.gansu.gaoxin.funds;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default {@link Notifier}: writes a log line only (the in-app message is the notice). */
@Configuration
class FundsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    @Bean
    @ConditionalOnMissingBean(Notifier.class)
    Notifier loggingNotifier() {
        return (kind, recipient, subject, body) -> log.info("notice to {} {}: {} — {}", kind, recipient, subject, body);
    }
}
