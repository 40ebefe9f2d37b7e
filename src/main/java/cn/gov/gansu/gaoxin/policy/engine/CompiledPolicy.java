package cn.gov.gansu.gaoxin.policy.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.gov.gansu.gaoxin.policy.rules.AmountType;
import cn.gov.gansu.gaoxin.policy.rules.AwardLine;
import cn.gov.gansu.gaoxin.policy.rules.Fen;
import cn.gov.gansu.gaoxin.policy.rules.OncePer;
import cn.gov.gansu.gaoxin.policy.rules.Terms;

/**
 * The catalogue compiled for one knowledge instant: for each award line, the dates at which any of
 * its parameters changes and the {@link Terms} in force from each of them, so that finding the terms
 * of a fact is a short scan over a small array; no map or parsing per fact. The policy's own
 * effective date ({@code policy.effectiveFrom}) is a dated parameter like the others: each fact is
 * held against the version in force on its own date, as known at the knowledge instant.
 */
public final class CompiledPolicy {

    private final ParameterCatalogue catalogue;
    private final Instant asOf;
    private final String version;
    /** First days from which each version of {@code policy.effectiveFrom} is in force (ascending). */
    private final long[] effectiveStarts;
    /** The effective date (epoch day) in force from each start; {@link #NOT_IN_FORCE} when none is. */
    private final long[] effectiveDays;
    private static final long NOT_IN_FORCE = Long.MAX_VALUE;
    private final long[][] starts = new long[AwardLine.values().length][];
    private final Terms[][] terms = new Terms[AwardLine.values().length][];

    public CompiledPolicy(ParameterCatalogue catalogue, Instant asOf) {
        this.catalogue = catalogue;
        this.asOf = asOf;
        this.version = catalogue.versionLabel(asOf);
        ParameterCatalogue.Parameter eff = catalogue.parameter(ParameterCatalogue.EFFECTIVE_FROM);
        TreeSet<Long> breaks = new TreeSet<>();
        breaks.add(Long.MIN_VALUE);
        if (eff != null) {
            for (ParameterCatalogue.Version v : eff.versions()) {
                if (v.enteredAt().isAfter(asOf)) {
                    continue;
                }
                if (v.validFrom() != null) {
                    breaks.add(v.validFrom().toEpochDay());
                }
                if (v.validTo() != null) {
                    breaks.add(v.validTo().toEpochDay() + 1);
                }
            }
        }
        this.effectiveStarts = new long[breaks.size()];
        this.effectiveDays = new long[breaks.size()];
        int i = 0;
        for (long b : breaks) {
            effectiveStarts[i] = b;
            LocalDate d = b == Long.MIN_VALUE ? LocalDate.of(1900, 1, 1) : LocalDate.ofEpochDay(b);
            ParameterCatalogue.Version v = eff == null ? null : eff.inForce(d, asOf);
            effectiveDays[i] = v == null || v.value() == null ? NOT_IN_FORCE : LocalDate.parse(String.valueOf(v.value())).toEpochDay();
            i++;
        }
        for (AwardLine line : AwardLine.values()) {
            compile(line);
        }
    }

    public String version() {
        return version;
    }

    public Instant asOf() {
        return asOf;
    }

    public ParameterCatalogue catalogue() {
        return catalogue;
    }

    /** The policy's effective date in force today (as known at the knowledge instant), or null when none is. */
    public LocalDate effectiveFrom() {
        return effectiveFrom(LocalDate.now());
    }

    /**
     * The policy's effective date that applies to an event on {@code date}: the value of the version
     * of {@code policy.effectiveFrom} in force on that date, or null when no version is in force then.
     */
    public LocalDate effectiveFrom(LocalDate date) {
        long day = effectiveDay(date.toEpochDay());
        return day == NOT_IN_FORCE ? null : LocalDate.ofEpochDay(day);
    }

    /** Whether an event on {@code date} falls under the policy (on or after the effective date in force then). */
    public boolean inEffect(LocalDate date) {
        long day = date.toEpochDay();
        long eff = effectiveDay(day);
        return eff != NOT_IN_FORCE && day >= eff;
    }

    private long effectiveDay(long day) {
        for (int i = effectiveStarts.length - 1; i >= 0; i--) {
            if (effectiveStarts[i] <= day) {
                return effectiveDays[i];
            }
        }
        return NOT_IN_FORCE;
    }

