/**
 * 报告: a zone's year clause by clause (contracts §13), collected from every module's
 * {@link cn.gov.gansu.gaoxin.shared.ClauseReport}, and the province's annual report of its zones.
 * Reads others' public APIs; nothing depends on it. Uses zone, identity and shared.
 */
package cn.gov.gansu.gaoxin.reporting;
