package cn.gov.gansu.gaoxin.funds;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.shared.ClusterLock;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.web.Excel;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * 资金台账 statements: per payer and year the budget, reserved, released, paid and recovered as the
 * {@link FundLedger} books them, per zone of the beneficiaries, with the rows; JSON and Excel. The
 * province roles and auditors read every payer, a city or zone officer its own (matching lines). Before
 * answering, the payer's budget and withdrawn reservations are brought up to date from award (also every
 * ten minutes, and overdue reminders once a day, under a cluster lock).
 */
@Service
public class LedgerStatements {

    private static final int MAX_ENTRIES = 5000;

    private final FundLedger ledger;
    private final PaidAwards awards;
    private final FundsScope scopes;
    private final FundUseOverview overview;
    private final ClusterLock lock;

    private final String remindCron;

    LedgerStatements(FundLedger ledger, PaidAwards awards, FundsScope scopes, FundUseOverview overview, ClusterLock lock,
            @org.springframework.beans.factory.annotation.Value("${gaoxin.fund-use.remind-cron:0 0 8 * * *}") String remindCron) {
        this.remindCron = remindCron;
        this.ledger = ledger;
        this.awards = awards;
        this.scopes = scopes;
        this.overview = overview;
        this.lock = lock;
    }

    public Statement statement(String payer, Integer year) {
        DataScope scope = CurrentUser.scope();
        String p = payer == null ? "" : payer.trim();
        if (!p.matches("[A-Za-z0-9_-]{2,64}")) {
            throw new InvalidInput("参数“payer”：付款单位代码须为2至64位字母、数字、下划线或连字符，如 PROVINCE_DEPARTMENT");
        }
        if (year == null || year < 2000 || year > 2100) {
            throw new InvalidInput("参数“year”：年度须为2000至2100之间的整数");
        }
        if (!scope.provinceWide()) {
            String own = switch (scope.role().scopeKind()) {
                case CITY -> scope.city();
                case ZONE -> scope.zone();
                default -> throw new Forbidden("角色“" + scope.role().chineseName() + "”无权查看资金台账");
            };
            if (!p.equals(own)) {
                throw new Forbidden("您只能查看本单位（" + own + "）作为付款单位的资金台账");
            }
        }
        awards.releaseWithdrawn(p, year);
        awards.syncBudget(p, year);
        return read(p, year);
    }

    Statement read(String payer, int year) {
        FundLedger.Balances b = ledger.balances(payer, year);
        List<ZoneRow> zones = new ArrayList<>();
        for (FundLedger.ZoneBalances z : ledger.byZone(payer, year)) {
            zones.add(new ZoneRow(z.zone(), scopes.zoneName(z.zone()), Money.json(z.reserved()), Money.json(z.paid()),
                    Money.json(z.recovered()), Money.json(z.receivable())));
        }
        List<EntryRow> entries = ledger.entries(payer, year, MAX_ENTRIES).stream()
                .map(e -> new EntryRow(e.id(), e.postingKey(), e.kind(), kindName(e.kind()), e.account(), accountName(e.account()),
                        Money.json(e.amount()), e.zone(), e.awardId(), e.recoveryId(), e.at().toString(), e.actor(), e.note()))
                .toList();
        return new Statement(payer, year, Money.json(b.budget()), Money.json(b.available()), Money.json(b.reserved()),
                Money.json(b.released()), Money.json(b.paid()), Money.json(b.recovered()), Money.json(b.receivable()), b.adds(),
                zones, entries);
    }

    /** The payers and years the ledger holds (for the page's filter). */
    public List<String> payers() {
        return ledger.payerYears().stream().map(FundLedger.PayerYear::payer).distinct().toList();
    }