    /** The terms of a line in force on a date, or null when none is. */
    public Terms terms(AwardLine line, LocalDate date) {
        long day = date.toEpochDay();
        long[] s = starts[line.ordinal()];
        for (int i = s.length - 1; i >= 0; i--) {
            if (s[i] <= day) {
                return terms[line.ordinal()][i];
            }
        }
        return null;
    }

    private void compile(AwardLine line) {
        TreeSet<Long> breaks = new TreeSet<>();
        breaks.add(Long.MIN_VALUE);
        for (String field : ParameterCatalogue.LINE_FIELDS) {
            ParameterCatalogue.Parameter p = catalogue.parameter(line.name() + "." + field);
            if (p == null) {
                continue;
            }
            for (ParameterCatalogue.Version v : p.versions()) {
                if (v.enteredAt().isAfter(asOf)) {
                    continue;
                }
                if (v.validFrom() != null) {
                    breaks.add(v.validFrom().toEpochDay());
                }
                if (v.validTo() != null) {
                    breaks.add(v.validTo().toEpochDay() + 1);
                }
            }
        }
        long[] s = new long[breaks.size()];
        Terms[] t = new Terms[breaks.size()];
        int i = 0;
        for (long b : breaks) {
            s[i] = b;
            LocalDate d = b == Long.MIN_VALUE ? LocalDate.of(1900, 1, 1) : LocalDate.ofEpochDay(b);
            t[i] = termsOn(line, d);
            i++;
        }
        starts[line.ordinal()] = s;
        terms[line.ordinal()] = t;
    }

    private Terms termsOn(AwardLine line, LocalDate date) {
        List<String> used = new ArrayList<>();
        String payer = (String) value(line, "payer", date, used);
        if (payer == null) {
            return null;
        }
        String amount = (String) value(line, "amountYuan", date, used);
        String amountType = (String) value(line, "amountType", date, used);
        String rateText = (String) value(line, "rate", date, used);
        String threshold = (String) value(line, "thresholdYuan", date, used);
        String cap = (String) value(line, "capYuan", date, used);
        String offset = (String) value(line, "payableYearOffset", date, used);
        @SuppressWarnings("unchecked")
        List<String> approvals = (List<String>) value(line, "approvals", date, used);
        @SuppressWarnings("unchecked")
        List<String> programmes = (List<String>) value(line, "programmes", date, used);
        String oncePer = (String) value(line, "oncePer", date, used);
        BigDecimal rate = rateText == null ? null : new BigDecimal(rateText);
        long rateUnscaled = 0;
        long rateDivisor = 1;
        if (rate != null) {
            BigDecimal r = rate.scale() < 0 ? rate.setScale(0) : rate;
            rateUnscaled = r.unscaledValue().longValueExact();
            rateDivisor = BigDecimal.TEN.pow(r.scale()).longValueExact();
        }
        Set<String> programmeSet = programmes == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(programmes));
        return new Terms(line, null, amount == null ? Fen.NONE : Fen.of(new BigDecimal(amount)),
                amountType == null ? AmountType.FIXED : AmountType.valueOf(amountType), rate, rateUnscaled, rateDivisor,
                threshold == null ? Fen.NONE : Fen.of(new BigDecimal(threshold)),
                cap == null ? Fen.NONE : Fen.of(new BigDecimal(cap)), payer, offset == null ? 0 : Integer.parseInt(offset),
                approvals == null ? List.of() : List.copyOf(approvals), programmeSet,
                oncePer == null ? OncePer.BENEFICIARY : OncePer.valueOf(oncePer), String.join("；", used),
                Terms.maskOf(programmeSet));
    }

    private Object value(AwardLine line, String field, LocalDate date, List<String> used) {
        ParameterCatalogue.Parameter p = catalogue.parameter(line.name() + "." + field);
        if (p == null) {
            return null;
        }
        ParameterCatalogue.Version v = p.inForce(date, asOf);
        if (v == null) {
            return null;
        }
        Object shown = v.value() instanceof List<?> l ? String.join("→", l.stream().map(String::valueOf).toList()) : v.value();
        used.add(p.name() + "=" + (shown == null ? "未设定" : shown) + "（" + v.label() + "）");
        return v.value();
    }
}
