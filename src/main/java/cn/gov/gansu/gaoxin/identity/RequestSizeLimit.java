package cn.gov.gansu.gaoxin.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized JSON bodies before anything reads them (413 with a Chinese problem detail).
 * Excel uploads have their own multipart limit.
 */
final class RequestSizeLimit extends OncePerRequestFilter {

    static final long MAX_JSON_BYTES = 2L * 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        if (!multipart && request.getContentLengthLong() > MAX_JSON_BYTES) {
            SecurityConfiguration.write(response, HttpStatus.CONTENT_TOO_LARGE, "请求体过大",
                    "请求体超过" + (MAX_JSON_BYTES / 1024 / 1024) + "MB上限；大批量数据请使用Excel导入");
            return;
        }
        chain.doFilter(request, response);
    }
}
