package cn.gov.gansu.gaoxin.imports;

import java.util.List;

import cn.gov.gansu.gaoxin.shared.NotFound;

/**
 * What an import file holds (contracts §9): the code in the URL, the Chinese name, the header row in
 * order and the example row of the template. {@code enterprises} and {@code qualifications} follow the
 * contract (the latter is the layout of the official recognition lists); the others follow the API
 * bodies of the same data.
 */
public enum ImportKind {
    ENTERPRISES("enterprises", "企业名录",
            List.of("统一社会信用代码", "企业名称", "所在高新区", "行业代码"),
            List.of("91620100MA74XQ2F1X", "兰州某某科技有限公司", "兰州", "3911")),
    QUALIFICATIONS("qualifications", "资质认定名单",
            List.of("序号", "企业名称", "统一社会信用代码", "证书编号", "发证日期"),
            List.of("1", "兰州某某科技有限公司", "91620100MA74XQ2F1X", "GR202462000123", "2025-11-03")),
    STATISTICS("statistics", "年度统计数据",
            List.of("统一社会信用代码", "统计年度", "营业收入（元）", "高新技术产品（服务）收入（元）", "从业人员（人）",
                    "研发人员（人）", "研发费用（元）", "出口总额（元）", "纳税总额（元）"),
            List.of("91620100MA74XQ2F1X", "2025", "52000000.00", "38000000.00", "180", "45", "3100000.00", "", "1200000.00")),
    PLATFORMS("platforms", "创新平台",
            List.of("平台类型", "认定级别", "平台名称", "所在高新区", "运营单位统一社会信用代码", "服务主导产业", "行业代码", "认定日期"),
            List.of("科技企业孵化器", "省级", "兰州某某科技企业孵化器", "兰州", "91620100MA74XQ2F1X", "新材料", "3985、3562", "2024-06-18")),
    NATIONAL_PROJECTS("national-projects", "国家科技项目",
            List.of("统一社会信用代码", "项目类别", "项目（课题）编号", "项目名称", "在甘落地资金（元）", "立项日期"),
            List.of("91620100MA74XQ2F1X", "国家重点研发计划", "2024YFB0000001", "某某关键技术研究", "4200000.00", "2024-08-01")),
    /** talent2: talent records (clauses 7–9), the columns of {@code POST /api/talents}. */
    TALENTS("talents", "人才",
            List.of("人才类型", "姓名", "所在高新区", "企业统一社会信用代码", "高校、院所", "人才项目名称", "专业领域", "国籍", "开始日期",
                    "所在载体编号"),
            List.of("青年人才项目", "张某某", "兰州", "", "兰州大学", "陇原青年英才", "新材料", "", "2025-03-01", "")),
    /** talent2: the shared instruments catalogue (clause 3), the columns of {@code POST /api/instruments}. */
    INSTRUMENTS("instruments", "共享仪器",
            List.of("仪器（服务）名称", "开放单位", "所在高新区", "类别", "收费标准（元/小时）"),
            List.of("场发射扫描电子显微镜", "兰州大学", "兰州", "分析测试仪器", "300.00")),
    /** 科技成果 (clause 6): the same holder and title is the same achievement (unchanged or updated). */
    ACHIEVEMENTS("achievements", "科技成果",
            List.of("成果名称", "持有方", "持有方类型", "技术领域", "成熟度", "转化方式", "挂牌价格（元）", "成果简介"),
            List.of("高镍锂电池正极材料制备技术", "兰州大学", "高校", "新能源电池", "中试", "许可", "500000.00", "共沉淀法制备三元正极材料……")),
    /** 技术需求 (clause 6): the same enterprise and title is the same demand. */
    DEMANDS("demands", "技术需求",
            List.of("统一社会信用代码", "需求名称", "需求描述"),
            List.of("91620100MA74XQ2F1X", "寻求锂电池正极材料技术", "提高电池能量密度，降低成本")),
    /** 税收优惠 (clause 10): an enterprise's year, the columns of {@code PUT /api/enterprises/{uscc}/tax-incentives/{year}}. */
    TAX_INCENTIVES("tax-incentives", "税收优惠",
            List.of("统一社会信用代码", "年度", "研发费用加计扣除额（元）", "高企所得税减免额（元）", "小微企业普惠性减免额（元）"),
            List.of("91620100MA74XQ2F1X", "2025", "3100000.00", "450000.00", ""));

    private final String code;
    private final String chineseName;
    private final List<String> headers;
    private final List<String> example;

    ImportKind(String code, String chineseName, List<String> headers, List<String> example) {
        this.code = code;
        this.chineseName = chineseName;
        this.headers = headers;
        this.example = example;
    }

    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    public List<String> headers() {
        return headers;
    }

    public List<String> example() {
        return example;
    }

    /** The kind named in a URL; an unknown one is a 404 naming the kinds there are. */
    public static ImportKind of(String code) {
        for (ImportKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new NotFound("导入类型“" + (code == null ? "" : code.length() > 30 ? code.substring(0, 30) : code)
                + "”不存在，可选：enterprises、qualifications、statistics、platforms、national-projects、talents、instruments、achievements、demands、tax-incentives");
    }
}
