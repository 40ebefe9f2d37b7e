package cn.gov.gansu.gaoxin.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which figures the annual report's PDF compares across zones, and how. */
class AnnualReportPdfTest {

    private static ZoneProfiles.Profile zone(String code, String name, ZoneProfiles.Line... lines) {
        return new ZoneProfiles.Profile(code, name, 2025,
                List.of(new ZoneProfiles.Clause("10", "企业培育", List.of(lines), List.of()),
                        new ZoneProfiles.Clause("21", "资金管理", List.of(), List.of())));
    }

    @Test
    @DisplayName("两区及以上报送的数值才绘图；元换算为万元；未报送的区为空值而非0；全为零、文字和名单不绘图")
    void figuresComparedAcrossZones() {
        List<ZoneProfiles.Profile> profiles = List.of(
                zone("a", "甲高新区", new ZoneProfiles.Line("年末高新技术企业（家）", 12), new ZoneProfiles.Line("已拨付奖补资金（元）", "1234567.89"),
                        new ZoneProfiles.Line("评价结论", "合格"), new ZoneProfiles.Line("仅一区有（项）", 3),
                        new ZoneProfiles.Line("全为零（次）", 0)),
                zone("b", "乙高新区", new ZoneProfiles.Line("年末高新技术企业（家）", 30L), new ZoneProfiles.Line("评价结论", "不合格"),
                        new ZoneProfiles.Line("已拨付奖补资金（元）", "200000.00"), new ZoneProfiles.Line("全为零（次）", 0L)),
                zone("c", "丙高新区", new ZoneProfiles.Line("已拨付奖补资金（元）", "50000.00"), new ZoneProfiles.Line("当年配套措施", List.of("甲", "乙"))));
        List<AnnualReportPdf.Figure> figures = AnnualReportPdf.figures(AnnualReport.charts(profiles));
        assertThat(figures).extracting(AnnualReportPdf.Figure::title).containsExactly("年末高新技术企业", "已拨付奖补资金");
        AnnualReportPdf.Figure hnte = figures.get(0);
        assertThat(hnte.unit()).isEqualTo("家");
        assertThat(hnte.zones()).containsExactly("甲高新区", "乙高新区", "丙高新区");
        assertThat(hnte.values()).containsExactly(new BigDecimal("12"), new BigDecimal("30"), null);
        AnnualReportPdf.Figure paid = figures.get(1);
        assertThat(paid.unit()).isEqualTo("万元");
        assertThat(paid.values()).containsExactly(new BigDecimal("123.46"), new BigDecimal("20.00"), new BigDecimal("5.00"));
    }

    @Test
    @DisplayName("一个区、没有区、没有可比数值都能生成PDF")
    void writesEdgeCases() {
        for (List<ZoneProfiles.Profile> ps : List.of(List.<ZoneProfiles.Profile>of(),
                List.of(zone("a", "甲高新区", new ZoneProfiles.Line("年末高新技术企业（家）", 12))),
                List.of(zone("a", "甲高新区"), zone("b", "乙高新区")))) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            AnnualReportPdf.write(new AnnualReport.Model(2025, "报告", ps, AnnualReport.charts(ps)), "2026-11-30", out);
            assertThat(new String(out.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        }
    }
}
