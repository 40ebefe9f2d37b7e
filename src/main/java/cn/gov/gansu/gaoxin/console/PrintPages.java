package cn.gov.gansu.gaoxin.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.gansu.gaoxin.award.AwardReads;
import cn.gov.gansu.gaoxin.award.AwardStatus;
import cn.gov.gansu.gaoxin.identity.AccountManagement;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Printable documents (issue 9 item 5), as A4 pages with print CSS and no menu: the 审批表 of one
 * award, its 付款通知, and the 公示 list of the awards approved in a period. All read
 * {@link AwardReads} within the caller's scope; the 公示 list carries no bank data at all, so any
 * signed-in official may print it; the 付款通知 shows only the account's last four digits.
 */
@Controller
class PrintPages implements ConsolePage {

    private final AwardReads awards;
    private final AccountManagement accounts;

    PrintPages(AwardReads awards, AccountManagement accounts) {
        this.awards = awards;
        this.accounts = accounts;
    }

    /** 审批表: beneficiary, clause and explanation, amount, and every step with who, when and the comment. */
    @GetMapping("/awards/{id}/print")
    String approvalForm(@PathVariable long id, Model model) {
        AwardReads.Detail d = detail(id);
        model.addAttribute("d", d);
        model.addAttribute("a", d.award());
        model.addAttribute("names", accounts.displayNames(d.history().stream().map(AwardReads.HistoryItem::who).toList()));
        return "print/approval";
    }

    /** 付款通知: for an approved (or paid) award: payee, amount, payer and budget year, the 公示 period. */
    @GetMapping("/awards/{id}/payment-notice")
    String paymentNotice(@PathVariable long id, Model model) {
        AwardReads.Detail d = detail(id);
        AwardStatus s = d.award().status();
        if (s != AwardStatus.APPROVED && s != AwardStatus.PAID) {
            throw new InvalidInput("奖补“" + id + "”尚未批准（当前" + s.chineseName() + "），不能出具付款通知");
        }
        model.addAttribute("d", d);
        model.addAttribute("a", d.award());
        return "print/payment-notice";
    }

    /**
     * 公示名单: the awards approved from {@code from} to {@code to} (default: the last 30 days) in the
     * caller's scope, approved or already paid, without any bank data.
     */
    @GetMapping("/awards/publication")
    String publication(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Model model) {
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
        rows.sort(java.util.Comparator.comparing(AwardReads.Summary::approvedOn).thenComparing(AwardReads.Summary::id));
        model.addAttribute("rows", rows);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("total", rows.stream().map(AwardReads.Summary::amount).filter(java.util.Objects::nonNull)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        return "print/publication";
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
