/**
 * 高新区发展记录: what zones record under clauses 12 and 14–18 — industrial chains with their chain
 * leaders, key enterprises and gaps, 两链融合 projects and direct recommendations; transformation and
 * investment projects; cooperation with eastern regions and partner parks; offshore and overseas
 * centres; governance (management system, 权责/负面/问责 lists); technology finance. Scoped CRUD, an
 * Excel import, the zones' direct recommendations with the department's decisions, and a clause report. Uses zone, identity and shared.
 */
package cn.gov.gansu.gaoxin.industry;
