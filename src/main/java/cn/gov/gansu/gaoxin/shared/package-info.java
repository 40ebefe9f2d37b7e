/**
 * Tiny value types every module may use — {@link cn.gov.gansu.gaoxin.shared.Money} (元, exact),
 * {@link cn.gov.gansu.gaoxin.shared.Uscc} (统一社会信用代码) — the problem-detail errors, the
 * cluster lock for scheduled jobs, and the SHA-256 hash chain of the append-only tables
 * ({@link cn.gov.gansu.gaoxin.shared.HashChain}). Depends on nothing else of the platform.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.gov.gansu.gaoxin.shared;
