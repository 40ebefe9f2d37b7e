package cn.gov.gansu.gaoxin.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.gov.gansu.gaoxin.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 13's proof in the build: reads the served {@code /v3/api-docs} as an integrator's generator
 * would and fails on a generic or duplicate operation id, an operation without a Chinese summary
 * or roles, an undeclared problem-detail error, a {@code *}/{@code *} body, an untyped body of a
 * contract endpoint, a money field that is not a decimal string, or a coded field without its enum.
 * The description is also written to {@code target/openapi.json} (used by examples/java-client).
 */
class OpenApiContractTests extends IntegrationTest {

    private static final Pattern GENERIC_ID = Pattern.compile(".*_\\d+$");
    private static final Pattern CJK = Pattern.compile(".*[\\u4e00-\\u9fff].*", Pattern.DOTALL);
    private static final Pattern MONEY = Pattern.compile("(.*Yuan|amount)");
    private static final Set<String> CODED = Set.of("qualification", "recognition", "programme", "pendingRole", "role",
            "decision", "outcome", "amountType", "status", "method", "consequences", "category", "beneficiaryKind", "kind",
            "approvals", "line", "payer", "level");

    /** The contract endpoints (contracts §1, §3–§5, §7) that must be present, typed in and out. */
    private static final List<String> CONTRACT = List.of(
            "post /api/admin/users",
            "post /api/policy/assessments",
            "post /api/evaluations/preview",
            "post /api/enterprises", "get /api/enterprises/{uscc}", "get /api/enterprises",
            "post /api/enterprises/{uscc}/qualifications",
            "get /api/awards", "get /api/awards/{id}", "post /api/awards/{id}/decisions",
            "post /api/awards/{id}/confirmation", "post /api/budgets", "post /api/awards/{id}/payments");

    /** Contract endpoints of §9–§14: checked as soon as their module is merged. */
    private static final List<String> LATER_CONTRACT = List.of(
            "get /api/imports/{id}",
            "post /api/awards/{id}/fund-use", "get /api/fund-use/summary",
            "post /api/achievements", "post /api/demands", "get /api/demands/{id}/matches",
            "post /api/commissioners", "post /api/commissioner-needs", "post /api/commissioner-dispatches",
            "get /api/zones/{code}/profile",
            "get /api/innovation-points", "get /api/enterprises/{uscc}/innovation-points");

    private JsonNode doc;

