package cn.gov.gansu.gaoxin.console;

import java.util.Locale;

import cn.gov.gansu.gaoxin.industry.RecordKind;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Labels of the development, profile and innovation pages in the page's language: in Chinese exactly
 * the domain's Chinese name, in English the message of messages_en.properties (falling back to the
 * Chinese when a translation is missing). Used as {@code ${@devLabels.kind(k)}} etc.
 */
@Component("devLabels")
class DevelopmentLabels {

    private final MessageSource messages;

    DevelopmentLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** A development record kind, e.g. 科技金融 / Technology finance. */
    public String kind(RecordKind kind) {
        return text("devkind." + kind.name(), kind.chineseName());
    }

    /** A category of a kind, e.g. 知识产权质押贷款 / IP-pledge loan. */
    public String category(RecordKind kind, String code) {
        return code == null ? Formats.NONE : text("devcat." + kind.name() + "." + code, kind.categories().getOrDefault(code, code));
    }

    /** A category named by its kind's code (the record's). */
    public String category(String kind, String code) {
        return category(RecordKind.valueOf(kind), code);
    }

    /** The title of a clause of the policy (1…21). */
    public String clauseTitle(String clause, String chinese) {
        return text("clause.title." + clause, chinese);
    }

    /** A status of the direct recommendations. */
    public String status(cn.gov.gansu.gaoxin.industry.RecommendationStatus s) {
        return text("recstatus." + s.name(), s.chineseName());
    }

    private String text(String key, String chinese) {
        Locale locale = LocaleContextHolder.getLocale();
        if (!"en".equals(locale.getLanguage())) {
            return chinese;
        }
        return messages.getMessage(key, null, chinese, locale);
    }
}
