package cn.gov.gansu.gaoxin.console;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user's name, role and scope into every page's top bar. */
@ControllerAdvice(annotations = Controller.class)
class FrameModel {

    @ModelAttribute("me")
    DataScope me() {
        try {
            return CurrentUser.scope();
        } catch (RuntimeException anonymous) {
            return null;
        }
    }
}
