-- (numbered before the hash chain of 8.0/8.1: the chain covers this column, so it exists before existing rows are chained)
-- 退回修改 (issue 9): a RETURNED event names the role the case went back to (or ENTERPRISE: back to
-- the beneficiary's confirmation). A decision of that role taken before the return is superseded:
-- its maker may take the step again (it is the same step redone, not a second step, contracts §8).
ALTER TABLE award_event ADD COLUMN returned_to VARCHAR(30);
