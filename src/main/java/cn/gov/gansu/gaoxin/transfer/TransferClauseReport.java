package cn.gov.gansu.gaoxin.transfer;

import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.shared.ClauseReport;
import org.springframework.stereotype.Component;

/** What the transfer module serves under clause 6, and a zone's year of it. */
@Component
class TransferClauseReport implements ClauseReport {

    private final TransferManagement transfer;
    private final MatchmakingEvents events;

    TransferClauseReport(TransferManagement transfer, MatchmakingEvents events) {
        this.transfer = transfer;
        this.events = events;
    }

    @Override
    public Map<String, List<String>> features() {
        return Map.of("6", List.of("科技成果库（高校、院所、企业成果登记；成熟度、转化方式、挂牌价格及筛选）", "企业技术需求库",
                "成果与需求智能匹配（中文分词全文检索，BM25，标注匹配词）", "科技成果征集（发起、申报、审核、发布）",
                "线上线下对接活动（兰洽会、科博会、对接沙龙：报名、到场、合作意向、签约合同及金额）",
                "技术转移机构及其逐年促成的合作意向、签约合同和合同金额", "科技成果与技术需求的Excel导入导出"));
    }

    @Override
    public List<Item> items(String zone, int year) {
        Object[] contracts = events.contractsOf(zone, year);
        return List.of(new Item("6", "区内企业登记科技成果（项）", transfer.countAchievements(zone, year)),
                new Item("6", "区内企业提出技术需求（项）", transfer.countDemands(zone, year)),
                new Item("6", "对接活动签约合同（项）", contracts[0]),
                new Item("6", "对接活动签约合同金额（元）", ((cn.gov.gansu.gaoxin.shared.Money) contracts[1]).plain()));
    }
}
