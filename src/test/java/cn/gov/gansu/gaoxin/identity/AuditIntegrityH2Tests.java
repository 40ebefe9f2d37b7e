package cn.gov.gansu.gaoxin.identity;

/** The append-only, hash-chained tables on H2 (Java triggers, dropped and re-created to tamper). */
class AuditIntegrityH2Tests extends AuditIntegrityContract {

    @Override
    protected void bypassingTriggers(String table, Runnable change) {
        jdbc.sql("DROP TRIGGER " + table + "_append_only").update();
        try {
            change.run();
        } finally {
            jdbc.sql("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE, DELETE ON " + table
                    + " FOR EACH ROW CALL \"cn.gov.gansu.gaoxin.shared.AppendOnlyH2Trigger\"").update();
        }
    }
}
