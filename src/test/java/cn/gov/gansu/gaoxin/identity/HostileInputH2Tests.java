package cn.gov.gansu.gaoxin.identity;

/** {@link HostileInputContract} on the embedded H2 (PostgreSQL mode). */
class HostileInputH2Tests extends HostileInputContract {
}
