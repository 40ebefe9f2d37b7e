package cn.gov.gansu.gaoxin.instruments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.shared.ClauseReport;
import org.springframework.stereotype.Component;

/** What the instruments module serves under clause 3, and a zone's year of it. */
@Component
class InstrumentClauseReport implements ClauseReport {

    private final SharedInstruments instruments;

    InstrumentClauseReport(SharedInstruments instruments) {
        this.instruments = instruments;
    }

    @Override
    public Map<String, List<String>> features() {
        return Map.of("3", List.of("大型科研仪器和检验检测服务共享目录", "企业预约、审核与使用时长、费用记录"));
    }

    @Override
    public List<Item> items(String zone, int year) {
        Object[] y = instruments.zoneYear(zone, year);
        return List.of(new Item("3", "区内开放共享仪器（台/项，年末累计）", y[0]), new Item("3", "区内企业完成仪器共享使用（次）", y[1]),
                new Item("3", "区内企业仪器共享使用时长（小时）", ((BigDecimal) y[2]).toPlainString()));
    }
}
