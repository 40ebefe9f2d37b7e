package cn.gov.gansu.gaoxin.industry;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kinds of zone development record, each with the clause it serves and its categories (code →
 * Chinese name). Amounts are in 元.
 */
public enum RecordKind {
    /** 第12条 链长制: one chain per leading industry — name of the industry, 链长 in people, key enterprises and gaps in note. */
    INDUSTRIAL_CHAIN("12", "产业链（链长制）", Map.of()),
    /** 第12条 延链补链强链 and 两链融合 projects. */
    CHAIN_PROJECT("12", "产业链项目", categories("EXTEND", "延链", "FILL", "补链", "STRENGTHEN", "强链", "TWO_CHAINS", "两链融合")),
    /** 第12条 高新区直接向省科技厅推荐项目和平台申报. */
    RECOMMENDATION("12", "直接推荐申报", categories("PROJECT", "项目", "PLATFORM", "平台")),
    /** 第14条 transformation projects of zone manufacturers. */
    TRANSFORMATION_PROJECT("14", "转型升级项目", categories("INTELLIGENT", "智能化改造", "GREEN", "绿色化改造", "SERVICE", "服务型制造")),
    /** 第14条 招商引资. */
    INVESTMENT_PROJECT("14", "招商引资项目", categories("SIGNED", "已签约", "LANDED", "已落地", "LEADING_ENTERPRISE", "引进龙头企业")),
    /** 第15条 东西部协作: cooperation projects and what partner parks and remote incubation produced. */
    COOPERATION("15", "东西部协作", categories("PROJECT", "合作项目", "PARTNER_PARK_OUTPUT", "伙伴园区成果", "REMOTE_INCUBATION_OUTPUT", "异地孵化成果")),
    /** 第16条 离岸创新中心、海外研发中心. */
    OVERSEAS_CENTRE("16", "离岸及海外创新中心", categories("OFFSHORE", "离岸创新中心", "OVERSEAS_RD", "海外研发中心", "BELT_AND_ROAD", "“一带一路”海外研发中心")),
    /** 第17条 管理体制 and the published lists. */
    GOVERNANCE("17", "体制机制", categories("MANAGEMENT_MODEL", "管理体制（管委会+开发运营公司）", "SECONDED_DEPUTY", "选派科技副职",
            "POWER_LIST", "权责清单", "NEGATIVE_LIST", "负面清单", "ACCOUNTABILITY_LIST", "问责清单")),
    /** 第18条 科技金融. */
    FINANCE("18", "科技金融", categories("TECH_BANK_BRANCH", "科技支行", "IP_PLEDGE_LOAN", "知识产权质押贷款", "ORDER_LOAN", "订单贷",
            "TALENT_LOAN", "人才贷", "HNTE_LOAN", "高企贷", "FUND", "产业（创投）基金", "FIRST_SET_INSURANCE", "首台（套）保险"));

    private final String clause;
    private final String chineseName;
    private final Map<String, String> categories;

    RecordKind(String clause, String chineseName, Map<String, String> categories) {
        this.clause = clause;
        this.chineseName = chineseName;
        this.categories = categories;
    }

    public String clause() {
        return clause;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Category code → Chinese name, in order. */
    public Map<String, String> categories() {
        return categories;
    }

    private static Map<String, String> categories(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
