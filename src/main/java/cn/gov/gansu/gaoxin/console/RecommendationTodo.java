package cn.gov.gansu.gaoxin.console;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.industry.Recommendations;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * 待办 of the direct recommendations (clause 12): for a province administrator, how many submitted
 * recommendations it may decide, shown as a badge on the menu entry 直接推荐申报 (the top bar's 我的待办
 * counts awards and links to them, so this count stays with its own page).
 */
@ControllerAdvice(assignableTypes = ConsolePage.class)
class RecommendationTodo {

    private final Recommendations recommendations;

    RecommendationTodo(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @ModelAttribute("recommendationTodo")
    Long recommendationTodo() {
        try {
            DataScope me = CurrentUser.scope();
            return me.is(Role.PROVINCE_ADMIN) ? recommendations.todoCount(me) : null;
        } catch (RuntimeException signedOutOrUnavailable) {
            return null;
        }
    }
}
