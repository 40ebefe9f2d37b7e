package cn.gov.gansu.gaoxin.evaluation;

/** The registry indicators summed in the database equal the Java sums, on H2. */
class RegistryIndicatorsH2Tests extends RegistryIndicatorsContract {
}
