package cn.gov.gansu.gaoxin.policy.clauses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.gov.gansu.gaoxin.policy.rules.AmountType;
import cn.gov.gansu.gaoxin.policy.rules.AwardLine;
import cn.gov.gansu.gaoxin.policy.rules.Fact;
import cn.gov.gansu.gaoxin.policy.rules.FactType;
import cn.gov.gansu.gaoxin.policy.rules.Fen;
import cn.gov.gansu.gaoxin.policy.rules.Finding;
import cn.gov.gansu.gaoxin.policy.rules.OncePer;
import cn.gov.gansu.gaoxin.policy.rules.Outcome;
import cn.gov.gansu.gaoxin.policy.rules.Rule;
import cn.gov.gansu.gaoxin.policy.rules.Terms;
import cn.gov.gansu.gaoxin.policy.rules.ZoneStanding;

/**
 * 第10条（配套）：“鼓励各市(州)和高新区在省级奖补的基础上给予相应的配套奖补。”（第19条：市(州)、县政府在资金投入方面全力支持。）
 * <p>
 * A city or zone defines its own line on top of a provincial line: a rate of the provincial amount
 * (rounded half-up to the fen) or a fixed amount, paid by itself. It applies to an ELIGIBLE
 * provincial finding with a set amount whose beneficiary's zone (enclave parks count as the parent)
 * is the owner zone or lies in the owner city, on the event date, within the line's validity.
 */
public final class MatchingAward implements Rule<Fact> {

    public static final String TEXT = "鼓励各市(州)和高新区在省级奖补的基础上给予相应的配套奖补。";

    /**
     * A matching line as data.
     *
     * @param code      e.g. "lanzhou-city:NEW_HIGH_TECH_ENTERPRISE"
     * @param owner     the city or zone code that defines and pays it
     * @param ownerKind CITY or ZONE
     * @param baseLine  the provincial line it matches
     * @param rate      rate of the provincial amount, or null
     * @param amountFen fixed amount, or {@link Fen#NONE}
     * @param capFen    the most one matching award on the line pays, or {@link Fen#NONE}
     */
    public record Line(String code, String owner, String ownerKind, AwardLine baseLine, BigDecimal rate, long amountFen,
            LocalDate validFrom, LocalDate validTo, String note, String version, long capFen) {

        public Line(String code, String owner, String ownerKind, AwardLine baseLine, BigDecimal rate, long amountFen,
                LocalDate validFrom, LocalDate validTo, String note, String version) {
            this(code, owner, ownerKind, baseLine, rate, amountFen, validFrom, validTo, note, version, Fen.NONE);
        }

        public boolean covers(Finding provincial) {
            ZoneStanding s = provincial.standing();
            LocalDate d = provincial.fact().date();
            if (provincial.line() != baseLine || (validFrom != null && d.isBefore(validFrom))
                    || (validTo != null && d.isAfter(validTo))) {
                return false;
            }
            if ("ZONE".equals(ownerKind)) {
                return owner.equals(s == null ? provincial.beneficiary() : s.policyZone());
            }
            return s != null && owner.equals(s.city());
        }
    }

    @Override
    public String clause() {
        return "10";
    }

    @Override
    public String text() {
        return TEXT;
    }

    @Override
    public FactType factType() {
        return null;
    }

    @Override
    public AwardLine lineFor(Fact fact) {
        return null;
    }

    @Override
    public Finding assess(Fact fact, Terms terms, ZoneStanding standing) {
        throw new UnsupportedOperationException("配套奖补由省级奖补结果派生");
    }

    /** The matching finding for an ELIGIBLE provincial finding that the line covers. */
    public Finding assess(Finding provincial, Line line) {
        Terms base = provincial.terms();
        long amount;
        String approvals = "ZONE".equals(line.ownerKind()) ? "ZONE_OFFICER" : "CITY_OFFICER";
        BigDecimal rate = line.rate();
        if (rate != null && rate.scale() < 0) {
            rate = rate.setScale(0); // 1E+1 (1000 %) is ten, not one: never drop the exponent
        }
        long unscaled = 0;
        long divisor = 1;
        if (rate != null) {
            unscaled = rate.unscaledValue().longValueExact();
            divisor = BigDecimal.TEN.pow(Math.max(rate.scale(), 0)).longValueExact();
            amount = Fen.times(provincial.amountFen(), unscaled, divisor);
        } else {
            amount = line.amountFen();
        }
        AmountType type = AmountType.FIXED;
        if (line.capFen() != Fen.NONE && amount > line.capFen()) {
            amount = line.capFen();
            type = AmountType.CAPPED;
        }
        Terms t = new Terms(provincial.line(), TEXT, amount, type, rate, unscaled, divisor, Fen.NONE, line.capFen(),
                line.owner(), base.payableYearOffset(), List.of(approvals), Set.of(), OncePer.BENEFICIARY, line.version(), 0);
        return new Finding(provincial.fact(), this, Outcome.ELIGIBLE, provincial.line(), provincial.beneficiary(), amount,
                type, provincial.payableYear(), t, cn.gov.gansu.gaoxin.policy.rules.Why.ELIGIBLE, line.code(),
                provincial.standing());
    }

    @Override
    public String reason(Finding f) {
        return "不符合配套奖补条件";
    }

    @Override
    public String arithmetic(Finding f) {
        Terms t = f.terms();
        String head = "“" + t.payer() + "”配套奖补（" + f.detail() + "），在省级“" + f.line().chineseName() + "”基础上";
        String cap = f.amountType() == AmountType.CAPPED ? "超过本配套项目单项上限，按上限" + Fen.text(t.capFen()) + "元给予。" : "";
        if (t.rate() != null) {
            return head + "按省级奖补金额的" + t.ratePercent() + "给予：省级金额 × " + t.ratePercent() + (cap.isEmpty() ? " = "
                    + Fen.text(f.amountFen()) + "元（四舍五入到分）。" : "；" + cap);
        }
        return head + (cap.isEmpty() ? "给予固定金额" + Fen.text(f.amountFen()) + "元。" : cap);
    }
}
