package cn.gov.gansu.gaoxin.funds;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.gov.gansu.gaoxin.identity.AuditTrail;
import cn.gov.gansu.gaoxin.identity.CurrentUser;
import cn.gov.gansu.gaoxin.identity.DataScope;
import cn.gov.gansu.gaoxin.identity.Role;
import cn.gov.gansu.gaoxin.shared.Conflict;
import cn.gov.gansu.gaoxin.shared.Forbidden;
import cn.gov.gansu.gaoxin.shared.InvalidInput;
import cn.gov.gansu.gaoxin.shared.NotFound;
import cn.gov.gansu.gaoxin.shared.web.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/**
 * 追回 (第二十一条: money misused or not accounted for): a reviewer of the award (or the province admin)
 * proposes recovering an amount with a reason; a PROVINCE_ADMIN other than the proposer decides (四眼);
 * the decision books the receivable, each repayment (recorded by 省财政厅 or 省科技厅) books the money
 * back, and the beneficiary is told. What is decided for an award never exceeds its paid amount: one
 * conditional UPDATE of the award's running total, so racing decisions cannot pass it.
 */
@Service
public class Recoveries {

    private final JdbcClient jdbc;
    private final PaidAwards awards;
    private final FundsScope scopes;
    private final FundLedger ledger;
    private final FundsMessages messages;
    private final AuditTrail audit;
    private final Transactions tx;

    Recoveries(JdbcClient jdbc, PaidAwards awards, FundsScope scopes, FundLedger ledger, FundsMessages messages, AuditTrail audit,
            Transactions tx) {
        this.jdbc = jdbc;
        this.awards = awards;
        this.scopes = scopes;
        this.ledger = ledger;
        this.messages = messages;
        this.audit = audit;
        this.tx = tx;
    }

