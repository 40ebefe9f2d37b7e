/**
 * 数据导入: Excel import of enterprises, qualifications (official recognition lists), annual statistics,
 * platforms, national projects, talent records, shared instruments (contracts §9) and technology achievements and demands
 * (clause 6), tax incentives (clause 10) — templates, asynchronous streaming jobs with progress, all-or-nothing or valid-rows-only, and the validation
 * report. Writes only through the public APIs of enterprise, platform, talent, instruments, transfer and innovation (so every row is
 * audited and publishes the usual events); uses zone, identity
 * and shared.
 */
package cn.gov.gansu.gaoxin.imports;
