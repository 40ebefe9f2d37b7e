package cn.gov.gansu.gaoxin.funds;

import java.util.Locale;

import cn.gov.gansu.gaoxin.shared.InvalidInput;

/** The review decision of plans and experiences: approve (ACCEPT or PUBLISH) or RETURN with a comment. */
final class Review {

    private Review() {
    }

    /** The status a decision leads to; {@code approved} is ACCEPTED for plans, PUBLISHED for experiences. */
    static String status(String decision, String comment, String approved) {
        String d = decision == null ? "" : decision.trim().toUpperCase(Locale.ROOT);
        String accept = approved.equals("PUBLISHED") ? "PUBLISH" : "ACCEPT";
        if (!d.equals(accept) && !d.equals("RETURN")) {
            throw new InvalidInput("字段“decision”：须为 " + accept + "（" + name(approved) + "）或 RETURN（退回）");
        }
        String c = comment == null ? "" : comment.trim();
        if (c.length() > 2000) {
            throw new InvalidInput("字段“comment”：意见最多2000字");
        }
        if (d.equals("RETURN") && c.isEmpty()) {
            throw new InvalidInput("字段“comment”：退回须填写意见");
        }
        return d.equals("RETURN") ? "RETURNED" : approved;
    }

    static String name(String status) {
        return switch (status) {
            case "SUBMITTED" -> "待审核";
            case "ACCEPTED" -> "审核通过";
            case "PUBLISHED" -> "已发布";
            case "RETURNED" -> "已退回";
            default -> status;
        };
    }
}
