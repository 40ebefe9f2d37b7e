package cn.gov.gansu.gaoxin.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.award.AwardReads;
import cn.gov.gansu.gaoxin.award.AwardStatus;
import cn.gov.gansu.gaoxin.enterprise.Enterprise;
import cn.gov.gansu.gaoxin.enterprise.EnterpriseRegistry;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.policy.PolicyReads;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Chinese names and tag colours of what award pages show: statuses (待确认, 审核中, 已通过, 已驳回,
 * 已拨付), award lines (from the policy), roles, history steps and payers. Used in templates as
 * {@code @awardLabels}.
 */
@Component("awardLabels")
class AwardLabels {

    private static final Map<AwardStatus, String> STATUS = Map.of(AwardStatus.PENDING_CONFIRMATION, "待确认",
            AwardStatus.UNDER_REVIEW, "审核中", AwardStatus.APPROVED, "已通过", AwardStatus.REJECTED, "已驳回",
            AwardStatus.PAID, "已拨付");
    private static final Map<AwardStatus, String> COLOUR = Map.of(AwardStatus.PENDING_CONFIRMATION, "tag-orange",
            AwardStatus.UNDER_REVIEW, "tag-blue", AwardStatus.APPROVED, "tag-green", AwardStatus.REJECTED, "tag-red",
            AwardStatus.PAID, "tag-purple");
    private static final Map<String, String> STEP = Map.of("OFFERED", "免申即享生成", "CONFIRMED", "确认领取", "APPROVE", "审核通过",
            "REJECT", "驳回", "WITHDRAWN", "撤回", "PAID", "拨付", "RETURNED", "退回修改");
    private static final Map<String, String> AMOUNT_TYPE = Map.of("FIXED", "定额", "CAPPED", "按比例（有上限）",
            "MINIMUM", "一事一议（不少于下限）", "TO_BE_DECIDED", "待定（一事一议）");

    private final Map<String, String> lines = new LinkedHashMap<>();
    private final ZoneDirectory zones;
    private final EnterpriseRegistry enterprises;
    private final MessageSource messages;

    AwardLabels(PolicyReads policy, ZoneDirectory zones, EnterpriseRegistry enterprises, MessageSource messages) {
        this.zones = zones;
        this.enterprises = enterprises;
        this.messages = messages;
        for (PolicyReads.Line l : policy.lines()) {
            lines.put(l.code(), l.chineseName());
        }
    }

    public String status(AwardStatus s) {
        return s == null ? Formats.NONE : localised("awardStatus." + s.name(), STATUS.get(s));
    }

