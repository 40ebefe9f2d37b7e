-- talent-edit: a record entered by mistake is withdrawn (撤销) with a reason, never deleted; a
-- withdrawn record leaves lists, counts, exports and clause reports and cannot be changed.
ALTER TABLE talent_record ADD COLUMN withdrawn_at TIMESTAMP;
ALTER TABLE talent_record ADD COLUMN withdrawn_by VARCHAR(64);
ALTER TABLE talent_record ADD COLUMN withdrawal_reason VARCHAR(500);
