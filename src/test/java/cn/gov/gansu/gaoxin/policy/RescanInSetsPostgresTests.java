package cn.gov.gansu.gaoxin.policy;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** The re-scan in sets on a real PostgreSQL. */
@OnPostgres
class RescanInSetsPostgresTests extends RescanInSetsContract {

    @Override
    protected void tablesChangedInBulk(String... tables) {
        jdbc.sql("ANALYZE " + String.join(", ", tables)).update();
    }
}
