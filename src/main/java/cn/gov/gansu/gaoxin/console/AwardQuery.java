package cn.gov.gansu.gaoxin.console;

import java.util.Locale;

import cn.gov.gansu.gaoxin.award.AwardReads;
import cn.gov.gansu.gaoxin.award.AwardStatus;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The award list's filter as the page and the Excel export both read it, so that 导出Excel exports
 * exactly what the list shows: 受益方 (USCC or zone code), 所属高新区, 奖补类别, 状态, 待办角色.
 */
record AwardQuery(String beneficiary, String zone, String line, AwardStatus status, Role pendingRole) {

    static AwardQuery of(String beneficiary, String zone, String line, String status, String pendingRole) {
        String b = blankToNull(beneficiary);
        if (b != null && !b.matches("[0-9A-Za-z_-]{1,64}")) {
            throw new InvalidInput("参数“beneficiary”须为统一社会信用代码或高新区代码");
        }
        if (b != null && b.length() == 18) {
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
        return new AwardQuery(b, z, l, parse(AwardStatus.class, status, "status"), parse(Role.class, pendingRole, "pendingRole"));
    }

    AwardReads.Filter filter() {
        return new AwardReads.Filter(beneficiary, zone, line, status, pendingRole);
    }

    public String queryString() {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
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
        String q = b.encode().build().getQuery();
        return q == null ? "" : q;
    }

    public String link(int size, int page) {
        String q = queryString();
        return "/awards?" + (q.isEmpty() ? "" : q + "&") + "size=" + size + (page > 1 ? "&page=" + page : "");
    }

    public String exportLink() {
        String q = queryString();
        return "/awards/export" + (q.isEmpty() ? "" : "?" + q);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("参数“" + field + "”的值无效");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
