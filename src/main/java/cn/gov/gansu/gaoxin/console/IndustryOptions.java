package cn.gov.gansu.gaoxin.console;

import java.util.List;

/**
 * The 行业 choices of the enterprise filter: GB/T 4754-2017 大类 (two-digit codes) of manufacturing
 * and of the services where high-tech enterprises are found (reference-data.md). The registry
 * matches an enterprise whose industry code starts with the chosen code.
 */
final class IndustryOptions {

    record Option(String code, String name) {
    }

    static final List<Option> ALL = List.of(
            new Option("13", "农副食品加工业"), new Option("14", "食品制造业"), new Option("15", "酒、饮料和精制茶制造业"),
            new Option("17", "纺织业"), new Option("22", "造纸和纸制品业"), new Option("25", "石油、煤炭及其他燃料加工业"),
            new Option("26", "化学原料和化学制品制造业"), new Option("27", "医药制造业"), new Option("28", "化学纤维制造业"),
            new Option("29", "橡胶和塑料制品业"), new Option("30", "非金属矿物制品业"), new Option("31", "黑色金属冶炼和压延加工业"),
            new Option("32", "有色金属冶炼和压延加工业"), new Option("33", "金属制品业"), new Option("34", "通用设备制造业"),
            new Option("35", "专用设备制造业"), new Option("36", "汽车制造业"),
            new Option("37", "铁路、船舶、航空航天和其他运输设备制造业"), new Option("38", "电气机械和器材制造业"),
            new Option("39", "计算机、通信和其他电子设备制造业"), new Option("40", "仪器仪表制造业"), new Option("41", "其他制造业"),
            new Option("42", "废弃资源综合利用业"), new Option("43", "金属制品、机械和设备修理业"),
            new Option("44", "电力、热力生产和供应业"), new Option("63", "电信、广播电视和卫星传输服务"),
            new Option("64", "互联网和相关服务"), new Option("65", "软件和信息技术服务业"), new Option("73", "研究和试验发展"),
            new Option("74", "专业技术服务业"), new Option("75", "科技推广和应用服务业"));

    private IndustryOptions() {
    }

    static boolean known(String code) {
        return ALL.stream().anyMatch(o -> o.code().equals(code));
    }
}
