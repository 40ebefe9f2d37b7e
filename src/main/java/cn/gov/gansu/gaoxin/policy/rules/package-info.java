/**
 * The vocabulary of the policy rules: facts, award lines, resolved terms (parameters in force on a
 * date), zone standing and findings with their trace. Plain Java: no Spring, no persistence.
 */
package cn.gov.gansu.gaoxin.policy.rules;
