-- audit (PostgreSQL): audit_log, award_event and budget_ledger refuse UPDATE, DELETE and TRUNCATE.
-- The H2 twin of this migration is db/vendor/h2/V8_2__append_only_triggers.sql.
CREATE FUNCTION refuse_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '表 % 只允许追加：不能修改或删除已有记录（%）', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'P0001';
END;
$$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER award_event_append_only BEFORE UPDATE OR DELETE ON award_event
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER award_event_no_truncate BEFORE TRUNCATE ON award_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER budget_ledger_append_only BEFORE UPDATE OR DELETE ON budget_ledger
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER budget_ledger_no_truncate BEFORE TRUNCATE ON budget_ledger
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();
