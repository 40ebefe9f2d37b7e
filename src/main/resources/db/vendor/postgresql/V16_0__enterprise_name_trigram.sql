-- scale (issue 14 item 4, PostgreSQL only): enterprise name search `name LIKE '%…%'` served by a trigram index.
-- pg_trgm is a contrib extension shipped with PostgreSQL (also in the embedded zonky 17 binaries); the
-- database user needs CREATE on the database (or a DBA runs this line once) — see docs/performance.md.
-- Search terms of one or two characters yield no trigram: PostgreSQL then scans, as before (same results).
-- H2 has no twin of this migration: its search path is unchanged.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX enterprise_name_trgm ON enterprise USING gin (name gin_trgm_ops);
