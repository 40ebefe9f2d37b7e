package cn.gov.gansu.gaoxin.console;

import java.util.Locale;

import cn.gov.gansu.gaoxin.award.AwardReads;
import cn.gov.gansu.gaoxin.award.AwardStatus;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The award list's filter as the page and the Excel export both read it, so that 导出Excel exports
 * exactly what the list shows: 受益方 (USCC, zone code or a fragment of the company's name, resolved
 * by {@link AwardPages#filter}), 所属高新区, 奖补类别, 状态, 待办角色.
 */
record AwardQuery(String beneficiary, String zone, String line, AwardStatus status, Role pendingRole, String sort,
        AwardReads.Tasks tasks) {

    static final java.util.Set<String> SORTS = java.util.Set.of("id", "-id", "amount", "-amount", "zone", "-zone", "status",
            "-status", "year", "-year");

    static AwardQuery of(String beneficiary, String zone, String line, String status, String pendingRole, String sort) {
        return of(beneficiary, zone, line, status, pendingRole, sort, null);
    }

    /** {@code tasks}: "todo" (我的待办) or "done" (已办), else all awards in scope. */
    static AwardQuery of(String beneficiary, String zone, String line, String status, String pendingRole, String sort,
            String tasks) {
        String so = blankToNull(sort);
        if (so != null && !SORTS.contains(so)) {
            throw new InvalidInput("参数“sort”须为 id、amount、zone、status、year 之一（前加“-”为降序）");
        }
        String b = blankToNull(beneficiary);
        if (b != null && b.length() > 64) {
            throw new InvalidInput("受益方：请输入企业名称的一部分、统一社会信用代码或高新区代码（最多64个字）");
        }
        if (b != null && b.length() == 18 && cn.gov.gansu.gaoxin.shared.Uscc.isValid(b.toUpperCase(Locale.ROOT))) {
            b = b.toUpperCase(Locale.ROOT);
        }
        String z = blankToNull(zone);
        if (z != null && !z.matches("[a-z0-9-]{1,64}")) {
            throw new InvalidInput("参数“zone”须为高新区代码，如 lanzhou");
        }
        String l = blankToNull(line);
        if (l != null && !l.matches("[A-Z_]{1,64}")) {
            throw new InvalidInput("参数“line”须为奖补类别代码，如 NEW_HIGH_TECH_ENTERPRISE");
        }
        String t = blankToNull(tasks);
        if (t != null && !t.equals("todo") && !t.equals("done")) {
            throw new InvalidInput("参数“tasks”须为 todo（我的待办）或 done（已办）");
        }
        return new AwardQuery(b, z, l, parse(AwardStatus.class, status, "status"), parse(Role.class, pendingRole, "pendingRole"), so,
                t == null ? null : AwardReads.Tasks.valueOf(t.toUpperCase(Locale.ROOT)));
    }

    AwardReads.Filter filter() {
        return new AwardReads.Filter(beneficiary, zone, line, status, pendingRole, sort, tasks);
    }

    public String queryString() {
        return queryString(sort);
    }

    public String queryString(String sortOverride) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        if (tasks != null) {
            b.queryParam("tasks", tasks.name().toLowerCase(Locale.ROOT));
        }
        if (beneficiary != null) {
            b.queryParam("beneficiary", beneficiary);
        }
        if (zone != null) {
            b.queryParam("zone", zone);
        }
        if (line != null) {
            b.queryParam("line", line);
        }
        if (status != null) {
            b.queryParam("status", status.name());
        }
        if (pendingRole != null) {
            b.queryParam("pendingRole", pendingRole.name());
        }
        if (sortOverride != null) {
            b.queryParam("sort", sortOverride);
        }
        String q = b.encode().build().getQuery();
        return q == null ? "" : q;
    }

    public String link(int size, int page) {
        return link(sort, size, page);
    }

    /** The list's address with this filter and another sort (page 1 when the sort changes). */
    public String link(String sortOverride, int size, int page) {
        String q = queryString(sortOverride);
        return "/awards?" + (q.isEmpty() ? "" : q + "&") + "size=" + size + (page > 1 ? "&page=" + page : "");
    }

    public String exportLink() {
        String q = queryString();
        return "/awards/export" + (q.isEmpty() ? "" : "?" + q);
    }

    /** The sort a header links to: descending first for amounts and years, ascending otherwise, then toggling. */
    public String nextSort(String column) {
        if (column.equals(sort)) {
            return "-" + column;
        }
        if (("-" + column).equals(sort)) {
            return column;
        }
        return column.equals("amount") || column.equals("year") || column.equals("id") ? "-" + column : column;
    }

    /** "ascending", "descending" or "none", for aria-sort and the header's arrow. */
    public String direction(String column) {
        if (column.equals(sort)) {
            return "ascending";
        }
        if (("-" + column).equals(sort) || (sort == null && column.equals("id"))) {
            return "descending";
        }
        return "none";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        return cn.gov.gansu.gaoxin.shared.Enums.optional(type, value, "参数“" + field + "”");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
