-- security (issue 8 item 5): bank accounts encrypted at rest (AES-GCM, shared.FieldCipher) need room; a keyed
-- fingerprint finds the same account used by two beneficiaries without revealing it.
ALTER TABLE award ALTER COLUMN bank_account SET DATA TYPE VARCHAR(200);
ALTER TABLE award ADD COLUMN bank_account_index VARCHAR(64);
CREATE INDEX award_bank_account_index ON award (bank_account_index);
