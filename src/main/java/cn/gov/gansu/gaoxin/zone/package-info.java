/**
 * 高新区: the zone registry — cities, zones, their level and lifecycle (PROVINCIAL →
 * NATIONAL_CANDIDATE → NATIONAL, REVOKED) as dated history, leading and focus industries,
 * enclave and partner parks — and the zone part of every user's data scope. Publishes
 * {@link cn.gov.gansu.gaoxin.zone.ZoneRecognised} and the other zone events. Uses identity and shared.
 */
package cn.gov.gansu.gaoxin.zone;
