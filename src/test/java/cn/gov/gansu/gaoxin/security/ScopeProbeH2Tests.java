package cn.gov.gansu.gaoxin.security;

/** {@link ScopeProbeContract} on the embedded H2 (PostgreSQL mode). */
class ScopeProbeH2Tests extends ScopeProbeContract {
}
