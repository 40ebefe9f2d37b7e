package cn.gov.gansu.gaoxin.shared;

class ClusterLockH2Tests extends ClusterLockContract {
}
