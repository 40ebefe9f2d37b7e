package cn.gov.gansu.gaoxin.funds;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Conflict;
import cn.gov.gansu.gaoxin.shared.Enums;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * 资金使用 (第二十一条, contracts §10): the beneficiary reports how a paid award was used under the
 * clause's four uses; the uses reported for an award never add up to more than its paid amount
 * (one conditional UPDATE of the award's running total, so racing reports cannot pass it). The zone
 * reviews enterprise awards' reports, the city zone awards'; a returned report no longer counts.
 * The summary, overdue awards and reminders are {@link FundUseOverview}'s.
 */
@Service
public class FundUse {

    private static final int MAX_USES = 20;

    private final JdbcClient jdbc;
    private final PaidAwards awards;
    private final FundsScope scopes;
    private final FundsMessages messages;
    private final Attachments attachments;
    private final AuditTrail audit;
    private final Transactions tx;

    FundUse(JdbcClient jdbc, PaidAwards awards, FundsScope scopes, FundsMessages messages, Attachments attachments,
            AuditTrail audit, Transactions tx) {
        this.jdbc = jdbc;
        this.awards = awards;
        this.scopes = scopes;
        this.messages = messages;
        this.attachments = attachments;
        this.audit = audit;
        this.tx = tx;
    }

    // ------------------------------------------------------------------ reporting

    /** Files a fund-use report for a paid award, by its beneficiary. */
    public Report report(long awardId, ReportRequest request) {
        DataScope scope = CurrentUser.scope();
        if (scope.role() != Role.ENTERPRISE && scope.role() != Role.ZONE_OFFICER) {
            throw new Forbidden("角色“" + scope.role().chineseName() + "”无权填报资金使用情况：由受奖企业或受奖高新区填报");
        }
        PaidAward a = awards.findOrCatchUp(awardId).orElseThrow(() -> new NotFound("奖补“" + awardId + "”不存在"));
        if (!scopes.canSee(scope, a)) {
            throw new NotFound("奖补“" + awardId + "”不存在");
        }
        if (!scopes.isBeneficiary(scope, a)) {
            throw new Forbidden("奖补“" + awardId + "”的资金使用情况由受奖方填报（企业奖补由企业用户填报，高新区奖补由该高新区管委会填报）");
        }
        if (!a.paid()) {
            throw new Conflict("奖补“" + awardId + "”尚未拨付（当前：" + a.statusName() + "），拨付后才能填报资金使用情况");
        }
        if (request == null) {
            throw new InvalidInput("请求体不能为空");
        }
        int year = year(request.year());
        List<Use> uses = uses(request.uses());
        BigDecimal total = uses.stream().map(Use::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return tx.run(() -> {
            int ok = jdbc.sql("UPDATE funds_award SET reported = reported + :t WHERE award_id = :id AND status = 'PAID' "
                            + "AND reported + :t <= paid_amount")
                    .param("t", total).param("id", awardId).update();
            if (ok != 1) {
                PaidAward now = awards.find(awardId).orElseThrow();
                throw new Conflict("字段“uses”：本次填报合计" + Money.yuan(total) + "，加上已填报的" + Money.yuan(now.reported())
                        + "超过该奖补拨付金额" + Money.yuan(now.paidAmount()) + "（尚可填报" + Money.yuan(now.paidAmount().subtract(now.reported()))
                        + "）");
            }
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO fund_use_report (award_id, report_year, total, status, submitted_by, submitted_at) "
                            + "VALUES (:a, :y, :t, 'SUBMITTED', :by, :now)")
                    .param("a", awardId).param("y", year).param("t", total).param("by", scope.username())
                    .param("now", Timestamp.from(Instant.now())).update(keys, "id");
            long id = keys.getKey().longValue();
            for (Use u : uses) {
                jdbc.sql("INSERT INTO fund_use_item (report_id, category, amount, note) VALUES (:r, :c, :a, :n)")
                        .param("r", id).param("c", u.category().name()).param("a", u.amount()).param("n", u.note()).update();
            }
            audit.record("FUND_USE_REPORTED", "FUND_USE_REPORT", String.valueOf(id), "奖补" + awardId + " " + year + "年度资金使用填报，合计"
                    + Money.yuan(total) + "：" + describe(uses));
            return find(id).orElseThrow();
        });
    }

    /** 审核: the zone (enterprise awards) or the city (zone awards) accepts a report or returns it with a comment. */
    public Report review(long reportId, String decision, String comment) {
        DataScope scope = CurrentUser.scope();
        Report r = find(reportId).orElseThrow(() -> new NotFound("资金使用报告“" + reportId + "”不存在"));
        PaidAward a = awards.find(r.awardId()).orElseThrow();
        if (!scopes.canSee(scope, a)) {
            throw new NotFound("资金使用报告“" + reportId + "”不存在");
        }
        if (!scopes.isReviewer(scope, a)) {
            throw new Forbidden("资金使用报告由高新区管委会（企业奖补）或市(州)（高新区奖补）审核，您的角色无权审核此报告");
        }
        String d = decision == null ? "" : decision.trim().toUpperCase(Locale.ROOT);
        if (!d.equals("ACCEPT") && !d.equals("RETURN")) {
            throw new InvalidInput("字段“decision”：须为 ACCEPT（通过）或 RETURN（退回）");
        }
        String text = comment == null ? "" : comment.trim();
        if (text.length() > 2000) {
            throw new InvalidInput("字段“comment”：意见最多2000字");
        }
        if (d.equals("RETURN") && text.isEmpty()) {
            throw new InvalidInput("字段“comment”：退回须填写意见");
        }
        return tx.run(() -> {
            int moved = jdbc.sql("UPDATE fund_use_report SET status = :s, reviewed_by = :by, reviewed_at = :now, review_comment = :c "
                            + "WHERE id = :id AND status = 'SUBMITTED'")
                    .param("s", d.equals("ACCEPT") ? "ACCEPTED" : "RETURNED").param("by", scope.username())
                    .param("now", Timestamp.from(Instant.now())).param("c", text).param("id", reportId).update();
            if (moved != 1) {
                throw new Conflict("资金使用报告“" + reportId + "”已审核（" + r.statusName() + "），不能再次审核");
            }
            if (d.equals("RETURN")) {
                jdbc.sql("UPDATE funds_award SET reported = reported - :t WHERE award_id = :id").param("t", r.total())
                        .param("id", r.awardId()).update();
                messages.toBeneficiary(a, "资金使用报告被退回", "奖补" + a.awardId() + "的" + r.year() + "年度资金使用报告（合计"
                        + Money.yuan(r.total()) + "）被退回，请修改后重新填报。意见：" + text);
            }
            audit.record(d.equals("ACCEPT") ? "FUND_USE_ACCEPTED" : "FUND_USE_RETURNED", "FUND_USE_REPORT", String.valueOf(reportId),
                    (d.equals("ACCEPT") ? "审核通过" : "退回") + "奖补" + a.awardId() + "的资金使用报告" + (text.isEmpty() ? "" : "；意见：" + text));
            return find(reportId).orElseThrow();
        });
    }

    /** Adds a file (invoice, contract, photo) to a report, by the beneficiary who may report on the award. */
    public AttachmentInfo attach(long reportId, org.springframework.web.multipart.MultipartFile file) {
        DataScope scope = CurrentUser.scope();
        Report r = find(scope, reportId).orElseThrow(() -> new NotFound("资金使用报告“" + reportId + "”不存在"));
        if (!scopes.isBeneficiary(scope, awards.find(r.awardId()).orElseThrow())) {
            throw new Forbidden("附件由填报资金使用情况的受奖方上传");
        }
        return tx.run(() -> {
            AttachmentInfo info = attachments.add("REPORT", reportId, file, scope.username());
            audit.record("FUND_USE_ATTACHED", "FUND_USE_REPORT", String.valueOf(reportId), "上传附件" + info.fileName());
            return info;
        });
    }

    // ------------------------------------------------------------------ reads

    /** One report in the caller's scope. */
    public Optional<Report> find(DataScope scope, long id) {
        return find(id).filter(r -> awards.find(r.awardId()).map(a -> scopes.canSee(scope, a)).orElse(false));
    }

    Optional<Report> find(long id) {
        List<Report> found = reports(" AND r.id = :rid", Map.of("rid", id), 1, 0);
        return found.stream().findFirst();
    }

    /** Reports in scope, newest first; any criterion may be null. */
    public Page<Report> reports(DataScope scope, String status, String zone, Integer year, Long awardId, Paging paging) {
        Optional<FundsScope.Sql> s = scopes.awards(scope);
        if (s.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        StringBuilder where = new StringBuilder(s.get().where());
        Map<String, Object> params = new HashMap<>(s.get().params());
        if (status != null && !status.isBlank()) {
            where.append(" AND r.status = :status");
            params.put("status", status.trim().toUpperCase(Locale.ROOT));
        }
        if (zone != null && !zone.isBlank()) {
            where.append(" AND fa.zone = :zone");
            params.put("zone", zone.trim());
        }
        if (year != null) {
            where.append(" AND r.report_year = :year");
            params.put("year", year);
        }
        if (awardId != null) {
            where.append(" AND r.award_id = :award");
            params.put("award", awardId);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM fund_use_report r JOIN funds_award fa ON fa.award_id = r.award_id WHERE 1=1" + where)
                .params(params).query(Long.class).single();
        return new Page<>(reports(where.toString(), params, paging.size(), paging.offset()), total);
    }

    private List<Report> reports(String where, Map<String, Object> params, int limit, long offset) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("limit", limit);
        p.put("offset", offset);
        List<Report> rows = jdbc.sql("SELECT r.id, r.award_id, fa.beneficiary, fa.zone, r.report_year, r.total, r.status, r.submitted_by, "
                        + "r.submitted_at, r.reviewed_by, r.reviewed_at, r.review_comment, fa.paid_amount, fa.reported FROM fund_use_report r "
                        + "JOIN funds_award fa ON fa.award_id = r.award_id WHERE 1=1" + where + " ORDER BY r.id DESC LIMIT :limit OFFSET :offset")
                .params(p)
                .query((rs, n) -> new Report(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getBigDecimal(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getString(10),
                        rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(), rs.getString(12), rs.getBigDecimal(13),
                        rs.getBigDecimal(14), List.of(), List.of()))
                .list();
        List<Report> full = new ArrayList<>();
        for (Report r : rows) {
            List<UseLine> lines = jdbc.sql("SELECT category, amount, note FROM fund_use_item WHERE report_id = :r ORDER BY id")
                    .param("r", r.id())
                    .query((rs, n) -> new UseLine(FundUseCategory.valueOf(rs.getString(1)), rs.getBigDecimal(2), rs.getString(3))).list();
            full.add(r.with(lines, attachments.list("REPORT", r.id())));
        }
        return full;
    }

    // ------------------------------------------------------------------ helpers

    static LocalDate today() {
        return LocalDate.now(PaidAwards.CHINA);
    }

    private static int year(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw new InvalidInput("字段“year”：年度须为2000至2100之间的整数");
        }
        return year;
    }

    private static List<Use> uses(List<UseRequest> uses) {
        if (uses == null || uses.isEmpty()) {
            throw new InvalidInput("字段“uses”：至少填报一项资金用途");
        }
        if (uses.size() > MAX_USES) {
            throw new InvalidInput("字段“uses”：一次最多填报" + MAX_USES + "项");
        }
        List<Use> out = new ArrayList<>();
        for (int i = 0; i < uses.size(); i++) {
            UseRequest u = uses.get(i);
            String at = "字段“uses[" + i + "]";
            if (u == null) {
                throw new InvalidInput(at + "”不能为空");
            }
            FundUseCategory c = Enums.required(FundUseCategory.class, u.category(), at + ".category”");
            BigDecimal amount = Money.positive(u.amountYuan(), "uses[" + i + "].amountYuan");
            String note = u.note() == null ? null : u.note().trim();
            if (note != null && note.length() > 2000) {
                throw new InvalidInput(at + ".note”：说明最多2000字");
            }
            out.add(new Use(c, amount, note));
        }
        return out;
    }

    private static String describe(List<Use> uses) {
        StringBuilder b = new StringBuilder();
        for (Use u : uses) {
            b.append(b.isEmpty() ? "" : "；").append(u.category().chineseName()).append(Money.yuan(u.amount()));
        }
        return b.toString();
    }

    private record Use(FundUseCategory category, BigDecimal amount, String note) {
    }

    /** The body of contracts §10. */
    public record ReportRequest(Integer year, List<UseRequest> uses) {
    }

    public record UseRequest(@io.swagger.v3.oas.annotations.media.Schema(implementation = FundUseCategory.class, requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) String category, String amountYuan, String note) {
    }

    public record UseLine(FundUseCategory category, BigDecimal amount, String note) {
    }

    /** A report with its uses and attachments; {@code awardPaid}/{@code awardReported} are the award's totals now. */
    public record Report(long id, long awardId, String beneficiary, String zone, int year, BigDecimal total, String status,
            String submittedBy, Instant submittedAt, String reviewedBy, Instant reviewedAt, String reviewComment,
            BigDecimal awardPaid, BigDecimal awardReported, List<UseLine> uses, List<AttachmentInfo> attachments) {

        Report with(List<UseLine> lines, List<AttachmentInfo> files) {
            return new Report(id, awardId, beneficiary, zone, year, total, status, submittedBy, submittedAt, reviewedBy, reviewedAt,
                    reviewComment, awardPaid, awardReported, lines, files);
        }

        public String statusName() {
            return switch (status) {
                case "SUBMITTED" -> "待审核";
                case "ACCEPTED" -> "已通过";
                case "RETURNED" -> "已退回";
                default -> status;
            };
        }
    }

    /** A page of a list and the total number matching. */
    public record Page<T>(List<T> items, long total) {
    }
}
