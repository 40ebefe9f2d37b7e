package cn.gov.gansu.gaoxin.shared.web;

import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Distinct schema names for the platform's types, so that records of the same simple name in
 * different modules ({@code Page}, {@code DecisionRequest} …) never collapse into one schema (a
 * generated client would then read one module's list with another's fields).
 * <ul>
 * <li>an explicit {@code @Schema(name = "...")} wins;</li>
 * <li>a nested type is named after its enclosing class: {@code EnterpriseRegistry.Page} →
 * {@code EnterprisePage}, {@code AwardController.Page} → {@code AwardPage},
 * {@code AwardManagement.DecisionRequest} → {@code AwardDecisionRequest} (role suffixes such as
 * Controller, Registry, Management are dropped; a name that already holds the noun keeps it:
 * {@code ZoneManagement.NewZone} → {@code NewZone});</li>
 * <li>a top-level type keeps its simple name ({@code Enterprise}, {@code Zone});</li>
 * <li>should two types still claim one name, the second gets its module and enclosing names and a
 * warning is logged.</li>
 * </ul>
 */
final class OpenApiSchemaNames implements ModelConverter {

    private static final Logger log = LoggerFactory.getLogger(OpenApiSchemaNames.class);
    private static final String[] ROLE_SUFFIXES = {"Controller", "Management", "Registry", "Directory", "Requests",
            "Reads", "Problems", "Service", "Api", "Resource", "Endpoint", "Cases", "Monitor"};
    private static final Set<String> GENERIC_TOP_LEVEL = Set.of("Page", "Items", "Item", "Decision", "DecisionRequest",
            "Request", "Response", "Summary", "Detail", "View", "Entry", "Result", "Results");

    private final Map<String, Class<?>> claimed = new ConcurrentHashMap<>();
    private final Map<Class<?>, String> names = new ConcurrentHashMap<>();

    @Override
    public Schema resolve(AnnotatedType annotated, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if ((annotated.getName() == null || annotated.getName().isBlank())) {
            Class<?> raw = rawClass(annotated.getType());
            if (raw != null && raw.getName().startsWith(OpenApiOperations.BASE_PACKAGE) && !raw.isEnum()
                    && !raw.isPrimitive() && raw.getTypeParameters().length == 0 && !explicitlyNamed(raw, annotated)) {
                annotated.setName(nameOf(raw));
            }
        }
        return chain.hasNext() ? chain.next().resolve(annotated, context, chain) : null;
    }

    private static boolean explicitlyNamed(Class<?> raw, AnnotatedType annotated) {
        io.swagger.v3.oas.annotations.media.Schema s = raw.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        if (s != null && !s.name().isBlank()) {
            return true;
        }
        if (annotated.getCtxAnnotations() != null) {
            for (var a : annotated.getCtxAnnotations()) {
                if (a instanceof io.swagger.v3.oas.annotations.media.Schema cs && !cs.name().isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    String nameOf(Class<?> type) {
        return names.computeIfAbsent(type, t -> {
            String name = preferred(t);
            Class<?> owner = claimed.putIfAbsent(name, t);
            if (owner != null && owner != t) {
                String longer = capitalise(OpenApiOperations.module(t)) + (t.getEnclosingClass() == null ? ""
                        : t.getEnclosingClass().getSimpleName()) + t.getSimpleName();
                log.warn("OpenAPI: 模型名 {} 已由 {} 使用，{} 改名为 {}", name, owner.getName(), t.getName(), longer);
                claimed.putIfAbsent(longer, t);
                return longer;
            }
            return name;
        });
    }

    static String preferred(Class<?> type) {
        String simple = type.getSimpleName();
        Class<?> enclosing = type.getEnclosingClass();
        if (enclosing == null) {
            return GENERIC_TOP_LEVEL.contains(simple) ? capitalise(OpenApiOperations.module(type)) + simple : simple;
        }
        String noun = enclosing.getSimpleName();
        for (String suffix : ROLE_SUFFIXES) {
            if (noun.endsWith(suffix) && noun.length() > suffix.length()) {
                noun = noun.substring(0, noun.length() - suffix.length());
                break;
            }
        }
        if (noun.endsWith("s") && !noun.endsWith("ss") && noun.length() > 1) {
            noun = noun.substring(0, noun.length() - 1);
        }
        if (noun.endsWith(simple)) {
            return noun;
        }
        if (simple.contains(noun)) {
            return simple;
        }
        return noun + simple;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof com.fasterxml.jackson.databind.JavaType j) {
            return j.getRawClass();
        }
        return null;
    }
}
