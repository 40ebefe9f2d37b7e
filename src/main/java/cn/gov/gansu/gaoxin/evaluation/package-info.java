/**
 * 评价考核: the annual evaluation of provincial zones (clause 20) — indicator catalogue, indicators
 * computed from the registries, scoring, robustness, consequences and their workflow — and the
 * targets monitor (clauses 10–13). Publishes {@link cn.gov.gansu.gaoxin.evaluation.EvaluationPublished}.
 * Uses zone, enterprise, identity and shared; reaches the platform registry only through the port
 * {@link cn.gov.gansu.gaoxin.evaluation.PlatformCounts}.
 */
package cn.gov.gansu.gaoxin.evaluation;
