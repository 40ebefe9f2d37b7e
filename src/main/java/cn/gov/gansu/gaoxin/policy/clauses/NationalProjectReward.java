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
 * 第5条 加强关键核心技术攻关：“对高新区内获得国家科技重大专项和国家重点研发计划项目的单位，其项目(课题)资金额度300万元以上
 * 在甘落地的，按10%给予奖励，最高额度可达300万元。”
 * <p>
 * 以上 includes the threshold (SPEC reading 1); the reward is rounded half-up to the fen (reading 2);
 * CAPPED when the cap binds: when the exact (unrounded) reward exceeds it. Per project (课题): a unit may be rewarded for each of its projects.
 * The unit must be in a zone on the date (an enclave park counts as its parent; reading 6). Missing
 * landed funding, programme or zone is UNKNOWN, never zero or "another programme" (reading 8).
 */
public final class NationalProjectReward implements Rule<Fact.NationalProjectWon> {

    public static final String TEXT = "对高新区内获得国家科技重大专项和国家重点研发计划项目的单位，其项目(课题)资金额度300万元以上在甘落地的，"
            + "按10%给予奖励，最高额度可达300万元。";

    @Override
    public String clause() {
        return "5";
    }

    @Override
    public String text() {
        return TEXT;
    }

    @Override
    public FactType factType() {
        return FactType.NATIONAL_PROJECT_WON;
    }

    @Override
    public AwardLine lineFor(Fact.NationalProjectWon fact) {
        return AwardLine.NATIONAL_PROJECT;
    }

    @Override
    public Finding assess(Fact.NationalProjectWon fact, Terms terms, ZoneStanding standing) {
        AwardLine line = terms.line();
        if (standing != null && standing.outside()) {
            return Finding.ineligible(fact, this, line, fact.unit(), terms, Why.OUTSIDE_ZONES, standing.reason(), standing);
        }
        if (fact.programme() != null && !terms.covers(fact.programme())) {
            return Finding.ineligible(fact, this, line, fact.unit(), terms, Why.PROGRAMME_NOT_COVERED, fact.programmeText(),
                    standing);
        }
        if (fact.unit() == null) {
            return Finding.unknown(fact, this, line, null, terms, "unit（获得项目的单位）", standing);
        }
        if (fact.programme() == null) {
            return Finding.unknown(fact, this, line, fact.unit(), terms,
                    "programme（项目所属计划：MAJOR_SPECIAL 国家科技重大专项或 KEY_RD 国家重点研发计划）", standing);
        }
        if (standing != null && standing.unknown()) {
            return Finding.unknown(fact, this, line, fact.unit(), terms, standing.missing(), standing);
        }
        if (!fact.fundingKnown()) {
            return Finding.unknown(fact, this, line, fact.unit(), terms, "fundingLandedYuan（在甘落地资金）", standing);
        }
        long landed = fact.fundingLandedFen();
        if (landed < terms.thresholdFen()) {
            return Finding.ineligible(fact, this, line, fact.unit(), terms, Why.BELOW_THRESHOLD, null, standing);
        }
        if (terms.capFen() != Fen.NONE && Fen.exceeds(landed, terms.rateUnscaled(), terms.rateDivisor(), terms.capFen())) {
            return Finding.eligible(fact, this, line, fact.unit(), terms.capFen(), AmountType.CAPPED, terms, standing);
        }
        long reward = Fen.times(landed, terms.rateUnscaled(), terms.rateDivisor());
        return Finding.eligible(fact, this, line, fact.unit(), reward, AmountType.FIXED, terms, standing);
    }

    @Override
    public String reason(Finding f) {
        Terms t = f.terms();
        Fact.NationalProjectWon fact = (Fact.NationalProjectWon) f.fact();
        return switch (f.why()) {
            case PROGRAMME_NOT_COVERED -> "项目所属计划“" + f.detail() + "”不是国家科技重大专项（MAJOR_SPECIAL）或国家重点研发计划（KEY_RD），"
                    + "不在第5条奖励范围；属于上述两类计划的项目方可获得奖励";
            case BELOW_THRESHOLD -> "在甘落地资金" + Fen.text(fact.fundingLandedFen()) + "元，不足" + Fen.wan(t.thresholdFen())
                    + "（" + Fen.text(t.thresholdFen()) + "元）；落地资金达到" + Fen.wan(t.thresholdFen()) + "即可获得"
                    + t.ratePercent() + "奖励";
            default -> "不符合第5条";
        };
    }

    @Override
    public String arithmetic(Finding f) {
        Terms t = f.terms();
        Fact.NationalProjectWon fact = (Fact.NationalProjectWon) f.fact();
        long raw = Fen.times(fact.fundingLandedFen(), t.rateUnscaled(), t.rateDivisor());
        String s = fact.programme().chineseName() + "项目（课题）" + (fact.project() == null ? "" : fact.project())
                + "在甘落地资金" + Fen.text(fact.fundingLandedFen()) + "元，不低于" + Fen.text(t.thresholdFen()) + "元；"
                + Fen.text(fact.fundingLandedFen()) + " × " + t.ratePercent() + " = " + Fen.text(raw) + "元（四舍五入到分）";
        if (f.amountType() == AmountType.CAPPED) {
            return s + "，按精确值超过最高额度" + Fen.text(t.capFen()) + "元，按最高额度" + Fen.text(f.amountFen()) + "元奖励。";
        }
        return s + "，未超过最高额度" + Fen.text(t.capFen()) + "元，奖励" + Fen.text(f.amountFen()) + "元。";
    }
}
