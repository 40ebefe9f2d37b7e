package cn.gov.gansu.gaoxin.console;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * english (issue 9 item 8): a sentence a page class builds (a flash message, a label computed in Java)
 * from messages.properties / messages_en.properties, in the language of the current request.
 */
@Component
class Texts {

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The message, or {@code fallback} when there is none (a code the messages do not know). */
    String orElse(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }

    boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
