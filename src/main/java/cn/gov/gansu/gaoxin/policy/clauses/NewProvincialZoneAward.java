package cn.gov.gansu.gaoxin.policy.clauses;

import cn.gov.gansu.gaoxin.policy.rules.AmountType;
import cn.gov.gansu.gaoxin.policy.rules.AwardLine;
import cn.gov.gansu.gaoxin.policy.rules.Fact;
import cn.gov.gansu.gaoxin.policy.rules.FactType;
import cn.gov.gansu.gaoxin.policy.rules.Fen;
import cn.gov.gansu.gaoxin.policy.rules.Finding;
import cn.gov.gansu.gaoxin.policy.rules.Rule;
import cn.gov.gansu.gaoxin.policy.rules.Terms;
import cn.gov.gansu.gaoxin.policy.rules.Why;
import cn.gov.gansu.gaoxin.policy.rules.ZoneStanding;

/**
 * 第2条 布局建设一批省级高新区：“对新认定的省级高新区，由省科技厅于下年度一次性给予200万元奖励。”
 * <p>
 * Only a zone recognised at level PROVINCIAL is covered (a national approval is clause 1). Payable
 * 下年度; once per zone, ever.
 */
public final class NewProvincialZoneAward implements Rule<Fact.ZoneRecognised> {

    public static final String TEXT = "对新认定的省级高新区，由省科技厅于下年度一次性给予200万元奖励。";

    @Override
    public String clause() {
        return "2";
    }

    @Override
    public String text() {
        return TEXT;
    }

    @Override
    public FactType factType() {
        return FactType.ZONE_RECOGNISED;
    }

    @Override
    public AwardLine lineFor(Fact.ZoneRecognised fact) {
        return AwardLine.NEW_PROVINCIAL_ZONE;
    }

    @Override
    public Finding assess(Fact.ZoneRecognised fact, Terms terms, ZoneStanding standing) {
        if (fact.zone() == null) {
            return Finding.unknown(fact, this, terms.line(), null, terms, "zone（认定的高新区）", standing);
        }
        if (fact.level() == null) {
            return Finding.unknown(fact, this, terms.line(), fact.zone(), terms, "level（认定级别）", standing);
        }
        if (!"PROVINCIAL".equals(fact.level())) {
            return Finding.ineligible(fact, this, terms.line(), fact.zone(), terms, Why.NOT_COVERED, fact.level(), standing);
        }
        AmountType type = terms.amountSet() ? terms.amountType() : AmountType.TO_BE_DECIDED;
        return Finding.eligible(fact, this, terms.line(), fact.zone(), terms.amountFen(), type, terms, standing);
    }

    @Override
    public String reason(Finding f) {
        return "第2条仅奖励新认定的省级高新区，本事实的认定级别为“" + f.detail() + "”；国家高新区获批适用第1条（ZONE_APPROVED_NATIONAL）";
    }

    @Override
    public String arithmetic(Finding f) {
        if (!f.terms().amountSet()) {
            return "高新区“" + f.beneficiary() + "”于" + f.fact().date() + "新认定为省级高新区；奖励金额未设定，待定。";
        }
        return "高新区“" + f.beneficiary() + "”于" + f.fact().date() + "新认定为省级高新区，一次性奖励"
                + Fen.wan(f.amountFen()) + "（" + Fen.text(f.amountFen()) + "元）。";
    }
}
