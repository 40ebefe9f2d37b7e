package cn.gov.gansu.gaoxin.shared.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the platform's RFC 9457 problem details: a Chinese title and detail, a stable type. */
public final class ProblemDetails {

    private ProblemDetails() {
    }

    public static ProblemDetail of(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://gaoxin.kjt.gansu.gov.cn/problems/" + status.value()));
        return problem;
    }

    /** The JSON body written by filters that run before Spring MVC (security, size limits). */
    public static String json(HttpStatus status, String title, String detail) {
        return "{\"type\":\"https://gaoxin.kjt.gansu.gov.cn/problems/" + status.value() + "\",\"title\":\""
                + escape(title) + "\",\"status\":" + status.value() + ",\"detail\":\"" + escape(detail) + "\"}";
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
