/**
 * 企业创新积分制与梯次培育 (clause 10): innovation points per enterprise and year computed from the
 * registry by a data catalogue (contracts §14), zone rankings and candidates, the ladder tech SME →
 * provincial innovative enterprise → HNTE → tech leader, the HNTE readiness check, 倍增计划 targets with
 * progress, listings and tax incentives per zone. Uses
 * enterprise, zone, identity and shared.
 */
package cn.gov.gansu.gaoxin.innovation;
