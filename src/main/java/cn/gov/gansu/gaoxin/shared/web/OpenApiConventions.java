package cn.gov.gansu.gaoxin.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * The platform's conventions applied once the whole description is known, to every operation of
 * every module: unique operation ids; the module tags with Chinese names; the 400/401/403/404/409
 * problem details ({@code application/problem+json}, schema {@code ProblemDetail}); success bodies
 * as {@code application/json}, never {@code *}/{@code *}; money properties as decimal strings with
 * a pattern; date-named strings as {@code format: date}; the {@code Idempotency-Key} header
 * described. An operation without a summary is logged here and fails {@code OpenApiContractTests}.
 */
final class OpenApiConventions implements GlobalOpenApiCustomizer {

    private static final Logger log = LoggerFactory.getLogger(OpenApiConventions.class);

    static final String PROBLEM = "ProblemDetail";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String MONEY_PATTERN = "^-?\\d+(\\.\\d{1,2})?$";
    /** A property holding money in 元: {@code amountYuan}, {@code budgetYuan}, {@code amount} … */
    static final Pattern MONEY_NAME = Pattern.compile("(.*Yuan|amount|.*Amount)");
    /** A string property holding a calendar date. */
    static final Pattern DATE_NAME = Pattern.compile("(date|.*Date|validFrom|validTo|since|from|to|.*On)");

    private static final Map<String, String> ERRORS = new LinkedHashMap<>();

