package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.gov.gansu.gaoxin.identity.AccountManagement;
import cn.gov.gansu.gaoxin.identity.AccountView;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import cn.idev.excel.write.metadata.WriteSheet;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 用户管理 (issue 8 item 3): the accounts listed (filter by name, paging, Excel export) and, for the
 * administrators, create, disable, enable, unlock, reset password and change role or scope. Every action
 * calls {@link AccountManagement}, which checks the caller's duty and audits the change.
 */
@Controller
class UserPages implements ConsolePage {

    static final List<String> HEADERS = List.of("用户名", "姓名", "角色", "高新区", "市(州)", "企业", "状态", "最近登录");

    private final AccountManagement accounts;
    private final Formats fmt;
    private final AuditTrail audit;

    UserPages(AccountManagement accounts, Formats fmt, AuditTrail audit) {
        this.accounts = accounts;
        this.fmt = fmt;
        this.audit = audit;
    }

    @GetMapping("/users")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size, Model model) {
        int pageSize = Lists.size(size);
        long total = accounts.count(q);
        long pages = Lists.pages(total, pageSize);
        int pageNo = (int) Math.min(Math.max(1, page), pages);
        model.addAttribute("rows", accounts.list(q, pageNo - 1, pageSize));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("total", total);
        model.addAttribute("page", pageNo);
        model.addAttribute("pages", pages);
        model.addAttribute("size", pageSize);
        model.addAttribute("sizes", Lists.SIZES);
        model.addAttribute("prevLink", link(q, pageSize, pageNo - 1));
        model.addAttribute("nextLink", link(q, pageSize, pageNo + 1));
        model.addAttribute("roles", Role.values());
        model.addAttribute("separated", accounts.dutiesSeparated());
        model.addAttribute("active", "users");
        return "users";
    }

    /** The page's address for a filter, size and page. */
    static String link(String q, int size, int page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/users");
        if (q != null && !q.isBlank()) {
            b.queryParam("q", q);
        }
        return b.queryParam("size", size).queryParam("page", page).encode().build().toUriString();
    }

    @GetMapping("/users/export")
    void export(@RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        long total = accounts.count(q);
        List<List<Object>> rows = new ArrayList<>();
        for (int p = 0; (long) p * 500 < Math.max(1, total); p++) {
            for (AccountView a : accounts.list(q, p, 500)) {
                rows.add(List.of(a.username(), a.displayName() == null ? "" : a.displayName(), a.roleName(),
                        a.zone() == null ? "" : a.zone(), a.city() == null ? "" : a.city(),
                        a.enterprise() == null ? "" : a.enterprise(),
                        !a.enabled() ? "已停用" : a.locked() ? "已锁定" : "正常",
                        a.lastSignInAt() == null ? "" : fmt.time(a.lastSignInAt().toString())));
            }
        }
        String file = "用户-" + LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        response.setContentType(EnterpriseExport.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        boolean complete = false;
        try {
            OutputStream out = response.getOutputStream();
            try (ExcelWriter writer = FastExcel.write(out).head(HEADERS.stream().map(List::of).toList())
                    .autoCloseStream(false).build()) {
                WriteSheet sheet = FastExcel.writerSheet("用户").build();
                writer.write(rows, sheet);
            }
            out.flush();
            complete = true;
        } finally {
            audit.recordExport("USER", "用户清单", Lists.criteria("q", q), complete ? rows.size() : 0, complete);
        }
    }

    @PostMapping("/users")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String role, @RequestParam(required = false) String zone,
            @RequestParam(required = false) String city, @RequestParam(required = false) String enterprise,
            @RequestParam(required = false) String displayName, RedirectAttributes redirect) {
        return act(redirect, "已创建用户 " + username + "（首次在浏览器登录时须修改密码）",
                () -> accounts.create(new AccountManagement.NewAccount(username, password, role, blank(zone), blank(city),
                        blank(enterprise), blank(displayName))));
    }

    @PostMapping("/users/{username}/disable")
    String disable(@PathVariable String username, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(redirect, "已停用 " + username, () -> accounts.disable(username, reason));
    }

    @PostMapping("/users/{username}/enable")
    String enable(@PathVariable String username, RedirectAttributes redirect) {
        return act(redirect, "已启用 " + username, () -> accounts.enable(username));
    }

    @PostMapping("/users/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        return act(redirect, "已解锁 " + username, () -> accounts.unlock(username));
    }

    @PostMapping("/users/{username}/password")
    String reset(@PathVariable String username, @RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
        return act(redirect, "已重置 " + username + " 的密码（下次登录须修改）", () -> accounts.resetPassword(username, password));
    }

    @PostMapping("/users/{username}/role")
    String role(@PathVariable String username, @RequestParam(defaultValue = "") String role,
            @RequestParam(required = false) String zone, @RequestParam(required = false) String city,
            @RequestParam(required = false) String enterprise, RedirectAttributes redirect) {
        return act(redirect, "已变更 " + username + " 的角色或数据范围", () -> accounts.changeRole(username,
                new AccountManagement.NewAccount(username, null, role, blank(zone), blank(city), blank(enterprise), null)));
    }

    /** Runs an action; its refusal (in Chinese, never the password) is shown above the list. */
    private static String act(RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", done);
        } catch (DomainProblem refused) {
            redirect.addFlashAttribute("refused", refused.getMessage());
        }
        return "redirect:/users";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
