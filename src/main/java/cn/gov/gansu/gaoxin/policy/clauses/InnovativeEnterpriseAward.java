package cn.gov.gansu.gaoxin.policy.clauses;

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
 * 第10条 壮大科技创新型企业：“对新认定的高新技术企业、省级科技创新型企业分别给予一次性奖补20万元、5万元……对引入的独角兽企业、
 * 瞪羚企业优先给予省级科技计划项目支持，并一次性给予100万元奖补。”
 * <p>
 * Only a FIRST recognition is 新认定 (SPEC reading 5): a renewal (重新认定) or an HNTE transferred in
 * from another province earns nothing here. The enterprise must be in a zone on the date (reading 6).
 * Two facts feed this clause, hence two small rules: {@link #QUALIFICATION} and {@link #INTRODUCTION}.
 */
public final class InnovativeEnterpriseAward {

    public static final String TEXT = "对新认定的高新技术企业、省级科技创新型企业分别给予一次性奖补20万元、5万元……"
            + "对引入的独角兽企业、瞪羚企业优先给予省级科技计划项目支持，并一次性给予100万元奖补。";

    public static final Rule<Fact.QualificationRecognised> QUALIFICATION = new Qualified();
    public static final Rule<Fact.EnterpriseIntroduced> INTRODUCTION = new Introduced();

    private InnovativeEnterpriseAward() {
    }

    /** 新认定的高新技术企业 20万元 / 省级科技创新型企业 5万元. */
    static final class Qualified implements Rule<Fact.QualificationRecognised> {

        static final String TEXT = "对新认定的高新技术企业、省级科技创新型企业分别给予一次性奖补20万元、5万元";

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
            return FactType.QUALIFICATION_RECOGNISED;
        }

        @Override
        public AwardLine lineFor(Fact.QualificationRecognised fact) {
            if (fact.qualification() == null) {
                return null;
            }
            return switch (fact.qualification()) {
                case HIGH_TECH_ENTERPRISE -> AwardLine.NEW_HIGH_TECH_ENTERPRISE;
                case PROVINCIAL_INNOVATIVE_ENTERPRISE -> AwardLine.NEW_PROVINCIAL_INNOVATIVE_ENTERPRISE;
                default -> null;
            };
        }

        @Override
        public Finding assess(Fact.QualificationRecognised fact, Terms terms, ZoneStanding standing) {
            if (fact.qualification() == null) {
                return Finding.unknown(fact, this, null, fact.enterprise(), null, "qualification（资质类型）", standing);
            }
            if (terms == null) {
                return Finding.ineligible(fact, this, null, fact.enterprise(), null, Why.NOT_COVERED,
                        fact.qualification().chineseName(), standing);
            }
            AwardLine line = terms.line();
            if (standing != null && standing.outside()) {
                return Finding.ineligible(fact, this, line, fact.enterprise(), terms, Why.OUTSIDE_ZONES, standing.reason(),
                        standing);
            }
            if (fact.recognition() != null && fact.recognition() != Fact.Recognition.FIRST) {
                return Finding.ineligible(fact, this, line, fact.enterprise(), terms, Why.NOT_FIRST_RECOGNITION,
                        fact.recognition().chineseName(), standing);
            }
            if (fact.enterprise() == null) {
                return Finding.unknown(fact, this, line, null, terms, "enterprise（企业统一社会信用代码）", standing);
            }
            if (fact.recognition() == null) {
                return Finding.unknown(fact, this, line, fact.enterprise(), terms, "recognition（首次认定、重新认定或外省迁入）",
                        standing);
            }
            if (standing != null && standing.unknown()) {
                return Finding.unknown(fact, this, line, fact.enterprise(), terms, standing.missing(), standing);
            }
            return Finding.eligible(fact, this, line, fact.enterprise(), terms.amountFen(), terms.amountType(), terms,
                    standing);
        }

        @Override
        public String reason(Finding f) {
            return switch (f.why()) {
                case NOT_COVERED -> f.detail() + "认定不在第10条奖补范围（奖补仅限新认定的高新技术企业和省级科技创新型企业）";
                case NOT_FIRST_RECOGNITION -> "本次为" + f.detail() + "，不属于“新认定”（仅首次认定可获奖补；重新认定或外省迁入的高新技术企业计入统计但不奖补）";
                default -> "不符合第10条";
            };
        }

        @Override
        public String arithmetic(Finding f) {
            Fact.QualificationRecognised q = (Fact.QualificationRecognised) f.fact();
            return "企业“" + f.beneficiary() + "”于" + q.date() + "首次认定为" + q.qualification().chineseName() + "，位于高新区“"
                    + f.standing().zone() + "”" + (f.standing().zone().equals(f.standing().policyZone()) ? ""
                            : "（飞地园区，享受“" + f.standing().policyZone() + "”政策）")
                    + "，一次性奖补" + Fen.wan(f.amountFen()) + "（" + Fen.text(f.amountFen()) + "元）。";
        }
    }

    /** 引入的独角兽企业、瞪羚企业 100万元 and priority for provincial S&T plan projects. */
    static final class Introduced implements Rule<Fact.EnterpriseIntroduced> {

        static final String TEXT = "对引入的独角兽企业、瞪羚企业优先给予省级科技计划项目支持，并一次性给予100万元奖补";

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
            return FactType.ENTERPRISE_INTRODUCED;
        }

        @Override
        public AwardLine lineFor(Fact.EnterpriseIntroduced fact) {
            return AwardLine.INTRODUCED_UNICORN_OR_GAZELLE;
        }

        @Override
        public Finding assess(Fact.EnterpriseIntroduced fact, Terms terms, ZoneStanding standing) {
            AwardLine line = terms.line();
            if (standing != null && standing.outside()) {
                return Finding.ineligible(fact, this, line, fact.enterprise(), terms, Why.OUTSIDE_ZONES, standing.reason(),
                        standing);
            }
            if (fact.enterprise() == null) {
                return Finding.unknown(fact, this, line, null, terms, "enterprise（企业统一社会信用代码）", standing);
            }
            if (fact.category() == null) {
                return Finding.unknown(fact, this, line, fact.enterprise(), terms, "category（独角兽 UNICORN 或瞪羚 GAZELLE）",
                        standing);
            }
            if (standing != null && standing.unknown()) {
                return Finding.unknown(fact, this, line, fact.enterprise(), terms, standing.missing(), standing);
            }
            return Finding.eligible(fact, this, line, fact.enterprise(), terms.amountFen(), terms.amountType(), terms,
                    standing);
        }

        @Override
        public String reason(Finding f) {
            return "不符合第10条";
        }

        @Override
        public String arithmetic(Finding f) {
            Fact.EnterpriseIntroduced e = (Fact.EnterpriseIntroduced) f.fact();
            return "企业“" + f.beneficiary() + "”于" + e.date() + "作为" + e.category().chineseName() + "引入高新区“"
                    + f.standing().zone() + "”，一次性奖补" + Fen.wan(f.amountFen()) + "（" + Fen.text(f.amountFen())
                    + "元），并优先给予省级科技计划项目支持。";
        }
    }
}
