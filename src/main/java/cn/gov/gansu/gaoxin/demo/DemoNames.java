package cn.gov.gansu.gaoxin.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.gov.gansu.gaoxin.shared.Uscc;

/** Plausible company names, industry names and valid USCCs for generated enterprises. */
final class DemoNames {

    private DemoNames() {
    }

    static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** 31^8: the number of 8-character organisation-code bodies over the USCC alphabet. */
    private static final long BODIES = 852_891_037_441L;
    /** A multiplier coprime to 31, so {@code i → i × M + OFFSET mod 31^8} is a bijection: unique codes without a set. */
    private static final long MULTIPLIER = 387_420_489L * 7 + 2;
    private static final long OFFSET = 123_456_789L;

    private static final String FIRST = "金陇华中恒瑞鑫德泰丰宏兴天安祥聚博远成创盛嘉海新立永正";
    private static final String SECOND = "城原宇源达昌通信和辉源诚峰科润禾康晟川坤泽乾力能晨越卓";
    private static final String[] FAMOUS = {"丝路", "飞天", "敦煌", "祁连", "黄河", "陇原", "河西", "皋兰", "崆峒", "莫高",
            "西部", "金城", "陇上", "马家窑", "雪山", "大漠", "昆仑", "玉泉"};
    private static final String[] SUFFIX = {"有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司"};

    /** GB/T 4754-2017 names of the codes the demo uses. */
    static final Map<String, String> INDUSTRY_NAMES = Map.ofEntries(
            Map.entry("13", "农副食品加工业"), Map.entry("14", "食品制造业"), Map.entry("15", "酒、饮料和精制茶制造业"),
            Map.entry("25", "石油、煤炭及其他燃料加工业"), Map.entry("26", "化学原料和化学制品制造业"),
            Map.entry("27", "医药制造业"), Map.entry("2730", "中药饮片加工"), Map.entry("2740", "中成药生产"),
            Map.entry("28", "化学纤维制造业"), Map.entry("29", "橡胶和塑料制品业"), Map.entry("30", "非金属矿物制品业"),
            Map.entry("32", "有色金属冶炼和压延加工业"), Map.entry("3216", "铝冶炼"), Map.entry("3252", "铝压延加工"),
            Map.entry("33", "金属制品业"), Map.entry("34", "通用设备制造业"), Map.entry("35", "专用设备制造业"),
            Map.entry("37", "铁路、船舶、航空航天和其他运输设备制造业"), Map.entry("38", "电气机械和器材制造业"),
            Map.entry("3841", "锂离子电池制造"), Map.entry("3849", "其他电池制造"),
            Map.entry("39", "计算机、通信和其他电子设备制造业"), Map.entry("40", "仪器仪表制造业"),
            Map.entry("42", "废弃资源综合利用业"), Map.entry("64", "互联网和相关服务"), Map.entry("65", "软件和信息技术服务业"),
            Map.entry("73", "研究和试验发展"), Map.entry("74", "专业技术服务业"), Map.entry("75", "科技推广和应用服务业"));

    /** Industries outside a zone's focus that zones also host. */
    static final List<String> OTHER_INDUSTRIES = List.of("65", "65", "73", "74", "75", "34", "35", "38", "39", "26", "30",
            "33", "29", "40", "15", "64");

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("13", new String[] {"农产品开发", "农业科技", "食品"}), Map.entry("14", new String[] {"食品", "生物食品", "乳业"}),
            Map.entry("15", new String[] {"酒业", "饮品"}), Map.entry("25", new String[] {"石化", "能源化工", "煤化工"}),
            Map.entry("26", new String[] {"化工", "精细化工", "新材料科技"}),
            Map.entry("27", new String[] {"药业", "制药", "生物医药科技", "生物科技"}),
            Map.entry("2730", new String[] {"中药饮片", "中药材", "药业"}), Map.entry("2740", new String[] {"中药", "制药", "药业"}),
            Map.entry("28", new String[] {"化纤", "纤维材料"}), Map.entry("29", new String[] {"塑业", "橡塑制品"}),
            Map.entry("30", new String[] {"新型建材", "建材科技", "环保建材"}),
            Map.entry("32", new String[] {"有色金属", "新材料", "冶金科技", "稀有金属"}),
            Map.entry("3216", new String[] {"铝业", "电解铝"}), Map.entry("3252", new String[] {"铝材", "铝型材"}),
            Map.entry("33", new String[] {"金属制品", "钢结构"}), Map.entry("34", new String[] {"机械", "通用设备", "智能装备"}),
            Map.entry("35", new String[] {"装备制造", "专用设备", "智能装备"}),
            Map.entry("37", new String[] {"轨道交通装备", "航空科技"}), Map.entry("38", new String[] {"电气", "新能源", "电力设备"}),
            Map.entry("3841", new String[] {"锂电科技", "新能源电池", "储能科技"}),
            Map.entry("3849", new String[] {"电池科技", "储能科技"}), Map.entry("39", new String[] {"电子科技", "光电", "通信技术"}),
            Map.entry("40", new String[] {"仪器仪表", "测控技术"}), Map.entry("42", new String[] {"资源再生", "循环科技", "环保科技"}),
            Map.entry("64", new String[] {"网络科技", "数字科技"}), Map.entry("65", new String[] {"软件", "信息技术", "数据科技"}),
            Map.entry("73", new String[] {"科技研发", "技术研究"}), Map.entry("74", new String[] {"检测技术", "工程技术"}),
            Map.entry("75", new String[] {"科技服务", "技术开发"}));

    static String industryName(String code) {
        String name = INDUSTRY_NAMES.get(code);
        return name != null ? name : INDUSTRY_NAMES.getOrDefault(code.substring(0, 2), "制造业");
    }

    /** "兰州" + trade name + industry word + organisation form, e.g. 兰州陇源生物医药科技有限公司. */
    static String companyName(Random r, String place, String industryCode) {
        String trade = r.nextInt(5) == 0 ? FAMOUS[r.nextInt(FAMOUS.length)]
                : "" + FIRST.charAt(r.nextInt(FIRST.length())) + SECOND.charAt(r.nextInt(SECOND.length()));
        String[] words = WORDS.getOrDefault(industryCode, WORDS.getOrDefault(industryCode.substring(0, 2), new String[] {"科技"}));
        String prefix = r.nextInt(10) == 0 ? "甘肃" : place;
        return prefix + trade + words[r.nextInt(words.length)] + SUFFIX[r.nextInt(SUFFIX.length)];
    }

    /**
     * The {@code index}-th USCC of a generator: "91" (enterprise, registered by market regulation),
     * the city's division code, a GB 11714 organisation code with its own check character, and the
     * GB 32100 check character. Distinct indexes give distinct codes.
     */
    static String uscc(String type, String division, long index) {
        long n = Math.floorMod(index * MULTIPLIER + OFFSET, BODIES);
        char[] body = new char[8];
        for (int i = 7; i >= 0; i--) {
            body[i] = USCC_ALPHABET.charAt((int) (n % 31));
            n /= 31;
        }
        String org = new String(body);
        return Uscc.withCheckCharacter(type + division + org + organisationCheck(org)).value();
    }

    /** GB 11714-1997 check character: weights 3 7 9 10 5 8 4 2, C = 11 − Σ mod 11 (10 → X, 11 → 0). */
    static char organisationCheck(String body8) {
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body8.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * weights[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
