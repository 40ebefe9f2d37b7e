package cn.gov.gansu.gaoxin.identity;

import cn.gov.gansu.gaoxin.support.OnPostgres;

/** The append-only, hash-chained tables on PostgreSQL (plpgsql triggers, disabled by the owner to tamper). */
@OnPostgres
class AuditIntegrityPostgresTests extends AuditIntegrityContract {

    @Override
    protected void bypassingTriggers(String table, Runnable change) {
        jdbc.sql("ALTER TABLE " + table + " DISABLE TRIGGER USER").update();
        try {
            change.run();
        } finally {
            jdbc.sql("ALTER TABLE " + table + " ENABLE TRIGGER USER").update();
        }
    }
}
