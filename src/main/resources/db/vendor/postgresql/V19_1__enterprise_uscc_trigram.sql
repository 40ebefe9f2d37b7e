-- scale (issue 14 item 4, PostgreSQL only): a USCC fragment (`uscc LIKE '%…%'`, terms of 3+ characters of
-- [0-9A-Z]) served by a trigram index on the code as text; the registry writes the condition as
-- CAST(e.uscc AS VARCHAR(18)) so that it matches this expression (a portable cast: H2 runs the same SQL).
-- pg_trgm was created by V16_0.
CREATE INDEX enterprise_uscc_trgm ON enterprise USING gin ((CAST(uscc AS VARCHAR(18))) gin_trgm_ops);
