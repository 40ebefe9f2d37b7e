package cn.gov.gansu.gaoxin.console;

import java.util.Map;

/** 上市状态 as the registry stores it, in Chinese for tables and exports. */
final class ListingStatus {

    private static final Map<String, String> NAMES = Map.of("UNLISTED", "未上市", "PIPELINE", "上市后备",
            "STAR_MARKET", "科创板上市", "BSE", "北交所上市", "CHINEXT", "创业板上市", "MAIN_BOARD", "主板上市",
            "NEEQ", "新三板挂牌", "OVERSEAS", "境外上市");

    private ListingStatus() {
    }

    static String chineseName(String code) {
        return code == null ? "" : NAMES.getOrDefault(code, code);
    }
}
