package cn.gov.gansu.gaoxin.console;

import java.util.Locale;

import cn.gov.gansu.gaoxin.award.AwardReads;
import cn.gov.gansu.gaoxin.enterprise.Enterprise;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Puts what the frame of every console page shows into its model: the signed-in user's name, role
 * and scope (with the zone's, city's or enterprise's name, not its code), and the links that switch
 * the language while staying on the same page.
 */
@ControllerAdvice(assignableTypes = ConsolePage.class)
class FrameModel {

    private final ZoneDirectory zones;
    private final EnterpriseRegistry enterprises;
    private final MessageSource messages;
    private final AwardReads awards;
    private final cn.gov.gansu.gaoxin.identity.AccountManagement accounts;

    FrameModel(ZoneDirectory zones, EnterpriseRegistry enterprises, MessageSource messages, AwardReads awards,
            cn.gov.gansu.gaoxin.identity.AccountManagement accounts) {
        this.zones = zones;
        this.enterprises = enterprises;
        this.messages = messages;
        this.awards = awards;
        this.accounts = accounts;
    }

    /** security (issue 8 item 4): the banner for admin and SYSTEM_ADMIN until the three duties are separated. */
    @ModelAttribute("dutiesWarning")
    boolean dutiesWarning() {
        return accounts.warnDutiesNotSeparated();
    }

    /** 我的待办: awards in scope whose pending role is the user's role (null when signed out). */
    @ModelAttribute("todo")
    Long todo() {
        DataScope me = me();
        if (me == null) {
            return null;
        }
        try {
            return awards.countPending(me);
        } catch (RuntimeException unavailable) {
            return null;
        }
    }

    @ModelAttribute("me")
    DataScope me() {
        try {
            return CurrentUser.scope();
        } catch (RuntimeException anonymous) {
            return null;
        }
    }

    @ModelAttribute("myName")
    String myName() {
        return CurrentUser.displayName();
    }

    /** e.g. "高新区管委会工作人员 · 嘉峪关高新技术产业开发区". */
    @ModelAttribute("myScope")
    String myScope(Locale locale) {
        DataScope me = me();
        if (me == null) {
            return null;
        }
        String role = messages.getMessage("role." + me.role().name(), null, me.role().chineseName(), locale);
        String target = switch (me.role().scopeKind()) {
            case ZONE -> zones.find(me.zone()).map(Zone::fullName).orElse(me.zone());
            case CITY -> zones.cities().stream().filter(c -> c.code().equals(me.city())).map(ZoneDirectory.City::name)
                    .findFirst().orElse(me.city());
            case ENTERPRISE -> enterprises.findUnscoped(me.enterprise()).map(Enterprise::name).orElse(me.enterprise());
            default -> null;
        };
        return target == null ? role : role + " · " + target;
    }

    @ModelAttribute("langZh")
    String langZh(HttpServletRequest request) {
        return switchTo(request, "zh-CN");
    }

    @ModelAttribute("langEn")
    String langEn(HttpServletRequest request) {
        return switchTo(request, "en");
    }

    void fill(org.springframework.ui.Model model, HttpServletRequest request, Locale locale) {
        model.addAttribute("me", me());
        model.addAttribute("myName", myName());
        model.addAttribute("myScope", myScope(locale));
        model.addAttribute("langZh", langZh(request));
        model.addAttribute("langEn", langEn(request));
        model.addAttribute("todo", todo());
        model.addAttribute("dutiesWarning", dutiesWarning());
    }

    /** The current page's address with {@code lang} set (GET pages only; a POST falls back to the home page). */
    private static String switchTo(HttpServletRequest request, String lang) {
        if (!"GET".equals(request.getMethod())) {
            return request.getContextPath() + "/?lang=" + lang;
        }
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("lang", lang).build().toUriString();
    }
}