    public String status(String s) {
        if (s == null) {
            return Formats.NONE;
        }
        try {
            return status(AwardStatus.valueOf(s));
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /**
     * english (issue 9 item 8): the English label in the English console; the Chinese one otherwise
     * (the {@code awardStatus.*}, {@code awardLine.*} keys exist only in messages_en, so Chinese is unchanged).
     */
    private String localised(String key, String chinese) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        if (!"en".equals(locale.getLanguage())) {
            return chinese;
        }
        return messages.getMessage(key, null, chinese, locale);
    }

    public String colour(AwardStatus s) {
        return s == null ? "tag-plain" : COLOUR.get(s);
    }

    public List<AwardStatus> statuses() {
        return List.of(AwardStatus.values());
    }

    public String line(String code) {
        return code == null ? Formats.NONE : localised("awardLine." + code, lines.getOrDefault(code, code));
    }

    public Map<String, String> lines() {
        return lines;
    }

    public String role(Role r) {
        return r == null ? Formats.NONE : localised("role." + r.name(), r.chineseName());
    }

    public String role(String r) {
        if (r == null) {
            return Formats.NONE;
        }
        try {
            return role(Role.valueOf(r));
        } catch (IllegalArgumentException e) {
            return r;
        }
    }

    /** The roles that take part in award chains (for the 待办角色 filter). */
    public List<Role> chainRoles() {
        return List.of(Role.ENTERPRISE, Role.ZONE_OFFICER, Role.CITY_OFFICER, Role.PROVINCE_ADMIN, Role.PROVINCE_FINANCE,
                Role.PROVINCE_GOVERNMENT);
    }

    /**
     * One step of a case's history as a sentence: who (body and person), what, and the comment, e.g.
     * "兰州高新区管委会 张三 批准：同意" — not a status change such as 审核中 → 审核中.
     */
    public String event(AwardReads.HistoryItem h, String zone, Map<String, String> names) {
        String who = h.who() == null || "system".equals(h.who()) ? "" : names.getOrDefault(h.who(), h.who());
        String body = h.role() == null ? "系统" : switch (h.role()) {
            case "ZONE_OFFICER" -> zone == null ? "高新区管委会" : zone(zone) + "管委会";
            case "CITY_OFFICER" -> "市(州)政府";
            case "PROVINCE_ADMIN" -> "省科技厅";
            case "PROVINCE_FINANCE" -> "省财政厅";
            case "PROVINCE_GOVERNMENT" -> "省政府";
            case "ENTERPRISE" -> "企业";
            default -> role(h.role());
        };
        boolean enterprise = "ENTERPRISE".equals(h.role());
        String what = switch (h.kind() == null ? "" : h.kind()) {
            case "OFFERED" -> "免申即享生成奖补";
            case "CONFIRMED" -> enterprise ? "确认领取" : "代企业确认领取";
            case "APPROVE" -> "APPROVED".equals(h.statusTo()) ? "批准" : "审核通过";
            case "REJECT" -> enterprise ? "放弃领取" : "驳回";
            case "RETURNED" -> "PENDING_CONFIRMATION".equals(h.statusTo()) ? "退回修改（退回企业重新确认）" : "退回修改（退回上一环节）";
            default -> step(h.kind());
        };
        String comment = h.comment() == null ? "" : h.comment().replaceFirst("^(企业确认|高新区管委会代企业确认)，", "")
                .replaceFirst("^免申即享：", "");
        return body + (who.isEmpty() ? "" : " " + who) + " " + what + (comment.isBlank() ? "" : "：" + comment);
    }

    /** One piece of a history sentence; {@code data} pieces (names, comments) are shown as typed. */
    public record Part(String text, boolean data) {
    }

    /**
     * english (issue 9 item 8): {@link #event} for the English console, in pieces so that the
     * names and the comment (data, Chinese) are marked as data: e.g. "Zone administration" ·
     * "兰州高新区" · "张三" · " approved: " · "同意".
     */
    public List<Part> eventParts(AwardReads.HistoryItem h, String zone, Map<String, String> names) {
        List<Part> parts = new java.util.ArrayList<>();
        String who = h.who() == null || "system".equals(h.who()) ? "" : names.getOrDefault(h.who(), h.who());
        String body = h.role() == null ? "System" : switch (h.role()) {
            case "ZONE_OFFICER" -> "Zone administration";
            case "CITY_OFFICER" -> "City government";
            case "PROVINCE_ADMIN" -> "Province S&T department";
            case "PROVINCE_FINANCE" -> "Province finance department";
            case "PROVINCE_GOVERNMENT" -> "Province government";
            case "ENTERPRISE" -> "Enterprise";
            default -> role(h.role());
        };
        parts.add(new Part(body, false));
        if ("ZONE_OFFICER".equals(h.role()) && zone != null) {
            parts.add(new Part(" ", false));
            parts.add(new Part(zone(zone), true));
        }
        if (!who.isEmpty()) {
            parts.add(new Part(" ", false));
            parts.add(new Part(who, true));
        }
        boolean enterprise = "ENTERPRISE".equals(h.role());
        String what = switch (h.kind() == null ? "" : h.kind()) {
            case "OFFERED" -> "offered the award without application";
            case "CONFIRMED" -> enterprise ? "confirmed the award" : "confirmed the award on the enterprise's behalf";
            case "APPROVE" -> "APPROVED".equals(h.statusTo()) ? "approved" : "passed the review";
            case "REJECT" -> enterprise ? "declined" : "rejected";
            case "RETURNED" -> "PENDING_CONFIRMATION".equals(h.statusTo()) ? "returned for changes (to the enterprise)"
                    : "returned for changes (to the previous step)";
            default -> step(h.kind());
        };
        String comment = h.comment() == null ? "" : h.comment().replaceFirst("^(企业确认|高新区管委会代企业确认)，", "")
                .replaceFirst("^免申即享：", "");
        parts.add(new Part(" " + what + (comment.isBlank() ? "" : ": "), false));
        if (!comment.isBlank()) {
            parts.add(new Part(comment, true));
        }
        return parts;
    }

    /** A status change, or null when the step left the status as it was. */
    public String change(AwardReads.HistoryItem h) {
        if (h.statusFrom() == null || h.statusFrom().equals(h.statusTo())) {
            return h.statusFrom() == null ? status(h.statusTo()) : null;
        }
        return status(h.statusFrom()) + " → " + status(h.statusTo());
    }

    public String step(String kind) {
        return kind == null ? Formats.NONE : localised("awardStep." + kind, STEP.getOrDefault(kind, kind));
    }

    public String amountType(String t) {
        return t == null ? Formats.NONE : localised("amountType." + t, AMOUNT_TYPE.getOrDefault(t, t));
    }

    /** 付款单位: 省科技厅, 省级财政, or the city's / zone's name. */
    public String payer(String code) {
        if (code == null) {
            return Formats.NONE;
        }
        return switch (code) {
            case "PROVINCE_DEPARTMENT" -> localised("payer.PROVINCE_DEPARTMENT", "省科技厅");
            case "PROVINCE_FINANCE" -> localised("payer.PROVINCE_FINANCE", "省级财政");
            default -> zones.find(code).map(ZoneNames::label).orElseGet(() -> zones.cities().stream()
                    .filter(c -> c.code().equals(code)).map(ZoneDirectory.City::name).findFirst().orElse(code));
        };
    }

    /** The beneficiary's name: a zone's, else the enterprise's (the award itself was read within scope). */
    public String beneficiary(String code) {
        if (code == null) {
            return Formats.NONE;
        }
        return zones.find(code).map(ZoneNames::label)
                .orElseGet(() -> enterprises.findUnscoped(code).map(Enterprise::name).orElse(code));
    }

    public String zone(String code) {
        return code == null ? Formats.NONE : zones.find(code).map(ZoneNames::label).orElse(code);
    }

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T[0-9:.]+Z)?");
    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("“([a-z0-9-]{2,64})”");

