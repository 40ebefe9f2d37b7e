package cn.gov.gansu.gaoxin.enterprise;

class RegistryScopeDenialH2Tests extends RegistryScopeDenialContract {
}
