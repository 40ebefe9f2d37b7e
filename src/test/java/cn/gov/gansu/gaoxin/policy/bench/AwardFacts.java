package cn.gov.gansu.gaoxin.policy.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

import cn.gov.gansu.gaoxin.policy.engine.CompiledPolicy;
import cn.gov.gansu.gaoxin.policy.engine.ParameterCatalogue;
import cn.gov.gansu.gaoxin.policy.engine.PolicyEngine;
import cn.gov.gansu.gaoxin.policy.rules.AmountType;
import cn.gov.gansu.gaoxin.policy.rules.Fact;
import cn.gov.gansu.gaoxin.policy.rules.Fen;
import cn.gov.gansu.gaoxin.policy.rules.Finding;
import cn.gov.gansu.gaoxin.policy.rules.ZoneStanding;

/**
 * The fixed, seeded fact mix of {@code /work/shared/bench/award-facts.md}: independent single-fact
 * cases, each with its own beneficiary, dated 2025-06-01, in a zone or not, with the same award
 * already granted or not; and the checksum any engine doing the same work must reproduce.
 */
public final class AwardFacts {

    static final LocalDate DATE = LocalDate.of(2025, 6, 1);
    static final ZoneStanding IN_ZONE = ZoneStanding.in("lanzhou", "lanzhou", "lanzhou-city");
    static final ZoneStanding NO_ZONE = ZoneStanding.none(null, "该单位在事件日期不在任何高新区内");
    static final String GRANTED = "基准测试：同一奖励已发放";

    /** One case: a fact, where its unit stands, and whether the same award was already granted. */
    public record Case(Fact fact, ZoneStanding standing, String granted) {
    }

    private AwardFacts() {
    }

    public static Case[] generate(long seed, int n) {
        Random r = new Random(seed);
        Case[] cases = new Case[n];
        for (int i = 0; i < n; i++) {
            String beneficiary = "B" + i;
            String id = "f" + i;
            double u = r.nextDouble();
            Fact fact;
            if (u < 0.40) {
                double q = r.nextDouble();
                Fact.Qualification qual = q < 0.50 ? Fact.Qualification.HIGH_TECH_ENTERPRISE
                        : q < 0.80 ? Fact.Qualification.PROVINCIAL_INNOVATIVE_ENTERPRISE : Fact.Qualification.TECH_SME;
                double rr = r.nextDouble();
                Fact.Recognition rec = rr < 0.80 ? Fact.Recognition.FIRST : rr < 0.95 ? Fact.Recognition.RENEWAL
                        : Fact.Recognition.TRANSFERRED_IN;
                fact = new Fact.QualificationRecognised(id, beneficiary, "lanzhou", qual, rec, DATE);
            } else if (u < 0.80) {
                double p = r.nextDouble();
                String programme = p < 0.45 ? "KEY_RD" : p < 0.90 ? "MAJOR_SPECIAL" : "OTHER";
                boolean missing = r.nextDouble() < 0.05;
                long fen = 0;
                if (!missing) {
                    fen = Fen.of(BigDecimal.valueOf((long) (r.nextDouble() * 5_000_000_001L), 2));
                }
                fact = new Fact.NationalProjectWon(id, beneficiary, "lanzhou", Fact.Programme.parse(programme), programme,
                        "P" + i, fen, !missing, DATE);
            } else {
                fact = new Fact.EnterpriseIntroduced(id, beneficiary, "lanzhou", Fact.Category.GAZELLE, DATE);
            }
            boolean inZone = r.nextDouble() < 0.95;
            boolean granted = r.nextDouble() < 0.05;
            cases[i] = new Case(fact, inZone ? IN_ZONE : NO_ZONE, granted ? GRANTED : null);
        }
        return cases;
    }

    /** The engine of {@code parameters.yaml}, as known now. */
    public static PolicyEngine engine() {
        try (InputStream in = AwardFacts.class.getResourceAsStream("/policy/gansu-2023/parameters.yaml")) {
            return new PolicyEngine(new CompiledPolicy(ParameterCatalogue.load(in), Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Outcome counts, exact amount sum (fen) and amount-type counts; mergeable across threads. */
    public static final class Checksum {
        long eligible;
        long ineligible;
        long unknown;
        long sumFen;
        long fixed;
        long capped;

        void add(Finding f) {
            if (f == null) {
                ineligible++;
                return;
            }
            switch (f.outcome()) {
                case ELIGIBLE -> {
                    eligible++;
                    if (f.amountFen() != Fen.NONE) {
                        sumFen += f.amountFen();
                    }
                    if (f.amountType() == AmountType.FIXED) {
                        fixed++;
                    } else if (f.amountType() == AmountType.CAPPED) {
                        capped++;
                    }
                }
                case INELIGIBLE -> ineligible++;
                case UNKNOWN -> unknown++;
            }
        }

        void merge(Checksum o) {
            eligible += o.eligible;
            ineligible += o.ineligible;
            unknown += o.unknown;
            sumFen += o.sumFen;
            fixed += o.fixed;
            capped += o.capped;
        }

        @Override
        public String toString() {
            return "ELIGIBLE=" + eligible + " INELIGIBLE=" + ineligible + " UNKNOWN=" + unknown + " amountSum="
                    + Fen.text(sumFen) + " (FIXED=" + fixed + " CAPPED=" + capped + ")";
        }
    }

    public static Checksum assess(PolicyEngine engine, Case[] cases, int from, int to) {
        Checksum c = new Checksum();
        for (int i = from; i < to; i++) {
            Case k = cases[i];
            c.add(engine.assessOne(k.fact(), k.standing(), k.granted()));
        }
        return c;
    }
}
