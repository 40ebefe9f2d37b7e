-- audit (H2): audit_log, award_event and budget_ledger refuse UPDATE and DELETE (a Java trigger).
-- The PostgreSQL twin of this migration is db/vendor/postgresql/V8_2__append_only_triggers.sql.
CREATE TRIGGER audit_log_append_only BEFORE UPDATE, DELETE ON audit_log FOR EACH ROW
    CALL "cn.gov.gansu.gaoxin.shared.AppendOnlyH2Trigger";
CREATE TRIGGER award_event_append_only BEFORE UPDATE, DELETE ON award_event FOR EACH ROW
    CALL "cn.gov.gansu.gaoxin.shared.AppendOnlyH2Trigger";
CREATE TRIGGER budget_ledger_append_only BEFORE UPDATE, DELETE ON budget_ledger FOR EACH ROW
    CALL "cn.gov.gansu.gaoxin.shared.AppendOnlyH2Trigger";