    /** 提出追回. */
    public Recovery propose(long awardId, String amountYuan, String reason) {
        DataScope scope = CurrentUser.scope();
        PaidAward a = awards.findOrCatchUp(awardId).filter(x -> scopes.canSee(scope, x))
                .orElseThrow(() -> new NotFound("奖补“" + awardId + "”不存在"));
        if (scope.role() != Role.PROVINCE_ADMIN && !scopes.isReviewer(scope, a)) {
            throw new Forbidden("追回由该奖补的审核方（高新区管委会审企业奖补、市(州)审高新区奖补）或省科技厅提出，您的角色无权提出");
        }
        if (!a.paid()) {
            throw new Conflict("奖补“" + awardId + "”尚未拨付（" + a.statusName() + "），无可追回的资金");
        }
        BigDecimal amount = Money.positive(amountYuan, "amountYuan");
        String why = text(reason, "reason", "追回理由");
        BigDecimal room = a.paidAmount().subtract(a.recoveryClaimed());
        if (amount.compareTo(room) > 0) {
            throw new Conflict("字段“amountYuan”：追回金额" + Money.yuan(amount) + "超过可追回金额" + Money.yuan(room) + "（拨付"
                    + Money.yuan(a.paidAmount()) + "，已决定追回" + Money.yuan(a.recoveryClaimed()) + "）");
        }
        return tx.run(() -> {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO fund_recovery (award_id, amount, reason, status, proposed_by, proposed_at, repaid, version) "
                            + "VALUES (:a, :amt, :r, 'PROPOSED', :by, :now, 0, 0)")
                    .param("a", awardId).param("amt", amount).param("r", why).param("by", scope.username())
                    .param("now", Timestamp.from(Instant.now())).update(keys, "id");
            long id = keys.getKey().longValue();
            audit.record("RECOVERY_PROPOSED", "FUND_RECOVERY", String.valueOf(id), "提出追回奖补" + awardId + "资金" + Money.yuan(amount)
                    + "；理由：" + why);
            return find(id).orElseThrow();
        });
    }

    /** 决定: a PROVINCE_ADMIN other than the proposer approves (books the receivable, tells the beneficiary) or rejects. */
    public Recovery decide(long id, String decision, String comment) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_ADMIN);
        Recovery r = find(id).orElseThrow(() -> new NotFound("追回“" + id + "”不存在"));
        if (r.proposedBy().equals(scope.username())) {
            throw new Forbidden("追回“" + id + "”由您提出，须由另一位省科技厅管理员决定（四眼原则）");
        }
        String d = decision == null ? "" : decision.trim().toUpperCase(Locale.ROOT);
        if (!d.equals("APPROVE") && !d.equals("REJECT")) {
            throw new InvalidInput("字段“decision”：须为 APPROVE（同意追回）或 REJECT（不予追回）");
        }
        String text = comment == null ? "" : comment.trim();
        if (text.length() > 2000) {
            throw new InvalidInput("字段“comment”：意见最多2000字");
        }
        if (d.equals("REJECT") && text.isEmpty()) {
            throw new InvalidInput("字段“comment”：不予追回须填写理由");
        }
        return tx.run(() -> {
            int moved = jdbc.sql("UPDATE fund_recovery SET status = :s, decided_by = :by, decided_at = :now, decision_comment = :c, "
                            + "version = version + 1 WHERE id = :id AND status = 'PROPOSED'")
                    .param("s", d.equals("APPROVE") ? "APPROVED" : "REJECTED").param("by", scope.username())
                    .param("now", Timestamp.from(Instant.now())).param("c", text).param("id", id).update();
            if (moved != 1) {
                throw new Conflict("追回“" + id + "”已决定（" + r.statusName() + "），不能再次决定");
            }
            PaidAward a = awards.find(r.awardId()).orElseThrow();
            if (d.equals("APPROVE")) {
                int fits = jdbc.sql("UPDATE funds_award SET recovery_claimed = recovery_claimed + :amt WHERE award_id = :id "
                                + "AND recovery_claimed + :amt <= paid_amount")
                        .param("amt", r.amount()).param("id", r.awardId()).update();
                if (fits != 1) {
                    PaidAward now = awards.find(r.awardId()).orElseThrow();
                    throw new Conflict("追回金额" + Money.yuan(r.amount()) + "加上已决定追回的" + Money.yuan(now.recoveryClaimed())
                            + "超过该奖补拨付金额" + Money.yuan(now.paidAmount()) + "，不能同意；请驳回后按剩余金额重新提出");
                }
                ledger.post(new FundLedger.Posting("RECOVERY:" + id, "RECOVERY_DECIDED", a.payer(), a.payableYear(), a.zone(),
                        a.awardId(), id, FundLedger.RECEIVABLE, FundLedger.RECOVERY_DUE, r.amount(), scope.username(),
                        "决定追回奖补" + a.awardId() + "资金" + Money.yuan(r.amount())));
                messages.toBeneficiary(a, "奖补资金追回通知", "经审核，决定追回奖补" + a.awardId() + "的资金" + Money.yuan(r.amount())
                        + "。理由：" + r.reason() + (text.isEmpty() ? "" : "；意见：" + text) + "。请按通知退回。");
            }
            audit.record(d.equals("APPROVE") ? "RECOVERY_APPROVED" : "RECOVERY_REJECTED", "FUND_RECOVERY", String.valueOf(id),
                    (d.equals("APPROVE") ? "同意追回" : "不予追回") + "奖补" + r.awardId() + "资金" + Money.yuan(r.amount())
                            + (text.isEmpty() ? "" : "；意见：" + text));
            return find(id).orElseThrow();
        });
    }

    /** 追回到账: records (part of) the repayment of an approved recovery. */
    public Recovery repay(long id, String amountYuan) {
        DataScope scope = CurrentUser.requireAnyOf(Role.PROVINCE_FINANCE, Role.PROVINCE_ADMIN);
        BigDecimal amount = Money.positive(amountYuan, "amountYuan");
        Recovery r = find(id).orElseThrow(() -> new NotFound("追回“" + id + "”不存在"));
        return tx.run(() -> {
            int moved = jdbc.sql("UPDATE fund_recovery SET repaid = repaid + :x, status = CASE WHEN repaid + :x = amount THEN 'REPAID' "
                            + "ELSE status END, version = version + 1 WHERE id = :id AND status = 'APPROVED' AND repaid + :x <= amount")
                    .param("x", amount).param("id", id).update();
            if (moved != 1) {
                Recovery now = find(id).orElseThrow();
                if (!now.status().equals("APPROVED")) {
                    throw new Conflict("追回“" + id + "”当前为“" + now.statusName() + "”，不能登记退回款");
                }
                throw new Conflict("字段“amountYuan”：退回" + Money.yuan(amount) + "超过尚未退回的" + Money.yuan(now.amount().subtract(now.repaid())));
            }
            PaidAward a = awards.find(r.awardId()).orElseThrow();
            String key = "REPAY:" + id + ":" + UUID.randomUUID();
            ledger.post(new FundLedger.Posting(key + ":cash", "REPAYMENT", a.payer(), a.payableYear(), a.zone(), a.awardId(), id,
                    FundLedger.AVAILABLE, FundLedger.RECOVERED, amount, scope.username(), "奖补" + a.awardId() + "追回款到账" + Money.yuan(amount)));
            ledger.post(new FundLedger.Posting(key + ":clear", "REPAYMENT", a.payer(), a.payableYear(), a.zone(), a.awardId(), id,
                    FundLedger.RECOVERY_DUE, FundLedger.RECEIVABLE, amount, scope.username(), "冲减应收追回款" + Money.yuan(amount)));
            messages.toBeneficiary(a, "追回款已到账", "奖补" + a.awardId() + "的追回款" + Money.yuan(amount) + "已到账。");
            audit.record("RECOVERY_REPAID", "FUND_RECOVERY", String.valueOf(id), "登记奖补" + a.awardId() + "追回款到账" + Money.yuan(amount));
            return find(id).orElseThrow();
        });
    }

    Optional<Recovery> find(long id) {
        return list(" AND rc.id = :rid", Map.of("rid", id), 1, 0).stream().findFirst();
    }

    /** One recovery in the caller's scope. */
    public Optional<Recovery> find(DataScope scope, long id) {
        return find(id).filter(r -> awards.find(r.awardId()).map(a -> scopes.canSee(scope, a)).orElse(false));
    }

    /** Recoveries in scope, newest first. */
    public FundUse.Page<Recovery> list(DataScope scope, String status, String zone, Paging paging) {
        Optional<FundsScope.Sql> s = scopes.awards(scope);
        if (s.isEmpty()) {
            return new FundUse.Page<>(List.of(), 0);
        }
        StringBuilder where = new StringBuilder(s.get().where());
        Map<String, Object> params = new HashMap<>(s.get().params());
        if (status != null && !status.isBlank()) {
            where.append(" AND rc.status = :status");
            params.put("status", status.trim().toUpperCase(Locale.ROOT));
        }
        if (zone != null && !zone.isBlank()) {
            where.append(" AND fa.zone = :zone");
            params.put("zone", zone.trim());
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM fund_recovery rc JOIN funds_award fa ON fa.award_id = rc.award_id WHERE 1=1" + where)
                .params(params).query(Long.class).single();
        return new FundUse.Page<>(list(where.toString(), params, paging.size(), paging.offset()), total);
    }

    /** Total repaid for a zone in a year of the awards' payer (the clause report). */
    BigDecimal recoveredIn(String zone, int year) {
        return jdbc.sql("SELECT COALESCE(-SUM(amount), 0) FROM fund_ledger WHERE zone = :z AND ledger_year = :y AND account = 'RECOVERED'")
                .param("z", zone).param("y", year).query(BigDecimal.class).single();
    }

    private List<Recovery> list(String where, Map<String, Object> params, int limit, long offset) {
        Map<String, Object> p = new HashMap<>(params);
        p.put("limit", limit);
        p.put("offset", offset);
        return jdbc.sql("SELECT rc.id, rc.award_id, fa.beneficiary, fa.zone, fa.paid_amount, rc.amount, rc.reason, rc.status, rc.proposed_by, "
                        + "rc.proposed_at, rc.decided_by, rc.decided_at, rc.decision_comment, rc.repaid FROM fund_recovery rc "
                        + "JOIN funds_award fa ON fa.award_id = rc.award_id WHERE 1=1" + where + " ORDER BY rc.id DESC LIMIT :limit OFFSET :offset")
                .params(p)
                .query((rs, n) -> new Recovery(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5),
                        rs.getBigDecimal(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getTimestamp(10).toInstant(),
                        rs.getString(11), rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant(), rs.getString(13),
                        rs.getBigDecimal(14)))
                .list();
    }

    private static String text(String value, String field, String label) {
        String t = value == null ? "" : value.trim();
        if (t.isEmpty()) {
            throw new InvalidInput("字段“" + field + "”：" + label + "不能为空");
        }
        if (t.length() > 2000) {
            throw new InvalidInput("字段“" + field + "”：" + label + "最多2000字");
        }
        return t;
    }

    /** A recovery: PROPOSED (待决定), APPROVED (已决定追回), REJECTED (不予追回), REPAID (已全部退回). */
    public record Recovery(long id, long awardId, String beneficiary, String zone, BigDecimal awardPaid, BigDecimal amount,
            String reason, String status, String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt,
            String decisionComment, BigDecimal repaid) {

        public String statusName() {
            return switch (status) {
                case "PROPOSED" -> "待决定";
                case "APPROVED" -> "已决定追回";
                case "REJECTED" -> "不予追回";
                case "REPAID" -> "已全部退回";
                default -> status;
            };
        }

        public BigDecimal outstanding() {
            return "APPROVED".equals(status) ? amount.subtract(repaid) : BigDecimal.ZERO.setScale(2);
        }
    }
}
