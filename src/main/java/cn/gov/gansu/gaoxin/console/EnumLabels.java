package cn.gov.gansu.gaoxin.console;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * english (issue 9 item 8): the label of an enum value that has a {@code chineseName()} (platform
 * kinds and levels, roles, qualifications, statuses…), in the page's language. Used in templates as
 * {@code ${@labels.of(x)}} instead of {@code ${x.chineseName()}}: in Chinese it is exactly
 * {@code chineseName()}; in English it is the message {@code enum.<EnumClass>.<VALUE>} of
 * messages_en.properties, falling back to the Chinese name when a translation is missing.
 */
@Component("labels")
class EnumLabels {

    private final MessageSource messages;

    EnumLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String of(Enum<?> value) {
        if (value == null) {
            return Formats.NONE;
        }
        String chinese = chineseName(value);
        Locale locale = LocaleContextHolder.getLocale();
        if (!"en".equals(locale.getLanguage())) {
            return chinese;
        }
        return messages.getMessage("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), null, chinese, locale);
    }

    private static String chineseName(Enum<?> value) {
        try {
            return String.valueOf(value.getClass().getMethod("chineseName").invoke(value));
        } catch (ReflectiveOperationException | RuntimeException none) {
            return value.name();
        }
    }
}