    static {
        ERRORS.put("400", "请求无效：字段缺失、格式或取值不符合规则（detail 指明字段与规则）");
        ERRORS.put("401", "未认证：缺少或错误的 HTTP Basic 凭据，或账户已锁定");
        ERRORS.put("403", "无权访问：角色不允许，或数据不在调用者的数据范围内");
        ERRORS.put("404", "未找到：资源不存在或不在调用者的数据范围内（不透露其是否存在）");
        ERRORS.put("409", "冲突：与现有数据或当前状态冲突（如重复登记、超出预算、重复支付），未做任何修改");
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        Set<String> tags = new LinkedHashSet<>();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            declareErrors(op);
            jsonSuccess(op);
            describeHeaders(op);
            if (op.getTags() != null) {
                tags.addAll(op.getTags());
            }
            if (op.getSummary() == null || op.getSummary().isBlank()) {
                log.warn("OpenAPI: {} {} ({}) 缺少中文摘要 @Operation(summary)", method, path, op.getOperationId());
            }
        }));
        uniqueOperationIds(openApi);
        tagList(openApi, tags);
        Map<Schema<?>, Boolean> seen = new IdentityHashMap<>();
        if (openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(s -> conventions(s, seen));
        }
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> {
                    if (p.getSchema() != null) {
                        conventions(p.getSchema(), seen);
                        namedProperty(p.getName(), p.getSchema());
                    }
                });
            }
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().values().forEach(m -> conventions(m.getSchema(), seen));
            }
            if (op.getResponses() != null) {
                op.getResponses().values().forEach(r -> {
                    if (r.getContent() != null) {
                        r.getContent().values().forEach(m -> conventions(m.getSchema(), seen));
                    }
                });
            }
        }));
    }

    static Schema<?> problemSchema() {
        Schema<Object> s = new ObjectSchema();
        s.setDescription("RFC 9457 problem detail。detail 为中文，说明字段与规则；可能带有其他扩展字段。");
        s.addProperty("type", new StringSchema().format("uri").description("问题类型（如 https://gaoxin.kjt.gansu.gov.cn/problems/400）"));
        s.addProperty("title", new StringSchema().description("中文标题"));
        s.addProperty("status", new IntegerSchema().description("HTTP 状态码"));
        s.addProperty("detail", new StringSchema().description("中文说明：哪个字段、违反了哪条规则"));
        s.addProperty("instance", new StringSchema().format("uri").description("出错的请求地址"));
        s.setAdditionalProperties(Boolean.TRUE);
        s.setRequired(List.of("title", "status"));
        return s;
    }

    private static void declareErrors(Operation op) {
        if (op.getResponses() == null) {
            op.setResponses(new ApiResponses());
        }
        ERRORS.forEach((code, description) -> {
            ApiResponse existing = op.getResponses().get(code);
            Content content = new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
            if (existing == null) {
                op.getResponses().addApiResponse(code, new ApiResponse().description(description).content(content));
            } else {
                if (existing.getDescription() == null || existing.getDescription().isBlank()) {
                    existing.setDescription(description);
                }
                existing.setContent(content);
            }
        });
    }

    /** {@code *}/{@code *} becomes application/json (or application/octet-stream for bytes). */
    private static void jsonSuccess(Operation op) {
        for (Map.Entry<String, ApiResponse> e : op.getResponses().entrySet()) {
            Content content = e.getValue().getContent();
            if (content == null || !content.containsKey("*/*")) {
                continue;
            }
            MediaType any = content.remove("*/*");
            Schema<?> schema = any.getSchema();
            boolean binary = schema != null && "binary".equals(schema.getFormat());
            String type = e.getKey().startsWith("2") || e.getKey().equals("default")
                    ? (binary ? "application/octet-stream" : "application/json") : PROBLEM_JSON;
            content.putIfAbsent(type, any);
        }
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null
                && op.getRequestBody().getContent().containsKey("*/*")) {
            MediaType any = op.getRequestBody().getContent().remove("*/*");
            op.getRequestBody().getContent().putIfAbsent("application/json", any);
        }
    }

    /** Descriptions of the parameters every module uses the same way, where the controller gave none. */
    static final Map<String, String> COMMON_PARAMETERS = Map.ofEntries(
            Map.entry("page", "页码，从0起"),
            Map.entry("size", "每页条数"),
            Map.entry("year", "年度，如 2025"),
            Map.entry("zone", "高新区代码，如 lanzhou"),
            Map.entry("code", "高新区代码，如 jiayuguan"),
            Map.entry("city", "市州代码，如 lanzhou-city"),
            Map.entry("uscc", "统一社会信用代码（18位）"),
            Map.entry("enterprise", "企业统一社会信用代码"),
            Map.entry("beneficiary", "受益者：统一社会信用代码或高新区代码"),
            Map.entry("id", "编号"),
            Map.entry("asOf", "按某一时刻已知的数据重放（如 2026-11-01T00:00:00Z 或 2026-11-01）"),
            Map.entry("need", "需求编号"),
            Map.entry("achievement", "科技成果编号"),
            Map.entry("awardId", "奖补编号"),
            Map.entry("name", "名称（包含）"),
            Map.entry("title", "标题（包含）"),
            Map.entry("field", "领域"),
            Map.entry("kind", "类别"),
            Map.entry("level", "级别"),
            Map.entry("category", "类别"),
            Map.entry("qualification", "资质类别"),
            Map.entry("industry", "行业代码（GB/T 4754）"),
            Map.entry("sort", "排序字段"),
            Map.entry("limit", "最多条数"),
            Map.entry("validRowsOnly", "true：只导入有效行并列出错误；缺省 false：有任一错误则全部不导入"));

    private static void describeHeaders(Operation op) {
        if (op.getParameters() == null) {
            return;
        }
        for (Parameter p : op.getParameters()) {
            if ((p.getDescription() == null || p.getDescription().isBlank()) && COMMON_PARAMETERS.containsKey(p.getName())) {
                p.setDescription(COMMON_PARAMETERS.get(p.getName()));
            }
            if ("header".equals(p.getIn()) && "Idempotency-Key".equalsIgnoreCase(p.getName())
                    && (p.getDescription() == null || p.getDescription().isBlank())) {
                p.setDescription("幂等键：同一键重复请求得到同一结果（不会重复执行）；建议每次业务操作使用新的 UUID");
                if (p.getSchema() != null) {
                    p.getSchema().setMaxLength(p.getSchema().getMaxLength() == null ? 128 : p.getSchema().getMaxLength());
                }
            }
        }
    }

    /** Drops springdoc's {@code _1} suffixes; a name still shared gets the path's noun, then the method. */
    static void uniqueOperationIds(OpenAPI openApi) {
        record Ref(String path, PathItem.HttpMethod method, Operation op) {
        }
        List<Ref> all = new ArrayList<>();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((m, op) -> all.add(new Ref(path, m, op))));
        all.sort(Comparator.comparing(Ref::path).thenComparing(r -> r.method().name()));
        Map<String, List<Ref>> byId = new LinkedHashMap<>();
        for (Ref r : all) {
            String id = r.op().getOperationId() == null ? r.method().name().toLowerCase() : r.op().getOperationId();
            id = id.replaceAll("_\\d+$", "");
            r.op().setOperationId(id);
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
        }
        Map<String, Integer> used = new HashMap<>();
        all.forEach(r -> used.merge(r.op().getOperationId(), 1, Integer::sum));
        for (List<Ref> same : byId.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (Ref r : same) {
                String base = r.op().getOperationId();
                String candidate = base + OpenApiOperations.noun(r.path());
                if (used.containsKey(candidate)) {
                    candidate = candidate + Character.toUpperCase(r.method().name().charAt(0)) + r.method().name().substring(1).toLowerCase();
                }
                int n = 2;
                String unique = candidate;
                while (used.containsKey(unique)) {
                    unique = candidate + n++;
                }
                used.merge(base, -1, Integer::sum);
                used.put(unique, 1);
                r.op().setOperationId(unique);
            }
        }
    }

    private static void tagList(OpenAPI openApi, Set<String> used) {
        Map<String, Tag> byName = new LinkedHashMap<>();
        if (openApi.getTags() != null) {
            openApi.getTags().forEach(t -> byName.put(t.getName(), t));
        }
        for (Map.Entry<String, String> e : OpenApiOperations.MODULE_TAGS.entrySet()) {
            if (used.contains(e.getValue()) && !byName.containsKey(e.getValue())) {
                byName.put(e.getValue(), new Tag().name(e.getValue()).description("模块 " + e.getKey() + "：" + e.getValue()));
            }
        }
        for (String t : used) {
            byName.putIfAbsent(t, new Tag().name(t));
        }
        openApi.setTags(byName.values().stream().filter(t -> used.contains(t.getName()))
                .sorted(Comparator.comparing(Tag::getName)).toList());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void conventions(Schema<?> schema, Map<Schema<?>, Boolean> seen) {
        if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
            return;
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.forEach((name, p) -> {
                namedProperty(name, p);
                conventions(p, seen);
            });
        }
        if (schema instanceof ArraySchema || schema.getItems() != null) {
            conventions(schema.getItems(), seen);
        }
        if (schema.getAdditionalProperties() instanceof Schema a) {
            conventions(a, seen);
        }
        for (List<Schema> composed : new List[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
            if (composed != null) {
                composed.forEach(c -> conventions(c, seen));
            }
        }
    }

    /** Money-named strings get the decimal pattern; date-named strings without a format get {@code format: date}. */
    private static void namedProperty(String name, Schema<?> p) {
        if (p == null || p.get$ref() != null || name == null) {
            return;
        }
        if (MONEY_NAME.matcher(name).matches() && "string".equals(p.getType()) && p.getEnum() == null) {
            p.setPattern(MONEY_PATTERN);
            p.setFormat(null);
            if (p.getDescription() == null) {
                p.setDescription("金额（元），精确到分的十进制字符串，如 “200000.00”");
            }
            if (p.getExample() == null) {
                p.setExample("200000.00");
            }
        } else if (DATE_NAME.matcher(name).matches() && "string".equals(p.getType()) && p.getFormat() == null
                && p.getEnum() == null) {
            p.setFormat("date");
        }
    }
}
