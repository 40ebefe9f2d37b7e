package cn.gov.gansu.gaoxin.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 跳转到第 N 页 on every paged list: the small GET form of {@code fragments/pager-jump.html} carries
 * the list's criteria (read from the list's own link) as hidden fields, so a jump keeps the filter,
 * sort and page size; a page beyond the last shows the last (the list pages clamp it).
 */
@Component("pageJump")
class PageJump {

    /** The path of a list link, e.g. "/awards" of "/awards?status=APPROVED&size=20". */
    public String path(String link) {
        String path = UriComponentsBuilder.fromUriString(link).build().getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** The link's parameters except the page, decoded, as hidden fields of the jump form. */
    public List<Map.Entry<String, String>> fields(String link) {
        MultiValueMap<String, String> params = UriComponentsBuilder.fromUriString(link).build(true).getQueryParams();
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        params.forEach((name, values) -> {
            if (!"page".equals(name)) {
                for (String value : values) {
                    fields.add(Map.entry(decode(name), decode(value == null ? "" : value)));
                }
            }
        });
        return fields;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
