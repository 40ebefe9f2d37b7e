package cn.gov.gansu.gaoxin.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Per operation, from the handler: a meaningful operation id (an explicit
 * {@code @Operation(operationId)} wins; a generic method name such as {@code list} or {@code get}
 * becomes {@code listZones} / {@code getZone} from the request path; springdoc's {@code _1}
 * suffixes are dropped and duplicates are resolved once the whole description is known, by
 * {@link OpenApiConventions}); the module's tag with its Chinese name; and the roles of a
 * {@code @PreAuthorize} appended to the description when it names none.
 */
final class OpenApiOperations implements GlobalOperationCustomizer {

    static final String BASE_PACKAGE = "cn.gov.gansu.gaoxin.";

    /** Module (direct sub-package) → the tag users read. A module not listed is tagged by its code. */
    static final Map<String, String> MODULE_TAGS = Map.ofEntries(
            Map.entry("identity", "用户与权限"),
            Map.entry("security", "用户与权限"),
            Map.entry("zone", "高新区"),
            Map.entry("enterprise", "企业"),
            Map.entry("platform", "创新平台"),
            Map.entry("policy", "政策规则"),
            Map.entry("award", "奖补"),
            Map.entry("evaluation", "评价考核"),
            Map.entry("console", "控制台导出"),
            Map.entry("imports", "数据导入"),
            Map.entry("funds", "奖补资金使用"),
            Map.entry("funduse", "奖补资金使用"),
            Map.entry("transfer", "成果转化对接"),
            Map.entry("commissioner", "科技特派员"),
            Map.entry("commissioners", "科技特派员"),
            Map.entry("innovation", "企业创新积分"),
            Map.entry("reporting", "统计报表"),
            Map.entry("audit", "审计核验"),
            Map.entry("talent", "人才"),
            Map.entry("instruments", "仪器共享"),
            Map.entry("industry", "产业发展"),
            Map.entry("services", "科技服务"),
            Map.entry("shared", "公共"));

    /** Method names that say what is done but not to what: the path supplies the noun. */
    static final Set<String> GENERIC = Set.of("list", "get", "find", "show", "detail", "view", "create", "record", "register",
            "add", "set", "put", "update", "change", "delete", "remove", "decide", "decision", "submit", "start", "upload",
            "download", "export", "template", "search", "query", "page", "summary", "read", "status", "items", "all",
            "index", "handle", "post", "execute", "run");

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String module = module(handler.getBeanType());
        if (operation.getTags() == null || operation.getTags().isEmpty()
                || operation.getTags().stream().allMatch(t -> t.endsWith("-controller") || t.endsWith("-export"))) {
            operation.setTags(new ArrayList<>(List.of(tagOf(module))));
        }
        io.swagger.v3.oas.annotations.Operation explicit = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
                io.swagger.v3.oas.annotations.Operation.class);
        if (explicit == null || explicit.operationId().isBlank()) {
            operation.setOperationId(derivedId(handler));
        }
        appendRoles(operation, handler);
        return operation;
    }

    static String tagOf(String module) {
        return MODULE_TAGS.getOrDefault(module, module);
    }

    static String module(Class<?> type) {
        String name = type.getName();
        if (!name.startsWith(BASE_PACKAGE)) {
            return "shared";
        }
        String rest = name.substring(BASE_PACKAGE.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** The handler's method name, or for a generic one the verb followed by the path's noun. */
    static String derivedId(HandlerMethod handler) {
        String method = handler.getMethod().getName();
        if (!GENERIC.contains(method)) {
            return method;
        }
        return method + noun(path(handler));
    }

    private static String path(HandlerMethod handler) {
        RequestMapping m = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        RequestMapping c = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        String prefix = c != null && c.path().length > 0 ? c.path()[0] : "";
        String own = m != null && m.path().length > 0 ? m.path()[0] : "";
        return prefix + own;
    }

    /** "/api/zones" → "Zones"; "/api/zones/{code}" → "Zone"; "/api/awards/{id}/fund-use" → "AwardFundUse". */
    static String noun(String path) {
        String[] parts = path.split("/");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isBlank() || p.equals("api") || p.startsWith("{")) {
                continue;
            }
            boolean followedByVariable = i + 1 < parts.length && parts[i + 1].startsWith("{");
            String word = followedByVariable ? singular(p) : p;
            for (String w : word.split("[-_.]")) {
                if (!w.isEmpty()) {
                    b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
                }
            }
        }
        return b.toString();
    }

    static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static void appendRoles(Operation operation, HandlerMethod handler) {
        String description = operation.getDescription() == null ? "" : operation.getDescription();
        if (description.contains("角色")) {
            return;
        }
        PreAuthorize pre = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (pre == null) {
            pre = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        if (pre == null) {
            return;
        }
        List<String> roles = new ArrayList<>();
        Matcher m = ROLE.matcher(pre.value());
        while (m.find()) {
            roles.add(m.group(1));
        }
        if (!roles.isEmpty()) {
            operation.setDescription((description.isEmpty() ? "" : description + "\n\n") + "角色：" + String.join("、", roles) + "。");
        }
    }
}
