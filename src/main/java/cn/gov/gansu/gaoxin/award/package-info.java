/**
 * 奖补: award cases from entitlements, decisions, budgets and the payment ledger; uses policy
 * (EntitlementOffered), zone (scope), identity, shared.
 */
package cn.gov.gansu.gaoxin.award;
