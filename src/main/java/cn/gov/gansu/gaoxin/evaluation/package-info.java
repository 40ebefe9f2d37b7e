/**
 * 评价考核: the annual evaluation of provincial zones (clause 20) — indicator catalogue, indicators
 * computed from the registries, scoring, robustness, consequences and their workflow — and the
 * targets monitor (clauses 10–12). Publishes {@link cn.gov.gansu.gaoxin.evaluation.EvaluationPublished}.
 * Uses zone, enterprise, platform, identity and shared.
 */
package cn.gov.gansu.gaoxin.evaluation;