    @BeforeEach
    void read() throws Exception {
        String body = asAdmin(MockMvcRequestBuilders.get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), body);
        doc = new ObjectMapper().readTree(body);
    }

    private List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> m : path.getValue().properties()) {
                if (Set.of("get", "post", "put", "delete", "patch").contains(m.getKey())) {
                    ops.add(new Op(m.getKey(), path.getKey(), m.getValue()));
                }
            }
        }
        return ops;
    }

    record Op(String method, String path, JsonNode node) {
        String key() {
            return method + " " + path;
        }

        String id() {
            return node.path("operationId").asString("");
        }
    }

    @Test
    @DisplayName("每个操作有有意义且唯一的 operationId（无 list_3 之类），契约操作的名称稳定")
    void operationIdsAreMeaningfulAndUnique() {
        List<String> ids = operations().stream().map(Op::id).toList();
        assertThat(ids).as("operation ids").allSatisfy(id -> assertThat(id).isNotBlank().doesNotMatch(GENERIC_ID));
        assertThat(new HashSet<>(ids)).as("duplicates among " + ids).hasSameSizeAs(ids);
        assertThat(ids).contains("listZones", "getZone", "getEnterprise", "listEnterprises", "registerEnterprise",
                "recordQualification", "assessPolicy", "previewEvaluation", "listAwards", "getAward", "decideAward",
                "confirmAward", "recordPayment", "setBudget", "createUser");
    }

    @Test
    @DisplayName("每个操作有中文摘要，说明中列出可调用的角色，并归入中文模块标签")
    void everyOperationHasAChineseSummaryRolesAndATag() {
        List<String> missing = new ArrayList<>();
        for (Op op : operations()) {
            if (!CJK.matcher(op.node().path("summary").asString("")).matches()) {
                missing.add(op.key() + " 缺少中文摘要");
            }
            if (!op.node().path("description").asString("").contains("角色")) {
                missing.add(op.key() + " 的说明未列出角色");
            }
            if (!op.node().path("tags").isArray() || op.node().path("tags").isEmpty()
                    || !CJK.matcher(op.node().path("tags").get(0).asString("")).matches()) {
                missing.add(op.key() + " 无中文标签");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    @DisplayName("每个操作声明 400/401/403/404/409 的 application/problem+json（ProblemDetail），成功响应为 application/json 而非 */*")
    void errorsAreDeclaredAsProblemDetails() {
        JsonNode problem = doc.at("/components/schemas/ProblemDetail/properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance");
        List<String> defects = new ArrayList<>();
        for (Op op : operations()) {
            for (String code : List.of("400", "401", "403", "404", "409")) {
                JsonNode schema = op.node().path("responses").path(code).path("content").path("application/problem+json")
                        .path("schema");
                if (!"#/components/schemas/ProblemDetail".equals(schema.path("$ref").asString(""))) {
                    defects.add(op.key() + " 未声明 " + code);
                }
            }
            for (Map.Entry<String, JsonNode> r : op.node().path("responses").properties()) {
                if (r.getValue().path("content").has("*/*")) {
                    defects.add(op.key() + " " + r.getKey() + " 为 */*");
                }
            }
            if (op.node().path("requestBody").path("content").has("*/*")) {
                defects.add(op.key() + " 请求体为 */*");
            }
        }
        assertThat(defects).isEmpty();
    }

    @Test
    @DisplayName("契约端点的请求体与响应体都有命名的类型（无无属性 object、仅 additionalProperties 或把 JSON 当字符串）")
    void contractBodiesAreTyped() {
        Map<String, Op> byKey = new HashMap<>();
        operations().forEach(op -> byKey.put(op.key(), op));
        List<String> defects = new ArrayList<>();
        List<String> endpoints = new ArrayList<>(CONTRACT);
        for (String key : CONTRACT) {
            assertThat(byKey).as("contract endpoint " + key).containsKey(key);
        }
        LATER_CONTRACT.stream().filter(byKey::containsKey).forEach(endpoints::add);
        for (String key : endpoints) {
            Op op = byKey.get(key);
            JsonNode request = op.node().path("requestBody").path("content");
            if (!request.isMissingNode()) {
                for (Map.Entry<String, JsonNode> m : request.properties()) {
                    if (m.getKey().contains("json")) {
                        typed(key + " 请求体", m.getValue().path("schema"), defects, true, new HashSet<>());
                    }
                }
            }
            for (Map.Entry<String, JsonNode> r : op.node().path("responses").properties()) {
                if (r.getKey().startsWith("2")) {
                    JsonNode json = r.getValue().path("content").path("application/json");
                    if (json.isMissingNode()) {
                        if (!r.getValue().path("content").isEmpty() || !"202".equals(r.getKey())) {
                            defects.add(key + " " + r.getKey() + " 无 application/json 响应体");
                        }
                        continue;
                    }
                    typed(key + " " + r.getKey(), json.path("schema"), defects, true, new HashSet<>());
                }
            }
        }
        assertThat(defects).isEmpty();
    }

    @Test
    @DisplayName("金额字段（*Yuan、amount）一律为带格式的十进制字符串，从不是 number")
    void moneyIsADecimalString() {
        List<String> defects = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema : doc.at("/components/schemas").properties()) {
            for (Map.Entry<String, JsonNode> p : schema.getValue().path("properties").properties()) {
                if (MONEY.matcher(p.getKey()).matches()) {
                    JsonNode s = p.getValue();
                    if (!"string".equals(s.path("type").asString("")) || !s.has("pattern")) {
                        defects.add(schema.getKey() + "." + p.getKey() + " 为 " + s);
                    }
                }
            }
        }
        assertThat(defects).isEmpty();
    }

    @Test
    @DisplayName("代码字段（资格、认定类型、项目类别、状态、待办角色、角色、决定……）与同名查询参数列出取值")
    void codedFieldsHaveEnums() {
        List<String> defects = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema : doc.at("/components/schemas").properties()) {
            for (Map.Entry<String, JsonNode> p : schema.getValue().path("properties").properties()) {
                if (CODED.contains(p.getKey())) {
                    JsonNode s = p.getValue().has("items") ? p.getValue().path("items") : p.getValue();
                    if ("string".equals(s.path("type").asString("")) && !s.has("enum") && !s.has("$ref")
                            && !s.path("description").asString("").contains("取值")) {
                        defects.add(schema.getKey() + "." + p.getKey());
                    }
                }
            }
        }
        for (Op op : operations()) {
            for (JsonNode parameter : op.node().path("parameters")) {
                String name = parameter.path("name").asString("");
                JsonNode s = parameter.path("schema");
                if (CODED.contains(name) && "string".equals(s.path("type").asString("")) && !s.has("enum")
                        && !parameter.path("description").asString("").contains("取值")) {
                    defects.add(op.key() + " ?" + name);
                }
            }
        }
        assertThat(defects).isEmpty();
    }

    @Test
    @DisplayName("支付声明 Idempotency-Key 请求头，以及 201（新支付）与 200（同一键的重放）")
    void paymentDeclaresIdempotencyKeyAndBothSuccesses() {
        JsonNode pay = doc.at("/paths/~1api~1awards~1{id}~1payments/post");
        assertThat(pay.path("responses").has("201")).isTrue();
        assertThat(pay.path("responses").has("200")).isTrue();
        boolean header = false;
        for (JsonNode p : pay.path("parameters")) {
            header |= "Idempotency-Key".equals(p.path("name").asString("")) && "header".equals(p.path("in").asString(""))
                    && !p.path("description").asString("").isBlank();
        }
        assertThat(header).as("Idempotency-Key described").isTrue();
        assertThat(doc.at("/components/schemas/AwardPage/properties/items/items/$ref").asString(""))
                .as("the award list is not the enterprise list").isNotEqualTo(
                        doc.at("/components/schemas/EnterprisePage/properties/items/items/$ref").asString(""));
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return doc.at("/components/schemas/" + ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    /** A JSON body is typed when it is (an array of) an object with named properties, all typed in turn. */
    private void typed(String where, JsonNode schema, List<String> defects, boolean top, Set<String> visited) {
        String ref = schema.path("$ref").asString("");
        if (!ref.isEmpty() && !visited.add(ref)) {
            return;
        }
        JsonNode s = resolve(schema);
        if (s.isMissingNode() || s.isEmpty()) {
            defects.add(where + "：无类型");
            return;
        }
        String type = s.path("type").asString("");
        if (s.has("allOf") || s.has("oneOf") || s.has("anyOf")) {
            for (String k : List.of("allOf", "oneOf", "anyOf")) {
                for (JsonNode c : s.path(k)) {
                    typed(where, c, defects, false, visited);
                }
            }
            return;
        }
        if ("array".equals(type)) {
            typed(where + "[]", s.path("items"), defects, top, visited);
            return;
        }
        if (top && "string".equals(type)) {
            defects.add(where + "：JSON 被声明为字符串");
            return;
        }
        if ("object".equals(type) || type.isEmpty()) {
            boolean hasProperties = s.path("properties").size() > 0;
            JsonNode additional = s.path("additionalProperties");
            if (!hasProperties) {
                if (!top && s.path("description").asString("").startsWith("任意 JSON 值")) {
                    return; // a documented any-value inside a typed body (e.g. a profile line's value: number, text or list)
                }
                if (top || additional.isMissingNode() || additional.isBoolean() || additional.isEmpty()) {
                    defects.add(where + "：object 无属性" + (additional.isMissingNode() ? "" : "（仅 additionalProperties）"));
                    return;
                }
                typed(where + "{}", additional, defects, false, visited);
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> p = it.next();
                JsonNode ps = resolve(p.getValue());
                String pt = ps.path("type").asString("");
                if (p.getValue().has("$ref") || "array".equals(pt) || "object".equals(pt) || pt.isEmpty()) {
                    typed(where + "." + p.getKey(), p.getValue(), defects, false, visited);
                }
            }
        }
    }
}
