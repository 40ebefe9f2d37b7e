package cn.gov.gansu.gaoxin.identity;

import java.io.IOException;

import cn.gov.gansu.gaoxin.shared.DomainProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses oversized JSON bodies (413 with a Chinese problem detail): at once when the declared
 * length is too large, and while reading when a chunked body grows past the limit. Excel
 * uploads (multipart) have their own limit.
 */
final class RequestSizeLimit extends OncePerRequestFilter {

    static final long MAX_JSON_BYTES = 2L * 1024 * 1024;
    static final String DETAIL = "请求体超过" + (MAX_JSON_BYTES / 1024 / 1024) + "MB上限；大批量数据请使用Excel导入";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        if (multipart) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_JSON_BYTES) {
            SecurityConfiguration.write(response, HttpStatus.CONTENT_TOO_LARGE, "请求体过大", DETAIL);
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request) : request, response);
    }

    /** The body grew past the limit while being read. */
    static final class PayloadTooLarge extends DomainProblem {
        PayloadTooLarge() {
            super(HttpStatus.CONTENT_TOO_LARGE, "请求体过大", DETAIL);
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private ServletInputStream stream;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long count;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++count > MAX_JSON_BYTES) {
                            throw new PayloadTooLarge();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0 && (count += n) > MAX_JSON_BYTES) {
                            throw new PayloadTooLarge();
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
