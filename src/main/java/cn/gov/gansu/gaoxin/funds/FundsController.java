package cn.gov.gansu.gaoxin.funds;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The JSON API of funds' use (contracts §10): reports and summary, review, overdue and reminders, messages,
 * the attachments' download; and the request bodies and views of the whole funds API (money as strings).
 * Recoveries, the ledger statement, supporting measures and plans/experiences have their own controllers
 * ({@link RecoveryController}, {@link LedgerStatementController}, {@link SupportMeasureController},
 * {@link ZonePlanController}); the views stay nested here so the OpenAPI schema names do not change.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "奖补资金使用")
class FundsController {

    private final FundUse fundUse;
    private final FundUseOverview overview;
    private final FundsMessages messages;
    private final ZonePlans plans;
    private final Experiences experiences;
    private final Attachments attachments;

    FundsController(FundUse fundUse, FundUseOverview overview, FundsMessages messages, ZonePlans plans, Experiences experiences,
            Attachments attachments) {
        this.fundUse = fundUse;
        this.overview = overview;
        this.messages = messages;
        this.plans = plans;
        this.experiences = experiences;
        this.attachments = attachments;
    }

    // ---------------------------------------------------------------- fund use (contracts §10)

    @io.swagger.v3.oas.annotations.Operation(operationId = "reportFundUse", summary = "报告奖补资金的使用（第21条）", description = "契约§10：已支付的奖补按四类用途报告；报告之和不得超过已付金额（409）。角色：ENTERPRISE（本企业的奖补）、ZONE_OFFICER（本区高新区的奖补）。")
    @PostMapping("/api/awards/{id}/fund-use")
    ResponseEntity<ReportView> report(@PathVariable long id, @RequestBody(required = false) FundUse.ReportRequest body) {
        ReportView v = ReportView.of(fundUse.report(id, body));
        return ResponseEntity.created(URI.create("/api/fund-use/reports/" + v.id())).body(v);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getFundUseSummary", summary = "奖补资金使用汇总（按高新区）", description = "契约§10：已付、已报告、按用途分类及逾期未报告数。角色：所有已登录角色（按数据范围）。", responses = @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "成功", content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = FundUseSummaryView.class))))
    @GetMapping("/api/fund-use/summary")
    Map<String, Object> summary(@RequestParam(required = false) Integer year) {
        int y = year == null ? FundUse.today().getYear() : year;
        return Map.of("year", y, "reportDueDays", overview.dueDays(), "items", overview.summary(CurrentUser.scope(), y));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listFundUseReports", summary = "列出资金使用报告", description = "按状态、高新区、年度、奖补筛选。角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/fund-use/reports")
    Map<String, Object> reports(@io.swagger.v3.oas.annotations.Parameter(description = "状态。取值：SUBMITTED、ACCEPTED、RETURNED") @RequestParam(required = false) String status, @RequestParam(required = false) String zone,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Long awardId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        FundUse.Page<FundUse.Report> p = fundUse.reports(CurrentUser.scope(), status, zone, year, awardId, new Paging(page, size));
        return Map.of("items", p.items().stream().map(ReportView::of).toList(), "total", p.total());
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getFundUseReport", summary = "查看一份资金使用报告", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/fund-use/reports/{id}")
    ReportView oneReport(@PathVariable long id) {
        return ReportView.of(fundUse.find(CurrentUser.scope(), id).orElseThrow(() -> new NotFound("资金使用报告“" + id + "”不存在")));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "reviewFundUseReport", summary = "审核资金使用报告", description = "角色：PROVINCE_ADMIN，或审批过该奖补的人员。")
    @PostMapping("/api/fund-use/reports/{id}/review")
    ReportView review(@PathVariable long id, @RequestBody Decision body) {
        return ReportView.of(fundUse.review(id, body.decision(), body.comment()));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "attachToFundUseReport", summary = "为资金使用报告上传附件", description = "multipart 字段 file。角色：报告人（ENTERPRISE、ZONE_OFFICER）。")
    @PostMapping(path = "/api/fund-use/reports/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentInfo> attachToReport(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file) {
        return ResponseEntity.status(201).body(fundUse.attach(id, file));
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listOverdueFundUse", summary = "列出逾期未报告资金使用的奖补", description = "支付超过 gaoxin.fund-use.report-due-days 天仍未报告。角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/fund-use/overdue")
    Map<String, Object> overdue(@RequestParam(required = false) String zone, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        FundUse.Page<PaidAward> p = overview.paidAwards(CurrentUser.scope(), zone, null, true, new Paging(page, size));
        return Map.of("items", p.items().stream().map(AwardView::of).toList(), "total", p.total());
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "sendFundUseReminders", summary = "催报逾期的资金使用报告", description = "向受益者发送站内消息。角色：ZONE_OFFICER、CITY_OFFICER、PROVINCE_ADMIN。")
    @PostMapping("/api/fund-use/reminders")
    Map<String, Object> remind() {
        return Map.of("reminded", overview.remindOverdue());
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "listMessages", summary = "本人的站内消息", description = "角色：所有已登录角色（只看本人的消息）。")
    @GetMapping("/api/messages")
    List<FundsMessages.Message> messages(@RequestParam(defaultValue = "50") int limit) {
        return messages.mine(limit);
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "markMessageRead", summary = "标记站内消息为已读", description = "角色：消息的接收人。")
    @PostMapping("/api/messages/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id) {
        messages.markRead(id);
        return ResponseEntity.noContent().build();
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getFundsAttachment", summary = "下载附件", description = "角色：所有已登录角色（按数据范围）。")
    @GetMapping("/api/funds/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable long id) {
        DataScope scope = CurrentUser.scope();
        Attachments.Stored f = attachments.find(id).orElseThrow(() -> new NotFound("附件“" + id + "”不存在"));
        boolean visible = switch (f.ownerKind()) {
            case "REPORT" -> fundUse.find(scope, f.ownerId()).isPresent();
            case "PLAN" -> plans.find(scope, f.ownerId()).isPresent();
            case "EXPERIENCE" -> experiences.find(scope, f.ownerId()).isPresent();
            default -> false;
        };
        if (!visible) {
            throw new NotFound("附件“" + id + "”不存在");
        }
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(f.content());
    }

    // ---------------------------------------------------------------- bodies and views of the funds API (money as strings)

    record Decision(@io.swagger.v3.oas.annotations.media.Schema(description = "取值：ACCEPT 通过（经验做法为 PUBLISH 发布）、RETURN 退回；资金追回为 APPROVE 同意追回、REJECT 不予追回") String decision, String comment) {
    }

    record Amount(String amountYuan) {
    }

    record RecoveryRequest(String amountYuan, String reason) {
    }

    record UseView(@io.swagger.v3.oas.annotations.media.Schema(implementation = FundUseCategory.class) String category, String categoryName, String amountYuan, String note) {
    }

    record ReportView(long id, long awardId, String beneficiary, String zone, int year, String totalYuan, @io.swagger.v3.oas.annotations.media.Schema(description = "取值：SUBMITTED 已提交、ACCEPTED 已通过、RETURNED 已退回") String status,
            String statusName, List<UseView> uses, String submittedBy, Instant submittedAt, String reviewedBy, Instant reviewedAt,
            String reviewComment, String awardPaidYuan, String awardReportedYuan, List<AttachmentInfo> attachments) {
        static ReportView of(FundUse.Report r) {
            return new ReportView(r.id(), r.awardId(), r.beneficiary(), r.zone(), r.year(), Money.json(r.total()), r.status(),
                    r.statusName(), r.uses().stream().map(u -> new UseView(u.category().name(), u.category().chineseName(),
                            Money.json(u.amount()), u.note())).toList(),
                    r.submittedBy(), r.submittedAt(), r.reviewedBy(), r.reviewedAt(), r.reviewComment(), Money.json(r.awardPaid()),
                    Money.json(r.awardReported()), r.attachments());
        }
    }

    record AwardView(long awardId, String beneficiary, String beneficiaryKind, String zone, String line, String payer, int payableYear,
            String paidYuan, LocalDate paidOn, String reportedYuan, LocalDate remindedOn) {
        static AwardView of(PaidAward a) {
            return new AwardView(a.awardId(), a.beneficiary(), a.beneficiaryKind(), a.zone(), a.line(), a.payer(), a.payableYear(),
                    Money.json(a.paidAmount()), a.paidOn(), Money.json(a.reported()), a.remindedOn());
        }
    }

    record RecoveryView(long id, long awardId, String beneficiary, String zone, String awardPaidYuan, String amountYuan, String reason,
            @io.swagger.v3.oas.annotations.media.Schema(description = "取值：PROPOSED 已提议、APPROVED 同意追回、REJECTED 不予追回、REPAID 已追回") String status, String statusName, String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt,
            String decisionComment, String repaidYuan, String outstandingYuan) {
        static RecoveryView of(Recoveries.Recovery r) {
            return new RecoveryView(r.id(), r.awardId(), r.beneficiary(), r.zone(), Money.json(r.awardPaid()), Money.json(r.amount()),
                    r.reason(), r.status(), r.statusName(), r.proposedBy(), r.proposedAt(), r.decidedBy(), r.decidedAt(),
                    r.decisionComment(), Money.json(r.repaid()), Money.json(r.outstanding()));
        }
    }

    record MeasureView(long id, String city, String cityName, String county, String title, String documentNumber, LocalDate issuedOn,
            String committedYuan, String recordedBy) {
        static MeasureView of(SupportMeasures.Measure m) {
            return new MeasureView(m.id(), m.city(), m.cityName(), m.county(), m.title(), m.documentNumber(), m.issuedOn(),
                    Money.json(m.committed()), m.recordedBy());
        }
    }


    /** The shape of {@code GET /api/fund-use/summary} (contracts §10), for the OpenAPI description. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "FundUseSummary", description = "契约§10：各高新区的奖补资金使用汇总")
    record FundUseSummaryView(int year, @io.swagger.v3.oas.annotations.media.Schema(description = "支付后应报告的天数") int reportDueDays, List<FundUseOverview.SummaryItem> items) {
    }
}
