package cn.gov.gansu.gaoxin.evaluation;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.evaluation.scoring.Consequence;
import cn.gov.gansu.gaoxin.evaluation.scoring.Indicator;
import cn.gov.gansu.gaoxin.evaluation.scoring.Method;
import cn.gov.gansu.gaoxin.zone.Zone;
import cn.gov.gansu.gaoxin.zone.ZoneDirectory;
import cn.idev.excel.ExcelWriter;
import cn.idev.excel.FastExcel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 评价报告: a stored evaluation as an Excel workbook (results, method and weights, letters) and as
 * the model of the printable Chinese HTML report. Both show only the zones the caller may see.
 */
@Component
class EvaluationReports {

    private final Evaluations evaluations;
    private final PreviewRequests requests;
    private final ZoneDirectory zones;
    private final ObjectMapper json;

    EvaluationReports(Evaluations evaluations, PreviewRequests requests, ZoneDirectory zones, ObjectMapper json) {
        this.evaluations = evaluations;
        this.requests = requests;
        this.zones = zones;
        this.json = json;
    }

    /** One row of the report. */
    record Row(int rank, String zone, String zoneName, double score, double bonus, double total, String interval,
            String passed, String consequences, String significance, String inputs) {
    }

    /** One weighted indicator as reported. */
    record Weight(String code, String name, String unit, double weight, String benchmark) {
    }

    /** Everything the report shows. */
    record Report(Evaluations.Header header, String methodName, double passMark, List<Weight> weights,
            Map<String, String> bonus, String bonusCap, String rewardTopN, String bigDropPlaces, String robustness,
            List<Row> rows, List<Evaluations.Notice> notices, List<Evaluations.Revocation> revocations) {
    }

    Report report(long id) {
        Evaluations.Header h = evaluations.visibleHeader(id);
        JsonNode node = json.readTree(h.parameters());
        PreviewRequests.Parameters p = requests.parameters(node);
        List<Weight> weights = new ArrayList<>();
        for (int j = 0; j < p.indicators().size(); j++) {
            Indicator i = p.indicators().get(j);
            weights.add(new Weight(i.code(), p.definitions().get(j).name(), p.definitions().get(j).unit(), i.weight(),
                    Double.isNaN(i.benchmark()) ? "—" : PreviewRequests.plain(i.benchmark())));
        }
        Map<String, String> bonus = new LinkedHashMap<>();
        for (int b = 0; b < p.bonusItems().size(); b++) {
            String code = p.bonusItems().get(b);
            bonus.put(p.catalogue().bonusItem(code).map(IndicatorCatalogue.Bonus::name).orElse(code),
                    PreviewRequests.plain(p.bonusPoints()[b]));
        }
        JsonNode r = node.get("robustness");
        String robustness = r == null || r.isNull() ? "未做稳健性检验"
                : "权重各乘以[1−" + r.get("weightNoise") + ", 1+" + r.get("weightNoise") + "]内均匀随机因子并归一化，抽样"
                        + r.get("draws") + "次（种子" + (r.get("seed") == null ? 0 : r.get("seed")) + "）；名次区间取最近秩法第5至第95百分位";
        List<Row> rows = new ArrayList<>();
        for (Evaluations.StoredResult s : evaluations.visibleResults(id)) {
            rows.add(new Row(s.rank(), s.zone(), zones.find(s.zone()).map(Zone::name).orElse(s.zone()),
                    PreviewController.round(s.score()), PreviewController.round(s.bonus()), PreviewController.round(s.total()),
                    s.rankLow() == null ? "—" : s.rankLow() + "–" + s.rankHigh(), s.passed() ? "合格" : "不合格",
                    s.consequences().isEmpty() ? "—" : String.join("、", s.consequences().stream()
                            .map(c -> Consequence.valueOf(c).chineseName()).toList()),
                    s.dropSignificant() == null ? "—" : (s.dropSignificant() ? "名次下降显著" : "名次下降不显著（在区间内）"),
                    s.inputs()));
        }
        return new Report(h, Method.valueOf(h.method()).chineseName(), p.passMark(), weights, bonus,
                Double.isInfinite(p.bonusCap()) ? "不设上限" : PreviewRequests.plain(p.bonusCap()),
                p.rewardTopN() < 0 ? "未设" : String.valueOf(p.rewardTopN()),
                p.bigDropPlaces() < 0 ? "未设" : String.valueOf(p.bigDropPlaces()), robustness, rows,
                evaluations.notices(id), evaluations.revocations(id));
    }

    byte[] workbook(long id) {
        return workbook(report(id));
    }

    byte[] workbook(Report r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelWriter writer = FastExcel.write(out).build();
        try {
            List<List<Object>> results = new ArrayList<>();
            for (Row row : r.rows()) {
                results.add(List.of(row.rank(), row.zone(), row.zoneName(), row.score(), row.bonus(), row.total(),
                        row.interval(), row.passed(), row.consequences(), row.significance(), row.inputs()));
            }
            writer.write(results, FastExcel.writerSheet(0, "评价结果").head(head("名次", "高新区代码", "高新区", "得分", "加分",
                    "总分", "名次区间(5%–95%)", "是否合格", "评价结果运用", "名次下降显著性", "所用数据")).build());
            List<List<Object>> method = new ArrayList<>();
            method.add(List.of("评价年度", String.valueOf(r.header().year())));
            method.add(List.of("版本", r.header().version() == null ? "未发布（" + r.header().status() + "）" : "第" + r.header().version() + "版"));
            method.add(List.of("评分方法", r.methodName() + "（" + r.header().method() + "）"));
            method.add(List.of("合格线", PreviewRequests.plain(r.passMark())));
            for (Weight w : r.weights()) {
                method.add(List.of("指标：" + w.name() + "（" + w.code() + "）", "权重 " + PreviewRequests.plain(w.weight())
                        + "，基准值 " + w.benchmark() + (w.unit() == null ? "" : "，单位 " + w.unit())));
            }
            r.bonus().forEach((k, v) -> method.add(List.of("加分项：" + k, "每项 " + v + " 分")));
            method.add(List.of("加分上限", r.bonusCap()));
            method.add(List.of("奖励名次（前N名且合格）", r.rewardTopN()));
            method.add(List.of("通报约谈（名次下降位数≥）", r.bigDropPlaces()));
            method.add(List.of("稳健性检验", r.robustness()));
            if (r.header().reason() != null) {
                method.add(List.of("更正理由", r.header().reason()));
            }
            writer.write(method, FastExcel.writerSheet(1, "方法与权重").head(head("项目", "内容")).build());
            List<List<Object>> letters = new ArrayList<>();
            for (Evaluations.Notice n : r.notices()) {
                letters.add(List.of(n.zone(), n.letter()));
            }
            writer.write(letters, FastExcel.writerSheet(2, "通报约谈").head(head("高新区", "通知全文")).build());
        } finally {
            writer.finish();
        }
        return out.toByteArray();
    }

    private static List<List<String>> head(String... titles) {
        List<List<String>> head = new ArrayList<>();
        for (String t : titles) {
            head.add(List.of(t));
        }
        return head;
    }
}
