/**
 * 奖补: award cases from entitlements, decisions, budgets and the payment ledger; uses policy
 * (EntitlementOffered, EntitlementsOffered), enterprise (QualificationVerified: 已核验 facts), zone (scope), identity, shared.
 */
package cn.gov.gansu.gaoxin.award;
