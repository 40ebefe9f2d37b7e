package cn.gov.gansu.gaoxin.shared.web;

import org.springframework.http.converter.HttpMessageNotReadableException;

/** Names the JSON field a parse error is about, without echoing internals. */
final class JsonErrors {

    private JsonErrors() {
    }

    static String where(HttpMessageNotReadableException e) {
        Throwable t = e.getCause();
        while (t != null) {
            if (t instanceof tools.jackson.databind.DatabindException d && !d.getPath().isEmpty()) {
                String path = d.getPath().stream()
                        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
                return "（字段“" + path + "”）";
            }
            t = t.getCause();
        }
        return "";
    }
}
