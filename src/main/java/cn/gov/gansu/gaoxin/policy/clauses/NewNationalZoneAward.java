package cn.gov.gansu.gaoxin.policy.clauses;

import cn.gov.gansu.gaoxin.policy.rules.AmountType;
import cn.gov.gansu.gaoxin.policy.rules.AwardLine;
import cn.gov.gansu.gaoxin.policy.rules.Fact;
import cn.gov.gansu.gaoxin.policy.rules.FactType;
import cn.gov.gansu.gaoxin.policy.rules.Fen;
import cn.gov.gansu.gaoxin.policy.rules.Finding;
import cn.gov.gansu.gaoxin.policy.rules.Rule;
import cn.gov.gansu.gaoxin.policy.rules.Terms;
import cn.gov.gansu.gaoxin.policy.rules.ZoneStanding;

/**
 * 第1条 推动创建国家高新区：“对新获批的国家高新区，由省科技厅会同高新区所在市(州)政府，商省财政厅，采取‘一事一议’方式，
 * 报请省政府审议后，于下年度由省级财政一次性给予不少于5000万元奖励。”
 * <p>
 * The amount is a floor (MINIMUM): the case-by-case decision fixes the final amount, never below it.
 * Payable 下年度 (the year after approval, SPEC reading 3); once per zone, ever.
 */
public final class NewNationalZoneAward implements Rule<Fact.ZoneApprovedNational> {

    public static final String TEXT = "对新获批的国家高新区，由省科技厅会同高新区所在市(州)政府，商省财政厅，采取“一事一议”方式，"
            + "报请省政府审议后，于下年度由省级财政一次性给予不少于5000万元奖励。";

    @Override
    public String clause() {
        return "1";
    }

    @Override
    public String text() {
        return TEXT;
    }

    @Override
    public FactType factType() {
        return FactType.ZONE_APPROVED_NATIONAL;
    }

    @Override
    public AwardLine lineFor(Fact.ZoneApprovedNational fact) {
        return AwardLine.NEW_NATIONAL_ZONE;
    }

    @Override
    public Finding assess(Fact.ZoneApprovedNational fact, Terms terms, ZoneStanding standing) {
        if (fact.zone() == null) {
            return Finding.unknown(fact, this, terms.line(), null, terms, "zone（获批的高新区）", standing);
        }
        AmountType type = terms.amountSet() ? AmountType.MINIMUM : AmountType.TO_BE_DECIDED;
        return Finding.eligible(fact, this, terms.line(), fact.zone(), terms.amountFen(), type, terms, standing);
    }

    @Override
    public String reason(Finding f) {
        return "不符合第1条";
    }

    @Override
    public String arithmetic(Finding f) {
        if (!f.terms().amountSet()) {
            return "高新区“" + f.beneficiary() + "”于" + f.fact().date() + "新获批国家高新区；奖励金额未设定，由一事一议确定。";
        }
        return "高新区“" + f.beneficiary() + "”于" + f.fact().date() + "新获批国家高新区，一次性奖励不少于"
                + Fen.wan(f.amountFen()) + "（" + Fen.text(f.amountFen()) + "元，下限；最终金额由一事一议确定，不低于该下限）。";
    }
}