    /**
     * The statement as an .xlsx workbook through the platform's {@link Excel} helper: 汇总 (one row),
     * 分高新区 and 明细, money as numeric cells in 元 (#,##0.00), widths and a frozen header row.
     */
    public void writeExcel(Statement s, OutputStream out) throws IOException {
        try (Excel.Book book = Excel.book(out)) {
            try (Excel.Sheet sheet = book.sheet("汇总", List.of(Excel.Column.text("付款单位", 22), Excel.Column.integer("年度", 8),
                    Excel.Column.money("预算（元）"), Excel.Column.money("可用（元）"), Excel.Column.money("已预留未拨付（元）"),
                    Excel.Column.money("已释放（元）"), Excel.Column.money("已拨付（元）"), Excel.Column.money("已追回（元）"),
                    Excel.Column.money("应收追回款（元）"), Excel.Column.text("平衡校验（预算 = 可用 + 已预留 + 已拨付 − 已追回）", 24)))) {
                sheet.write(List.of(java.util.Arrays.<Object>asList(s.payer(), s.year(), s.budgetYuan() == null ? "未设置" : s.budgetYuan(),
                        s.availableYuan(), s.reservedYuan(), s.releasedYuan(), s.paidYuan(), s.recoveredYuan(), s.receivableYuan(),
                        s.balanced() ? "平衡" : "不平衡")));
            }
            try (Excel.Sheet sheet = book.sheet("分高新区", List.of(Excel.Column.text("高新区", 20), Excel.Column.money("已预留未拨付（元）"),
                    Excel.Column.money("已拨付（元）"), Excel.Column.money("已追回（元）"), Excel.Column.money("应收追回款（元）")))) {
                List<List<Object>> zones = new ArrayList<>();
                for (ZoneRow z : s.zones()) {
                    zones.add(List.of(z.zoneName(), z.reservedYuan(), z.paidYuan(), z.recoveredYuan(), z.receivableYuan()));
                }
                sheet.write(zones);
            }
            try (Excel.Sheet sheet = book.sheet("明细", List.of(Excel.Column.integer("序号", 8), Excel.Column.text("时间", 22),
                    Excel.Column.text("业务", 12), Excel.Column.text("科目", 12), Excel.Column.money("金额（元，借正贷负）"),
                    Excel.Column.text("高新区", 16), Excel.Column.integer("奖补编号", 10), Excel.Column.text("摘要", 40),
                    Excel.Column.text("经办人", 14)))) {
                List<List<Object>> rows = new ArrayList<>();
                for (EntryRow e : s.entries()) {
                    rows.add(java.util.Arrays.asList(e.id(), e.at(), e.kindName(), e.accountName(), e.amountYuan(),
                            e.zone() == null ? null : scopes.zoneName(e.zone()), e.awardId(), e.note(), e.actor()));
                }
                sheet.write(rows);
            }
        }
    }

    @Scheduled(fixedDelayString = "${gaoxin.funds.reconcile-interval:PT10M}", initialDelayString = "PT2M")
    void reconcile() {
        lock.runExclusively("funds-reconcile", java.time.Duration.ofMinutes(9), () -> {
            awards.releaseWithdrawn();
            for (FundLedger.PayerYear py : ledger.payerYears()) {
                awards.syncBudget(py.payer(), py.year());
            }
        });
    }

    @Scheduled(cron = "${gaoxin.fund-use.remind-cron:0 0 8 * * *}")
    void remindOverdue() {
        // once a day across the instances: a reminder is not sent twice (ClusterLock.runOncePerFiring)
        lock.runOncePerFiring("funds-remind", remindCron, java.time.Duration.ofMinutes(30), () -> overview.remindAll());
    }

    static String kindName(String kind) {
        return Optional.ofNullable(Map.of("BUDGET", "预算", "RESERVATION", "预留", "RELEASE", "释放", "PAYMENT", "拨付",
                "RECOVERY_DECIDED", "决定追回", "REPAYMENT", "追回款到账").get(kind)).orElse(kind);
    }

    static String accountName(String account) {
        return Optional.ofNullable(Map.of("BUDGET", "预算", "AVAILABLE", "可用", "RESERVED", "已预留", "PAID", "已拨付",
                "RECOVERED", "已追回", "RECEIVABLE", "应收追回款", "RECOVERY_DUE", "待追回")
                .get(account)).orElse(account);
    }

    /** A payer's year; money as JSON strings; {@code budgetYuan} null when no budget was set; {@code balanced} the invariant. */
    public record Statement(@io.swagger.v3.oas.annotations.media.Schema(description = "出资方。取值：PROVINCE_DEPARTMENT、PROVINCE_FINANCE，或市州、高新区代码") String payer, int year, String budgetYuan, String availableYuan, String reservedYuan, String releasedYuan,
            String paidYuan, String recoveredYuan, String receivableYuan, boolean balanced, List<ZoneRow> zones, List<EntryRow> entries) {
    }

    public record ZoneRow(String zone, String zoneName, String reservedYuan, String paidYuan, String recoveredYuan,
            String receivableYuan) {
    }

    public record EntryRow(long id, String postingKey, @io.swagger.v3.oas.annotations.media.Schema(description = "业务。取值：BUDGET、RESERVATION、RELEASE、PAYMENT、RECOVERY_DUE、REPAYMENT 等（kindName 为中文名）") String kind, String kindName, String account, String accountName,
            String amountYuan, String zone, Long awardId, Long recoveryId, String at, String actor, String note) {
    }
}
