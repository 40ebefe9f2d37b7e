package cn.gov.gansu.gaoxin.security;

/** {@link SensitiveFieldsContract} on the embedded H2 (PostgreSQL mode). */
class SensitiveFieldsH2Tests extends SensitiveFieldsContract {
}
