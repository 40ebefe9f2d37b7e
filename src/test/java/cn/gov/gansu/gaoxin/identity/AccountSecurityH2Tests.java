package cn.gov.gansu.gaoxin.identity;

/** {@link AccountSecurityContract} on the embedded H2 (PostgreSQL mode). */
class AccountSecurityH2Tests extends AccountSecurityContract {
}
