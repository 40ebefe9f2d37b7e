/**
 * 用户与权限: users with a role and a data scope, sign-in (form and HTTP Basic), sign-in protection,
 * the admin bootstrap, the append-only, hash-chained audit log and the verification of every chained
 * table ({@link cn.gov.gansu.gaoxin.identity.AuditIntegrity}). Depends only on {@code shared}; other modules
 * tell it which zones, cities and enterprises exist through {@link cn.gov.gansu.gaoxin.identity.ScopeTargetCheck}.
 */
package cn.gov.gansu.gaoxin.identity;
