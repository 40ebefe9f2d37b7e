package cn.gov.gansu.gaoxin.identity;

/** Sign-in and users on H2. */
class IdentityApiH2Tests extends IdentityApiContract {
}
