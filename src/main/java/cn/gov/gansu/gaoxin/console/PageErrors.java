package cn.gov.gansu.gaoxin.console;

import java.util.Locale;

import cn.gov.gansu.gaoxin.shared.DomainProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A refused page request (outside the caller's scope, not found, bad parameter) is shown as a page
 * of the console with the Chinese reason and the status code, never as JSON or a stack trace.
 */
@ControllerAdvice(assignableTypes = ConsolePage.class)
class PageErrors {

    private final FrameModel frame;
    private final org.springframework.context.MessageSource messages;

    PageErrors(FrameModel frame, org.springframework.context.MessageSource messages) {
        this.frame = frame;
        this.messages = messages;
    }

    @ExceptionHandler(DomainProblem.class)
    String problem(DomainProblem e, Model model, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        // english (issue 9 item 8): the title by status in English (problem.title.N exists only in
        // messages_en); the detail is the domain module's Chinese message (docs/console.md)
        String title = messages.getMessage("problem.title." + e.status().value(), null, e.title(), locale);
        return page(e.status().value(), title, e.getMessage(), model, request, response, locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String mismatch(MethodArgumentTypeMismatchException e, Model model, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        return page(400, messages.getMessage("problem.badRequest", null, locale),
                messages.getMessage("problem.badParameter", new Object[] {e.getName()}, locale), model, request, response, locale);
    }

    /** Exception handlers get a fresh model, so the frame's attributes are added here. */
    private String page(int status, String title, String detail, Model model, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        frame.fill(model, request, locale);
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        return "problem";
    }
}
