package cn.gov.gansu.gaoxin.console;

import java.util.Locale;
import java.util.Set;

import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.enterprise.QualificationType;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The enterprise list's filter as the page and the Excel export both read it, so that 导出Excel
 * exports exactly what the list shows: 名称/统一社会信用代码 (part of either), 所属高新区, 资质 (valid
 * today), 行业 (GB/T 4754 code prefix) and the sort order.
 */
record EnterpriseQuery(String zone, String name, QualificationType qualification, String industry, String sort) {

    static final Set<String> SORTS = Set.of("uscc", "-uscc", "name", "-name", "zone", "-zone");

    static EnterpriseQuery of(String zone, String name, String qualification, String industry, String sort) {
        String n = blankToNull(name);
        if (n != null && n.length() > 100) {
            throw new InvalidInput("参数“name”过长（最多100字）");
        }
        QualificationType q = null;
        if (blankToNull(qualification) != null) {
            try {
                q = QualificationType.valueOf(qualification.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("参数“qualification”的值无效，可选：HIGH_TECH_ENTERPRISE、TECH_SME、"
                        + "PROVINCIAL_INNOVATIVE_ENTERPRISE、SPECIALISED_SME、TECH_LEADER");
            }
        }
        String i = blankToNull(industry);
        if (i != null && !i.matches("[0-9]{2,4}")) {
            throw new InvalidInput("参数“industry”须为2至4位国民经济行业代码（GB/T 4754），如 27");
        }
        String s = blankToNull(sort);
        if (s != null && !SORTS.contains(s)) {
            throw new InvalidInput("参数“sort”须为 uscc、name、zone 之一（前加“-”为降序）");
        }
        String z = blankToNull(zone);
        if (z != null && !z.matches("[a-z0-9-]{1,64}")) {
            throw new InvalidInput("参数“zone”须为高新区代码，如 lanzhou");
        }
        return new EnterpriseQuery(z, n, q, i, s);
    }

    EnterpriseRegistry.Filter filter() {
        return new EnterpriseRegistry.Filter(zone, name, industry, qualification, sort);
    }

    EnterpriseRegistry.Filter filterWith(QualificationType type) {
        return new EnterpriseRegistry.Filter(zone, name, industry, type, null);
    }

    /** The query string of this filter (without paging), for links that keep it. */
    public String queryString(String sortOverride) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        if (zone != null) {
            b.queryParam("zone", zone);
        }
        if (name != null) {
            b.queryParam("name", name);
        }
        if (qualification != null) {
            b.queryParam("qualification", qualification.name());
        }
        if (industry != null) {
            b.queryParam("industry", industry);
        }
        String s = sortOverride != null ? sortOverride : sort;
        if (s != null) {
            b.queryParam("sort", s);
        }
        String q = b.encode().build().getQuery();
        return q == null ? "" : q;
    }

    /** The list page's address with this filter and sort, a page size and page (the pager's links). */
    public String link(int size, int page) {
        return link(null, size, page);
    }

    /** The list page's address with this filter, a sort (null: the current one), a page size and page. */
    public String link(String sortOverride, int size, int page) {
        String q = queryString(sortOverride);
        return "/enterprises?" + (q.isEmpty() ? "" : q + "&") + "size=" + size + (page > 1 ? "&page=" + page : "");
    }

    /** The Excel export's address with this filter. */
    public String exportLink() {
        String q = queryString(null);
        return "/api/enterprises/export" + (q.isEmpty() ? "" : "?" + q);
    }

    /** The sort a column header links to: ascending first, then toggling. */
    public String nextSort(String column) {
        return column.equals(sort) || (sort == null && column.equals("uscc")) ? "-" + column : column;
    }

    /** "ascending", "descending" or "none", for aria-sort on the header. */
    public String direction(String column) {
        if (column.equals(sort) || (sort == null && column.equals("uscc"))) {
            return "ascending";
        }
        return ("-" + column).equals(sort) ? "descending" : "none";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
