package cn.gov.gansu.gaoxin.console;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.gov.gansu.gaoxin.award.AwardReads;
import cn.gov.gansu.gaoxin.award.AwardStatus;
import cn.gov.gansu.gaoxin.identity.AccountManagement;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Printable documents (issue 9 item 5), as A4 pages with print CSS and no menu, and the same as PDF
 * files ({@code .pdf}, {@link PrintPdfs}): the 审批表 of one award, its 付款通知, and the 公示 list of
 * the awards approved in a period. All read
 * {@link AwardReads} within the caller's scope; the 公示 list carries no bank data at all, so any
 * signed-in official may print it; the 付款通知 shows only the account's last four digits.
 */
@Controller
class PrintPages implements ConsolePage {

    private final AwardReads awards;
    private final AccountManagement accounts;
    private final PrintPdfs pdfs;

    PrintPages(AwardReads awards, AccountManagement accounts, PrintPdfs pdfs) {
        this.awards = awards;
        this.accounts = accounts;
        this.pdfs = pdfs;
    }

    /** 审批表: beneficiary, clause and explanation, amount, and every step with who, when and the comment. */
    @GetMapping("/awards/{id}/print")
    String approvalForm(@PathVariable long id, Model model) {
        AwardReads.Detail d = detail(id);
        model.addAttribute("d", d);
        model.addAttribute("a", d.award());
        model.addAttribute("names", names(d));
        return "print/approval";
    }

    /** The 审批表 as a PDF file (same content as the page). */
    @GetMapping("/awards/{id}/print.pdf")
    ResponseEntity<byte[]> approvalPdf(@PathVariable long id) {
        AwardReads.Detail d = detail(id);
        return pdf(pdfs.approval(d, names(d)), "奖补审批表-" + id + ".pdf");
    }

    /** 付款通知: for an approved (or paid) award: payee, amount, payer and budget year, the 公示 period. */
    @GetMapping("/awards/{id}/payment-notice")
    String paymentNotice(@PathVariable long id, Model model) {
        AwardReads.Detail d = approved(id);
        model.addAttribute("d", d);
        model.addAttribute("a", d.award());
        return "print/payment-notice";
    }

    /** The 付款通知 as a PDF file. */
    @GetMapping("/awards/{id}/payment-notice.pdf")
    ResponseEntity<byte[]> paymentNoticePdf(@PathVariable long id) {
        return pdf(pdfs.paymentNotice(approved(id)), "奖补资金付款通知-" + id + ".pdf");
    }

    /**
     * 公示名单: the awards approved from {@code from} to {@code to} (default: the last 30 days) in the
     * caller's scope, approved or already paid, without any bank data.
     */
    @GetMapping("/awards/publication")
    String publication(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Model model) {
        Publication p = publication(from, to);
        model.addAttribute("rows", p.rows());
        model.addAttribute("from", p.from());
        model.addAttribute("to", p.to());
        model.addAttribute("total", p.total());
        return "print/publication";
    }

    /** The 公示名单 of the same period as a PDF file (no bank data). */
    @GetMapping("/awards/publication.pdf")
    ResponseEntity<byte[]> publicationPdf(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Publication p = publication(from, to);
        return pdf(pdfs.publication(p.rows(), p.from(), p.to(), p.total()), "奖补公示名单-" + p.from() + "至" + p.to() + ".pdf");
    }

    private record Publication(List<AwardReads.Summary> rows, LocalDate from, LocalDate to, BigDecimal total) {
    }

    private Publication publication(String from, String to) {
        LocalDate today = LocalDate.now(ChineseDates.CHINA);
        LocalDate end = date(to, "to", today);
        LocalDate start = date(from, "from", end.minusDays(30));
        if (start.isAfter(end)) {
            throw new InvalidInput("公示期间：开始日期" + start + "晚于结束日期" + end);
        }
        DataScope scope = CurrentUser.scope();
        List<AwardReads.Summary> rows = new ArrayList<>();
        for (AwardStatus status : List.of(AwardStatus.APPROVED, AwardStatus.PAID)) {
            for (int page = 0;; page++) {
                AwardReads.Page p = awards.list(scope, new AwardReads.Filter(null, null, null, status, null, null),
                        new Paging(page, Paging.MAX_SIZE));
                p.items().stream().filter(a -> a.approvedOn() != null && !a.approvedOn().isBefore(start)
                        && !a.approvedOn().isAfter(end)).forEach(rows::add);
                if (p.items().size() < Paging.MAX_SIZE) {
                    break;
                }
            }
        }
        rows.sort(Comparator.comparing(AwardReads.Summary::approvedOn).thenComparing(AwardReads.Summary::id));
        BigDecimal total = rows.stream().map(AwardReads.Summary::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Publication(rows, start, end, total);
    }

    private Map<String, String> names(AwardReads.Detail d) {
        return accounts.displayNames(d.history().stream().map(AwardReads.HistoryItem::who).toList());
    }

    private AwardReads.Detail approved(long id) {
        AwardReads.Detail d = detail(id);
        AwardStatus s = d.award().status();
        if (s != AwardStatus.APPROVED && s != AwardStatus.PAID) {
            throw new InvalidInput("奖补“" + id + "”尚未批准（当前" + s.chineseName() + "），不能出具付款通知");
        }
        return d;
    }

    /** A PDF shown in the browser (inline), named in Chinese when saved; never cached. */
    static ResponseEntity<byte[]> pdf(byte[] body, String file) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(file, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }

    private AwardReads.Detail detail(long id) {
        return awards.find(CurrentUser.scope(), id)
                .orElseThrow(() -> new NotFound("未找到编号为" + id + "的奖补，或该奖补不在您的数据范围内"));
    }

    private static LocalDate date(String text, String field, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput("参数“" + field + "”须为日期，如 2025-11-03");
        }
    }
}
