package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import cn.gov.gansu.gaoxin.identity.AccountManagement;
import cn.gov.gansu.gaoxin.identity.AuditIntegrity;
import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 审计日志 (AUDITOR, PROVINCE_ADMIN): the audit log paged, filtered by subject type and id, its export, and the
 * integrity check of the hash chains (完好, or the first broken row).
 */
@Controller
class AuditPages implements ConsolePage {

    static final List<Excel.Column> EXPORT_COLUMNS = List.of(Excel.Column.integer("编号", 10), Excel.Column.text("时间（北京时间）", 20),
            Excel.Column.text("操作人", 16), Excel.Column.text("操作", 26), Excel.Column.text("对象类型", 14), Excel.Column.text("对象编号", 22),
            Excel.Column.text("详情", 60));
    static final List<String> EXPORT_HEADERS = EXPORT_COLUMNS.stream().map(Excel.Column::header).toList();

    private final AuditTrail audit;
    private final Formats fmt;
    private final AuditIntegrity integrity;
    private final AccountManagement accounts;

    AuditPages(AuditTrail audit, Formats fmt, AuditIntegrity integrity, AccountManagement accounts) {
        this.audit = audit;
        this.fmt = fmt;
        this.integrity = integrity;
        this.accounts = accounts;
    }

    @GetMapping("/audit")
    String list(@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "" + Lists.DEFAULT_SIZE) int size,
            @RequestParam(required = false) String verify, Model model) {
        accounts.requireAuditReader();
        if (verify != null) {
            model.addAttribute("verification", integrity.verify());
        }
        String type = clean(subjectType, "subjectType");
        String id = clean(subjectId, "subjectId");
        int pageSize = Lists.size(size);
        long total = audit.count(type, id);
        long pages = Lists.pages(total, pageSize);
        int pageNo = (int) Math.min(Math.max(1, page), pages);
        model.addAttribute("rows", audit.page(type, id, pageNo - 1, pageSize));
        model.addAttribute("subjectType", type);
        model.addAttribute("subjectId", id);
        model.addAttribute("total", total);
        model.addAttribute("page", pageNo);
        model.addAttribute("pages", pages);
        model.addAttribute("size", pageSize);
        model.addAttribute("sizes", Lists.SIZES);
        model.addAttribute("query", query(type, id));
        model.addAttribute("active", "audit");
        return "audit";
    }

    @GetMapping("/audit/export")
    void export(@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
            HttpServletResponse response) throws IOException {
        accounts.requireAuditReader();
        String type = clean(subjectType, "subjectType");
        String id = clean(subjectId, "subjectId");
        long written = 0;
        boolean complete = false;
        try {
            try (Excel.Sheet sheet = Excel.open(response, "审计日志", "审计日志", EXPORT_COLUMNS)) {
                int pageNo = 0;
                while (true) {
                    List<AuditTrail.Entry> entries = audit.page(type, id, pageNo, 1000);
                    List<List<Object>> rows = new ArrayList<>();
                    for (AuditTrail.Entry e : entries) {
                        rows.add(java.util.Arrays.asList(e.id(), fmt.time(e.occurredAt().toString()), e.actor(), e.action(),
                                e.subjectType(), e.subjectId(), e.detail()));
                    }
                    sheet.write(rows);
                    written += rows.size();
                    if (entries.size() < 1000) {
                        break;
                    }
                    pageNo++;
                }
            }
            complete = true;
        } finally {
            audit.recordExport("AUDIT_LOG", "审计日志", Lists.criteria("subjectType", type, "subjectId", id), written, complete);
        }
    }

    /** The filter's query string (without paging). */
    static String query(String type, String id) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        if (type != null) {
            b.queryParam("subjectType", type);
        }
        if (id != null) {
            b.queryParam("subjectId", id);
        }
        String q = b.encode().build().getQuery();
        return q == null ? "" : q;
    }

    private static String clean(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.trim();
        if (v.length() > 100) {
            throw new InvalidInput("参数“" + field + "”过长（最多100个字符）");
        }
        return v;
    }
}
