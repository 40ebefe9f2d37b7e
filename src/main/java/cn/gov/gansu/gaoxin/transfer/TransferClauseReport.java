package cn.gov.gansu.gaoxin.transfer;

import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.shared.ClauseReport;
import org.springframework.stereotype.Component;

/** What the transfer module serves under clause 6, and a zone's year of it. */
@Component
class TransferClauseReport implements ClauseReport {

    private final TransferManagement transfer;

    TransferClauseReport(TransferManagement transfer) {
        this.transfer = transfer;
    }

    @Override
    public Map<String, List<String>> features() {
        return Map.of("6", List.of("科技成果库（高校、院所、企业成果登记）", "企业技术需求库",
                "成果与需求智能匹配（中文分词全文检索，BM25，标注匹配词）"));
    }

    @Override
    public List<Item> items(String zone, int year) {
        return List.of(new Item("6", "区内企业登记科技成果（项）", transfer.countAchievements(zone, year)),
                new Item("6", "区内企业提出技术需求（项）", transfer.countDemands(zone, year)));
    }
}
