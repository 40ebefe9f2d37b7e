package cn.gov.gansu.gaoxin.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The shape of one zone in the demo province: its place name (for company names), the GB/T 2260
 * division code of its city (for USCCs), its number of enterprises, its weights in the province's
 * HNTE and tech-SME populations, and its clause 13 focus industries (as seeded by V1_2).
 * Lanzhou is by far the largest, then Baiyin. The enterprise counts are shaped (issue 9 item 9) so that
 * clause 10's target (HNTEs ≥ 10 % of a zone's enterprises) tells a story as it does in reality: the
 * province's share near 10 %, Lanzhou, Baiyin, Jinchang and Minle above it, Yumen and Jiayuguan just
 * below, the smaller western and eastern zones well below (Qingcheng about 5 %).
 */
record DemoZone(String code, String place, String division, int enterprises, double hnteWeight, double techSmeWeight,
        LocalDate establishedOn, List<Focus> focus) {

    /** A focus industry: name and GB/T 4754 codes. */
    record Focus(String name, List<String> codes) {
    }

    static final List<DemoZone> GANSU = List.of(
            zone("lanzhou", "兰州", "620100", 11000, 0.505, 0.42, LocalDate.of(1991, 3, 6),
                    f("生物医药", "27"), f("新材料", "26", "28", "30", "32")),
            zone("baiyin", "白银", "620400", 3700, 0.152, 0.14, LocalDate.of(2010, 9, 26),
                    f("循环化工", "25", "26", "42"), f("生物医药", "27")),
            zone("jiayuguan", "嘉峪关", "620200", 1750, 0.061, 0.06, null,
                    f("有色金属冶炼加工", "32"), f("装备制造", "34", "35", "37", "38")),
            zone("jinchang", "金昌", "620300", 1700, 0.071, 0.07, LocalDate.of(2018, 1, 1),
                    f("有色金属新材料", "32"), f("新能源电池", "3841", "3849")),
            zone("zhangye", "张掖", "620700", 1600, 0.051, 0.06, LocalDate.of(2018, 1, 1),
                    f("农副产品加工", "13", "14"), f("生物制药", "27")),
            zone("pingliang", "平凉", "620800", 1500, 0.041, 0.05, null,
                    f("智能制造", "34", "35", "39", "40"), f("农副产品加工", "13", "14")),
            zone("dingxi", "定西", "621100", 1300, 0.036, 0.05, null,
                    f("新型环保建材", "30"), f("装备制造", "34", "35", "37", "38")),
            zone("minle", "民乐", "620700", 400, 0.016, 0.03, LocalDate.of(2018, 1, 1),
                    f("农副产品加工", "13", "14"), f("生物制药", "27")),
            zone("yumen", "玉门", "620900", 850, 0.031, 0.04, LocalDate.of(2018, 1, 1),
                    f("装备制造", "34", "35", "37", "38"), f("石油化工", "25", "26", "42")),
            zone("longxi", "陇西", "621100", 800, 0.026, 0.04, LocalDate.of(2021, 1, 1),
                    f("中医药", "2730", "2740"), f("铝冶炼及制品", "3216", "3252")),
            zone("qingcheng", "庆城", "621000", 550, 0.010, 0.04, LocalDate.of(2021, 1, 1),
                    f("农副产品加工", "13", "14"), f("能源化工", "25", "26", "42")));

    private static DemoZone zone(String code, String place, String division, int enterprises, double hnte, double techSme,
            LocalDate established, Focus... focus) {
        return new DemoZone(code, place, division, enterprises, hnte, techSme, established, List.of(focus));
    }

    private static Focus f(String name, String... codes) {
        return new Focus(name, List.of(codes));
    }

    static int totalEnterprises() {
        return GANSU.stream().mapToInt(DemoZone::enterprises).sum();
    }
}
