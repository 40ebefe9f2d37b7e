package cn.gov.gansu.gaoxin.security;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The application's own endpoints, read from its request mappings (never listed by hand). */
final class Endpoints {

    private Endpoints() {
    }

    /** One method and path of one handler. */
    record Endpoint(String method, String path, HandlerMethod handler) {

        boolean isApi() {
            return path.startsWith("/api/");
        }

        /** The type of the JSON body, or null when the handler reads none. */
        Class<?> bodyType() {
            for (Parameter p : handler.getMethod().getParameters()) {
                if (p.isAnnotationPresent(RequestBody.class)) {
                    return p.getType();
                }
            }
            return null;
        }

        /** The body's top-level field names (a record's components), empty when unknown. */
        List<String> bodyFields() {
            Class<?> type = bodyType();
            List<String> names = new ArrayList<>();
            if (type != null && type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    names.add(c.getName());
                }
            }
            return names;
        }

        String controller() {
            return handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
        }
    }

    /** Every mapping of the platform's own controllers, by path then method. */
    static List<Endpoint> all(RequestMappingHandlerMapping mapping) {
        List<Endpoint> out = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
            HandlerMethod h = e.getValue();
            if (!h.getBeanType().getPackageName().startsWith("cn.gov.gansu.gaoxin")) {
                continue;
            }
            Set<String> paths = e.getKey().getPatternValues();
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String path : paths) {
                if (methods.isEmpty()) {
                    out.add(new Endpoint("GET", path, h));
                }
                for (RequestMethod m : methods) {
                    out.add(new Endpoint(m.name(), path, h));
                }
            }
        }
        out.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return out;
    }
}
