-- several instances (issue 14 item 5, docs/operations.md): the fingerprint of every field-encryption key an
-- instance has used (shared.FieldKeyCheck). An instance started with a different key under the same id (e.g. a
-- key file generated on its own machine) refuses to start instead of writing bank accounts the others cannot read.
CREATE TABLE field_key_check (
    key_id      VARCHAR(64) PRIMARY KEY,
    fingerprint VARCHAR(64) NOT NULL,
    first_seen  TIMESTAMP   NOT NULL
);
