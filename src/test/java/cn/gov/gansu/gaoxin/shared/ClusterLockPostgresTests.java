package cn.gov.gansu.gaoxin.shared;

import cn.gov.gansu.gaoxin.support.OnPostgres;

@OnPostgres
class ClusterLockPostgresTests extends ClusterLockContract {
}
