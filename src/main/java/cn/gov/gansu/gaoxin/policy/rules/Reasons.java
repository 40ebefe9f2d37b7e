package cn.gov.gansu.gaoxin.policy.rules;

/** Renders a finding's trace as Chinese text; the steps common to all rules are worded here. */
final class Reasons {

    private Reasons() {
    }

    static String reason(Finding f) {
        return switch (f.why()) {
            case MISSING_FACT -> "缺少事实“" + f.detail() + "”，无法判定；请补充后重新计算（快申快享）";
            case BEFORE_EFFECTIVE_DATE -> "事件日期" + f.fact().date() + "早于本措施施行日期" + f.detail()
                    + "，不适用本措施；施行日期当天及以后的事件方可享受";
            case POLICY_NOT_IN_FORCE -> "事件日期" + f.fact().date() + "时本措施没有生效的施行日期参数版本（policy.effectiveFrom），不适用本措施";
            case AMOUNT_NOT_SET -> lineName(f) + "为固定金额奖补，但事件日期" + f.fact().date() + "时其金额参数“" + f.detail()
                    + "”未设定，无法确定奖补金额，暂不予兑付；须先经审批设定该金额参数后重新计算（金额不能由审批人自行填写）";
            case LINE_NOT_IN_FORCE -> "事件日期" + f.fact().date() + "时" + lineName(f) + "没有生效的参数版本，不适用";
            case OUTSIDE_ZONES -> f.detail() + "；该奖励仅给予事件日期位于有效高新区（飞地园区视同其所属高新区）内的对象，撤销资格之日起不再享受";
            case REPEATS_FACT -> lineName(f) + "为一次性奖励，每个受益对象只能获得一次；本事实重复了事实“" + f.detail()
                    + "”已获得的同一奖励";
            case ALREADY_GRANTED -> lineName(f) + "为一次性奖励，每个受益对象只能获得一次；该受益对象已获得过此奖励（" + f.detail()
                    + "）";
            default -> f.rule().reason(f);
        };
    }

    static String explanation(Finding f) {
        StringBuilder s = new StringBuilder("依据第").append(f.clause()).append("条：“").append(f.rule().text()).append("”。");
        if (f.outcome() == Outcome.ELIGIBLE) {
            s.append(f.rule().arithmetic(f));
            Terms t = f.terms();
            s.append("由").append(payerName(t.payer())).append("于").append(f.payableYear()).append("年度兑付");
            if (t.payableYearOffset() == 1) {
                s.append("（下年度）");
            }
            s.append("；审批流程：").append(String.join(" → ", t.approvals().stream().map(Reasons::roleName).toList()))
                    .append("。");
        } else {
            s.append(f.outcome() == Outcome.UNKNOWN ? "暂无法判定：" : "不符合条件：").append(reason(f)).append("。");
        }
        if (f.terms() != null) {
            s.append("参数版本：").append(f.terms().versions()).append("。");
        }
        return s.toString();
    }

    static String lineName(Finding f) {
        return f.line() == null ? "该奖励" : "“" + f.line().chineseName() + "”（" + f.line().name() + "）";
    }

    /** The Chinese name of an approving role (SPEC.md's roles), so the explanation reads without codes. */
    static String roleName(String role) {
        return switch (role) {
            case "PROVINCE_ADMIN" -> "省科技厅";
            case "PROVINCE_FINANCE" -> "省财政厅";
            case "PROVINCE_GOVERNMENT" -> "省政府";
            case "CITY_OFFICER" -> "市(州)政府";
            case "ZONE_OFFICER" -> "高新区管委会";
            case "EXPERT" -> "评审专家";
            default -> role;
        };
    }

    static String payerName(String payer) {
        return switch (payer) {
            case "PROVINCE_DEPARTMENT" -> "省科技厅";
            case "PROVINCE_FINANCE" -> "省级财政";
            default -> payer;
        };
    }
}
