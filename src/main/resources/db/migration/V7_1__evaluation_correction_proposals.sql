-- evaluation (contracts §8): a zone officer's correction of its own indicator value is a proposal
-- (PENDING) until province staff accept it; only ACCEPTED corrections count.
ALTER TABLE evaluation_correction ADD COLUMN status VARCHAR(20) DEFAULT 'ACCEPTED' NOT NULL;
ALTER TABLE evaluation_correction ADD COLUMN decided_at TIMESTAMP;
ALTER TABLE evaluation_correction ADD COLUMN decided_by VARCHAR(64);
ALTER TABLE evaluation_correction ADD COLUMN decision_comment VARCHAR(500);
