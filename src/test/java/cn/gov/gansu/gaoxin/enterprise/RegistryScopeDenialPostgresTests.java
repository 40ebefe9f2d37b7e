package cn.gov.gansu.gaoxin.enterprise;

import cn.gov.gansu.gaoxin.support.OnPostgres;

@OnPostgres
class RegistryScopeDenialPostgresTests extends RegistryScopeDenialContract {
}
