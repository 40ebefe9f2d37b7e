package cn.gov.gansu.gaoxin.security;

/** {@link HostileJsonFuzzContract} on the embedded H2 (PostgreSQL mode). */
class HostileJsonFuzzH2Tests extends HostileJsonFuzzContract {
}
