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
 * 第20条 开展评价考核：“开展年度省级高新区发展评价工作，对排名靠前的省级高新区给予奖励……”
 * <p>
 * The text sets no amount: the amount is a parameter; while it is unset the finding is ELIGIBLE with
 * amount type TO_BE_DECIDED (decided case by case). Once per zone and evaluated year (a corrected,
 * republished evaluation never rewards a year twice). Standing is judged for the evaluated year: the
 * zone must have been a zone at the close of that year and still be one on the reward date (a revoked
 * zone is rewarded no more from its revocation date; a later reinstatement counts again). A fact
 * that does not say which year it evaluates is UNKNOWN, never the publication year.
 */
public final class EvaluationTopRankReward implements Rule<Fact.EvaluationRewarded> {

    public static final String TEXT = "开展年度省级高新区发展评价工作，对排名靠前的省级高新区给予奖励";

    @Override
    public String clause() {
        return "20";
    }

    @Override
    public String text() {
        return TEXT;
    }

    @Override
    public FactType factType() {
        return FactType.EVALUATION_REWARDED;
    }

    @Override
    public AwardLine lineFor(Fact.EvaluationRewarded fact) {
        return AwardLine.EVALUATION_TOP_RANK;
    }

    @Override
    public Finding assess(Fact.EvaluationRewarded fact, Terms terms, ZoneStanding standing) {
        if (fact.zone() == null) {
            return Finding.unknown(fact, this, terms.line(), null, terms, "zone（获奖的高新区）", standing);
        }
        if (standing != null && standing.outside()) {
            return Finding.ineligible(fact, this, terms.line(), fact.zone(), terms, Why.OUTSIDE_ZONES, standing.reason(),
                    standing);
        }
        if (fact.evaluationYear() == null) {
            return Finding.unknown(fact, this, terms.line(), fact.zone(), terms, "evaluationYear（评价年度：奖励的是哪一年度的评价）",
                    standing);
        }
        if (!terms.amountSet()) {
            return Finding.eligible(fact, this, terms.line(), fact.zone(), Fen.NONE, AmountType.TO_BE_DECIDED, terms,
                    standing);
        }
        return Finding.eligible(fact, this, terms.line(), fact.zone(), terms.amountFen(), terms.amountType(), terms,
                standing);
    }

    @Override
    public String reason(Finding f) {
        return "不符合第20条";
    }

    @Override
    public String arithmetic(Finding f) {
        Fact.EvaluationRewarded e = (Fact.EvaluationRewarded) f.fact();
        String s = "高新区“" + f.beneficiary() + "”在" + e.evaluationYear() + "年度省级高新区发展评价中"
                + (e.rank() > 0 ? "排名第" + e.rank() + "，" : "") + "属排名靠前，";
        if (!f.terms().amountSet()) {
            return s + "奖励金额参数未设定，金额待定（一事一议）。";
        }
        return s + "奖励" + Fen.wan(f.amountFen()) + "（" + Fen.text(f.amountFen()) + "元）。";
    }
}
