/**
 * 政策规则: rules as code — the policy engine, dated parameters with their clauses, findings with
 * Chinese explanations, proactive delivery (免申即享) of entitlements from registry events, matching
 * awards and what-if. Publishes {@link cn.gov.gansu.gaoxin.policy.EntitlementOffered} (one, after commit) and
 * {@link cn.gov.gansu.gaoxin.policy.EntitlementsOffered} (a re-scan's set, inside its transaction). Uses zone,
 * enterprise, identity and shared.
 */
package cn.gov.gansu.gaoxin.policy;
