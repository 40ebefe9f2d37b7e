/**
 * 创新平台: the registry of innovation carriers in the zones (clauses 3, 4, 6, 7, 8, 11) — incubators, maker
 * spaces, university science parks, new-type R&D institutes, provincial-or-higher innovation
 * platforms, academician workstations, postdoc stations, technology-transfer institutions, 科教资源聚集区,
 * 创新港 and school–enterprise joint training platforms —
 * with level, leading industry served and recognition date; publishes
 * {@link cn.gov.gansu.gaoxin.platform.PlatformRecognised} and answers counts for evaluation. Uses
 * zone (existence and data scope), identity and shared.
 */
package cn.gov.gansu.gaoxin.platform;
