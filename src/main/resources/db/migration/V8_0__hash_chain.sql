-- audit: the append-only tables (audit_log, award_event, budget_ledger) become a hash chain each.
-- chain_seq = the row's place in its table's chain; hash = SHA-256 over the previous row's hash, the
-- place and the row's content (computed by the platform, shared.HashChain). 8.1 (Java) chains the rows
-- already there; 8.2 (db/vendor/{h2,postgresql}) adds the triggers that refuse UPDATE and DELETE.
ALTER TABLE audit_log ADD COLUMN chain_seq BIGINT;
ALTER TABLE audit_log ADD COLUMN hash VARCHAR(64);
ALTER TABLE award_event ADD COLUMN chain_seq BIGINT;
ALTER TABLE award_event ADD COLUMN hash VARCHAR(64);
ALTER TABLE budget_ledger ADD COLUMN chain_seq BIGINT;
ALTER TABLE budget_ledger ADD COLUMN hash VARCHAR(64);
CREATE UNIQUE INDEX audit_log_chain ON audit_log (chain_seq);
CREATE UNIQUE INDEX award_event_chain ON award_event (chain_seq);
CREATE UNIQUE INDEX budget_ledger_chain ON budget_ledger (chain_seq);

-- The last place and hash of each chain; an append locks these rows (SELECT … FOR UPDATE).
CREATE TABLE hash_chain_head (
    table_name VARCHAR(64) PRIMARY KEY,
    last_seq   BIGINT      NOT NULL,
    last_hash  VARCHAR(64) NOT NULL
);
