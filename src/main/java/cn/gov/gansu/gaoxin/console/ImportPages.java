package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.imports.ImportKind;
import cn.gov.gansu.gaoxin.imports.Imports;
import cn.gov.gansu.gaoxin.shared.DomainProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 数据导入: choose what to import, download its template, upload (all-or-nothing or valid rows only),
 * then a job page whose progress bar htmx refreshes every second until the job ends, with the error
 * list on screen and the validation report to download. Calls only {@link Imports}.
 */
@Controller
class ImportPages implements ConsolePage {

    /** Errors shown on the page; the report holds them all. */
    static final int SHOWN_ERRORS = 500;

    private final Imports imports;
    private final cn.gov.gansu.gaoxin.identity.AccountManagement accounts;

    ImportPages(Imports imports, cn.gov.gansu.gaoxin.identity.AccountManagement accounts) {
        this.imports = imports;
        this.accounts = accounts;
    }

    static final int PAGE_SIZE = 20;

    @GetMapping("/imports")
    String page(@RequestParam(required = false) String kind, @RequestParam(required = false) String listKind,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("listKind", listKind == null || listKind.isBlank() ? null : listKind);
        model.addAttribute("status", status == null || status.isBlank() ? null : status);
        model.addAttribute("page", Math.max(1, page));
        return render(kind, null, model);
    }

    @PostMapping("/imports")
    String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean validRowsOnly, @RequestParam(required = false) String qualification,
            Model model, HttpServletResponse response) throws IOException {
        try {
            ImportKind k = ImportKind.of(kind == null ? "" : kind);
            if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                response.setStatus(400);
                return render(kind, "请选择要导入的Excel（.xlsx）文件", model);
            }
            try (InputStream in = file.getInputStream()) {
                Imports.Job job = imports.start(k, file.getOriginalFilename(), in, validRowsOnly, qualification);
                return "redirect:/imports/" + job.id();
            }
        } catch (DomainProblem e) {
            response.setStatus(e.status().value());
            return render(kind, e.getMessage(), model);
        }
    }

    @GetMapping("/imports/{id}")
    String job(@PathVariable String id, Model model) {
        Imports.Job job = imports.find(id);
        model.addAttribute("job", job);
        model.addAttribute("names", accounts.displayNames(java.util.List.of(job.importedBy())));
        model.addAttribute("shown", SHOWN_ERRORS);
        model.addAttribute("active", "imports");
        return "imports-job";
    }

    /** The progress panel alone, for htmx polling. */
    @GetMapping("/imports/{id}/progress")
    String progress(@PathVariable String id, Model model) {
        Imports.Job job = imports.find(id);
        model.addAttribute("job", job);
        model.addAttribute("names", accounts.displayNames(java.util.List.of(job.importedBy())));
        model.addAttribute("shown", SHOWN_ERRORS);
        return "imports-job :: progress";
    }

    private String render(String kind, String error, Model model) {
        DataScope scope = CurrentUser.scope();
        List<ImportKind> kinds = List.of(ImportKind.values()).stream()
                .filter(k -> scope.is(Role.PROVINCE_ADMIN) || scope.is(Role.ZONE_OFFICER) || (k == ImportKind.STATISTICS || k == ImportKind.ACHIEVEMENTS || k == ImportKind.DEMANDS) && scope.is(Role.ENTERPRISE))
                .toList();
        ImportKind chosen = kinds.stream().filter(k -> k.code().equals(kind)).findFirst().orElse(kinds.isEmpty() ? null : kinds.get(0));
        model.addAttribute("kinds", kinds);
        model.addAttribute("chosen", chosen);
        model.addAttribute("qualifications", QualificationType.values());
        model.addAttribute("error", error);
        String listKind = (String) model.getAttribute("listKind");
        String status = (String) model.getAttribute("status");
        Integer page = (Integer) model.getAttribute("page");
        Imports.Page jobs = imports.list(listKind == null ? null : ImportKind.of(listKind), status, (page == null ? 1 : page) - 1, PAGE_SIZE);
        model.addAttribute("recent", jobs.items());
        model.addAttribute("names", accounts.displayNames(jobs.items().stream().map(Imports.Job::importedBy).distinct().toList()));
        model.addAttribute("total", jobs.total());
        model.addAttribute("pages", Math.max(1, (jobs.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        if (page == null) {
            model.addAttribute("page", 1);
        }
        model.addAttribute("active", "imports");
        return "imports";
    }
}
