package cn.gov.gansu.gaoxin.console;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.gansu.gaoxin.award.AwardReads;
import cn.gov.gansu.gaoxin.shared.pdf.Pdf;
import cn.gov.gansu.gaoxin.shared.pdf.Pdf.Field;
import org.springframework.stereotype.Component;

/**
 * The three award documents of {@link PrintPages} as PDF files (issue 9 item 5): the same facts,
 * words and formats as the printable pages (names, never codes; 万元 with exact 元; Chinese dates),
 * written with the platform's {@link Pdf} (bundled CJK font, page footer). The 公示名单 carries no
 * bank data; the 付款通知 only an account's last four digits.
 */
@Component
class PrintPdfs {

    private final AwardLabels labels;
    private final Formats fmt;
    private final ChineseDates dates;

    PrintPdfs(AwardLabels labels, Formats fmt, ChineseDates dates) {
        this.labels = labels;
        this.fmt = fmt;
        this.dates = dates;
    }

    byte[] approval(AwardReads.Detail d, Map<String, String> names) {
        AwardReads.Summary a = d.award();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Pdf pdf = Pdf.a4(out, "奖补审批表（编号 " + a.id() + "）")) {
            pdf.heading("甘肃省高新区政策奖补审批表")
                    .note("编号：" + a.id() + "　　打印日期：" + dates.today())
                    .fields(List.of(
                            Field.wide("受益单位", labels.beneficiary(a.beneficiary()) + "（" + a.beneficiary() + "）"),
                            Field.of("所属高新区", labels.zone(a.beneficiaryZone())),
                            Field.of("奖补类别", labels.line(a.line())),
                            Field.wide("政策依据", "第" + a.clause() + "条：" + labels.explanation(d.explanation())),
                            Field.of("事实发生日期", dates.date(d.eventDate())),
                            Field.of("金额类型", labels.amountType(d.amountType())),
                            Field.of("奖补金额", amount(a.amount())),
                            Field.of("付款单位 · 年度", labels.payer(a.payer()) + " · " + a.payableYear() + "年度"),
                            Field.of("当前状态", labels.status(a.status())),
                            Field.of("批准日期", dates.date(a.approvedOn()))))
                    .section("办理经过");
            List<List<String>> steps = new ArrayList<>();
            for (AwardReads.HistoryItem h : d.history()) {
                String change = labels.change(h);
                steps.add(List.of(dates.time(h.at()), labels.event(h, a.beneficiaryZone(), names),
                        change == null ? "—" : change));
            }
            pdf.table(List.of("时间", "单位及经办人 · 办理", "结果"), new float[] {1.4f, 3.6f, 1.6f}, steps, Set.of(), null)
                    .signatures("经办人（签字）：", "审核人（签字）：", "单位（盖章）：")
                    .remark("本表由" + Pdf.PLATFORM + "生成，审批记录以平台留痕为准。");
        }
        return out.toByteArray();
    }

    byte[] paymentNotice(AwardReads.Detail d) {
        AwardReads.Summary a = d.award();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String masked = d.maskedBankAccount();
        List<Field> fields = new ArrayList<>(List.of(
                Field.wide("收款单位", labels.beneficiary(a.beneficiary()) + "（" + a.beneficiary() + "）"),
                Field.wide("收款账号", masked == null ? "—（高新区受益，按财政渠道拨付）"
                        : "尾号 " + masked.substring(Math.max(0, masked.length() - 4)) + "（完整账号以平台确认信息为准）"),
                Field.wide("奖补类别 · 依据", labels.line(a.line()) + " · 第" + a.clause() + "条"),
                Field.wide("拨付金额", fmt.yuan(a.amount()) + " 元（" + fmt.wan(a.amount()) + " 万元）"),
                Field.wide("资金来源", labels.payer(a.payer()) + " " + a.payableYear() + "年度预算"),
                Field.of("批准日期", dates.date(a.approvedOn())),
                Field.of("公示期满可拨付日", dates.date(a.payableFrom()))));
        for (AwardReads.PaymentItem p : d.payments()) {
            fields.add(Field.wide("已拨付", dates.time(p.paidAt()) + " 拨付 " + fmt.yuan(p.amount()) + " 元（付款记录 " + p.id() + "）"));
        }
        try (Pdf pdf = Pdf.a4(out, "奖补资金付款通知（编号 " + a.id() + "）")) {
            pdf.heading("奖补资金付款通知")
                    .note("奖补编号：" + a.id() + "　　" + dates.today())
                    .paragraph(labels.payer(a.payer()) + "：", false)
                    .paragraph("经审核批准、公示期满无异议，请按下列信息拨付奖补资金：", true)
                    .fields(fields)
                    .signatures("经办人：", "复核人：", "（盖章）")
                    .remark("本通知由" + Pdf.PLATFORM + "生成；拨付须在平台办理，重复提交不会重复支付。");
        }
        return out.toByteArray();
    }

    byte[] publication(List<AwardReads.Summary> rows, LocalDate from, LocalDate to, BigDecimal total) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Pdf pdf = Pdf.a4Landscape(out, "奖补公示名单")) {
            pdf.heading("甘肃省高新区政策奖补公示名单")
                    .note("批准日期：" + dates.date(from) + "至" + dates.date(to));
            if (rows.isEmpty()) {
                pdf.paragraph("本期间内没有批准的奖补。", false);
            } else {
                List<List<String>> body = new ArrayList<>();
                int n = 1;
                for (AwardReads.Summary a : rows) {
                    body.add(List.of(String.valueOf(n++), labels.beneficiary(a.beneficiary()), labels.zone(a.beneficiaryZone()),
                            labels.line(a.line()), "第" + a.clause() + "条", fmt.wan(a.amount()), dates.date(a.approvedOn()),
                            a.payableFrom() == null ? "—" : dates.date(a.payableFrom().minusDays(1))));
                }
                pdf.table(List.of("序号", "受益单位", "所属高新区", "奖补类别", "政策依据", "金额（万元）", "批准日期", "公示截止"),
                        new float[] {0.6f, 3.2f, 1.8f, 3f, 1f, 1.3f, 1.6f, 1.6f}, body, Set.of(0, 5),
                        List.of("", "合计（" + rows.size() + " 项）", "", "", "", fmt.wan(total), "", ""));
            }
            pdf.remark("公示期内如有异议，请向省科技厅实名反映。本名单不含任何银行账户信息。");
        }
        return out.toByteArray();
    }

    private String amount(BigDecimal yuan) {
        return yuan == null ? "待定" : fmt.wan(yuan) + " 万元（" + fmt.yuan(yuan) + " 元）";
    }
}
