/**
 * The clauses as code: one small plain-Java class per clause, next to the quoted clause text. No
 * Spring, no persistence (an ArchUnit test keeps it so); numbers come from the dated terms.
 */
package cn.gov.gansu.gaoxin.policy.clauses;
