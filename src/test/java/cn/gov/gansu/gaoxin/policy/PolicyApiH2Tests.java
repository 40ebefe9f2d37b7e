package cn.gov.gansu.gaoxin.policy;

/** The policy API on H2. */
class PolicyApiH2Tests extends PolicyApiContract {
}
