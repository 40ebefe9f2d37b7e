package cn.gov.gansu.gaoxin.console;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the console's list pages share: the page sizes (10/20/50/100, default 20), the page shown and
 * the pager's model attributes, the list's links (a criterion left out when empty), the criteria
 * parsed from request parameters, the export's rows read page by page and its audit row.
 */
final class Lists {

    static final List<Integer> SIZES = List.of(10, 20, 50, 100);
    static final int DEFAULT_SIZE = 20;

    private Lists() {
    }

    /** The page size asked for when it is one of {@link #SIZES}, else the default. */
    static int size(int asked) {
        return SIZES.contains(asked) ? asked : DEFAULT_SIZE;
    }

    /** How many pages {@code total} rows fill at {@code size} a page (at least one). */
    static long pages(long total, int size) {
        return Math.max(1, (total + size - 1) / size);
    }

    /** One page of a list as shown: the module's result, its total, the page number (from 1) and size. */
    record Shown<P>(P result, long total, int page, int size) {

        long pages() {
            return Lists.pages(total, size);
        }

        /** The pager's attributes: the rows (taken from the result), total, page, pages, size and the sizes offered. */
        Shown<P> addTo(Model model, Function<? super P, ?> rows) {
            model.addAttribute("rows", rows.apply(result));
            model.addAttribute("total", total);
            model.addAttribute("page", page);
            model.addAttribute("pages", pages());
            model.addAttribute("size", size);
            model.addAttribute("sizes", SIZES);
            return this;
        }
    }

    /** The pager's links of a list whose criteria are already in {@code base} (an address with its query). */
    record Pager(String base) {
        public String link(int size, int page) {
            return UriComponentsBuilder.fromUriString(base).queryParam("size", size).queryParam("page", page).build().toUriString();
        }
    }

    /** The page asked for (page numbers from 1, sizes normalised), as the module lists it. */
    static <P> Shown<P> page(int page, int size, Function<Paging, P> list, ToLongFunction<P> total) {
        int pageSize = size(size);
        int pageNo = Math.max(1, page);
        P result = list.apply(new Paging(pageNo - 1, pageSize));
        return new Shown<>(result, total.applyAsLong(result), pageNo, pageSize);
    }

    /** As {@link #page}, but a page beyond the last shows the last (when there are rows at all). */
    static <P> Shown<P> clamped(int page, int size, Function<Paging, P> list, ToLongFunction<P> total) {
        Shown<P> shown = page(page, size, list, total);
        long pages = shown.pages();
        if (shown.page() > pages && shown.total() > 0) {
            P last = list.apply(new Paging((int) pages - 1, shown.size()));
            return new Shown<>(last, total.applyAsLong(last), (int) pages, shown.size());
        }
        return shown;
    }

    /** Every row of a list, read {@link Paging#MAX_SIZE} at a time until a page comes back short. */
    static <P, T> List<T> all(Function<Paging, P> list, Function<P, List<T>> items) {
        List<T> all = new ArrayList<>();
        for (int p = 0; ; p++) {
            List<T> chunk = items.apply(list.apply(new Paging(p, Paging.MAX_SIZE)));
            all.addAll(chunk);
            if (chunk.size() < Paging.MAX_SIZE) {
                return all;
            }
        }
    }

    /**
     * A list's link: {@code path} with the given parameters ({@code name, value, name, value, …}),
     * those whose value is null left out, enums by their code; encoded.
     */
    static String link(String path, Object... namesAndValues) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                b.queryParam((String) namesAndValues[i], value instanceof Enum<?> e ? e.name() : value);
            }
        }
        return b.encode().build().toUriString();
    }

    /** The criteria of an export as the audit row keeps them ({@code name, value, …}, in order, nulls kept). */
    static Map<String, String> criteria(String... namesAndValues) {
        Map<String, String> criteria = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            criteria.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return criteria;
    }

    /** Writes an export named {@code title} through {@link Excel} and leaves its audit row (who, filter, rows, complete or not). */
    static void export(AuditTrail audit, HttpServletResponse response, String what, String title, Map<String, String> filter,
            List<Excel.Column> columns, List<List<Object>> rows) throws IOException {
        export(audit, response, what, title, title, filter, columns, rows);
    }

    /** As above, the file and its sheet named {@code file}, the audit row naming the export {@code title}. */
    static void export(AuditTrail audit, HttpServletResponse response, String what, String title, String file,
            Map<String, String> filter, List<Excel.Column> columns, List<List<Object>> rows) throws IOException {
        boolean complete = false;
        try {
            try (Excel.Sheet sheet = Excel.open(response, file, file, columns)) {
                sheet.write(rows);
            }
            complete = true;
        } finally {
            audit.recordExport(what, title, filter, complete ? rows.size() : 0, complete);
        }
    }

    // ------------------------------------------------------------------ criteria and form fields

    /** The text without its surrounding blanks, or null when there is none. */
    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A whole number typed in {@code field} (0 when blank); anything else is a 400. */
    static int number(String s, String field) {
        if (s == null || s.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("参数“" + field + "”须为整数");
        }
    }

    /** As {@link #number}, but null when blank. */
    static Integer number0(String s, String field) {
        return s == null || s.isBlank() ? null : number(s, field);
    }

    /** A start date typed as 2025-11-03, or null when blank. */
    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("字段“startedOn”：日期无效，格式应为 2025-11-03");
        }
    }

    /** The enum value named exactly by the parameter {@code field}, or null when blank; anything else is a 400. */
    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("参数“" + field + "”的值无效");
        }
    }
}
