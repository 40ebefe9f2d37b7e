/**
 * 创新平台: the registry of innovation carriers in the zones (clauses 3, 4, 7, 11) — incubators, maker
 * spaces, university science parks, new-type R&D institutes, provincial-or-higher innovation
 * platforms, academician workstations, postdoc stations and technology-transfer institutions —
 * with level, leading industry served and recognition date; publishes
 * {@link cn.gov.gansu.gaoxin.platform.PlatformRecognised} and answers counts for evaluation. Uses
 * zone (existence and data scope), identity and shared.
 */
package cn.gov.gansu.gaoxin.platform;
