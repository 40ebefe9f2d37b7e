package cn.gov.gansu.gaoxin.identity;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The net under every export: a file answered to a signed-in user (Excel, PDF, CSV) whose handler did
 * not write its own audit row ({@link AuditTrail#recordExport}, which counts the rows) gets one here —
 * who, which address, which filter. So an export added later cannot escape the audit log by
 * forgetting to record itself. Runs inside the security filters, so the user is known.
 */
@Component
class ExportAuditFilter extends OncePerRequestFilter {

    private static final Set<String> FILE_TYPES = Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-excel", "application/pdf", "text/csv");

    private final AuditTrail audit;

    ExportAuditFilter(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        String type = response.getContentType();
        if (type == null || response.getStatus() >= 400 || request.getAttribute(AuditTrail.EXPORT_AUDITED) != null
                || !FILE_TYPES.contains(type.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT))
                || CurrentUser.displayName() == null) {
            return;
        }
        Map<String, String> filter = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> filter.put(k, String.join(",", v)));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        audit.recordExport(path, "文件 " + path, filter, -1, true);
    }
}