    /**
     * The amount's explanation as an official reads it: zone codes in quotes become the zone's name,
     * ISO dates and timestamps Chinese dates, and the trailing parameter versions (参数版本：…, codes
     * for the policy team) are left off — {@link #parameterVersions} answers them for a folded detail.
     */
    public String explanation(String text) {
        if (text == null || text.isBlank()) {
            return Formats.NONE;
        }
        int cut = text.indexOf("参数版本：");
        String main = cut < 0 ? text : text.substring(0, cut).trim();
        java.util.regex.Matcher q = QUOTED.matcher(main);
        StringBuilder out = new StringBuilder();
        while (q.find()) {
            String code = q.group(1);
            String name = zones.find(code).map(ZoneNames::label).orElse(null);
            q.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(name == null ? q.group(0) : "“" + name + "”"));
        }
        q.appendTail(out);
        return chineseDates(out.toString().replace("高新区“", "“"));
    }

    /** The parameter versions an explanation names (for the policy team), or null when none. */
    public String parameterVersions(String text) {
        int cut = text == null ? -1 : text.indexOf("参数版本：");
        return cut < 0 ? null : chineseDates(text.substring(cut));
    }

    /** 2025-11-03 → 2025年11月3日 (a timestamp's time of day is dropped). */
    static String chineseDates(String text) {
        java.util.regex.Matcher m = ISO_DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Integer.parseInt(m.group(1)) + "年" + Integer.parseInt(m.group(2)) + "月"
                    + Integer.parseInt(m.group(3)) + "日");
        }
        m.appendTail(out);
        return out.toString();
    }
}
