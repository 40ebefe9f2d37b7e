-- scale (issue 14 item 4, PostgreSQL only): enterprise name search for terms of ONE or TWO characters.
-- A trigram index (V16_0) cannot serve them (no trigram in the term), so each name's character pairs are kept
-- in enterprise_name_gram: for a name c1 c2 … cn the distinct substrings c1c2, c2c3, …, c(n-1)cn and the last
-- character cn alone. Then "name contains XY" ⇔ a gram = 'XY'. Every character of the name starts one gram, and
-- exactly one gram per distinct character of a name is marked `lead` (the one at the character's first position),
-- so "name contains X" ⇔ a lead gram with head X, one row per enterprise: the partial index (head, uscc) WHERE lead
-- answers a one-character term in USCC order and its count without a DISTINCT. Exact: no recheck of the name.
-- The grams are kept by statement-level triggers on enterprise, so every writer — the registry, the imports,
-- the demo seed, the bulk loaders and benches, a DBA's SQL — keeps them. COLLATE "C": grams compare by code
-- point, whatever the database's collation. H2 has no twin: its search path is unchanged.
CREATE TABLE enterprise_name_gram (
    gram TEXT COLLATE "C" NOT NULL,
    uscc CHAR(18)         NOT NULL,
    lead BOOLEAN          NOT NULL,
    head TEXT COLLATE "C" GENERATED ALWAYS AS (substr(gram, 1, 1)) STORED,
    PRIMARY KEY (gram, uscc)
);
CREATE INDEX enterprise_name_gram_uscc ON enterprise_name_gram (uscc);
CREATE INDEX enterprise_name_gram_head ON enterprise_name_gram (head, uscc) WHERE lead;

CREATE FUNCTION enterprise_name_grams(n TEXT) RETURNS TABLE (gram TEXT, lead BOOLEAN) LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT s.gram, bool_or(s.lead) FROM (
        SELECT substr(n, i, 2) AS gram, strpos(n, substr(n, i, 1)) = i AS lead FROM generate_series(1, char_length(n)) AS i
    ) s GROUP BY s.gram
$$;

CREATE FUNCTION enterprise_name_gram_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO enterprise_name_gram (gram, uscc, lead)
    SELECT g.gram, n.uscc, g.lead FROM new_rows n CROSS JOIN LATERAL enterprise_name_grams(n.name) AS g;
    RETURN NULL;
END $$;

CREATE FUNCTION enterprise_name_gram_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- only rows whose name (or key) changed: a zone move or a version bump leaves the grams alone
    DELETE FROM enterprise_name_gram WHERE uscc IN (
        SELECT o.uscc FROM old_rows o WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.uscc = o.uscc AND n.name = o.name));
    INSERT INTO enterprise_name_gram (gram, uscc, lead)
    SELECT g.gram, n.uscc, g.lead FROM new_rows n CROSS JOIN LATERAL enterprise_name_grams(n.name) AS g
    WHERE NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.uscc = n.uscc AND o.name = n.name);
    RETURN NULL;
END $$;

CREATE FUNCTION enterprise_name_gram_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM enterprise_name_gram WHERE uscc IN (SELECT o.uscc FROM old_rows o);
    RETURN NULL;
END $$;

CREATE TRIGGER enterprise_name_gram_insert AFTER INSERT ON enterprise
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION enterprise_name_gram_inserted();
CREATE TRIGGER enterprise_name_gram_update AFTER UPDATE ON enterprise
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION enterprise_name_gram_updated();
CREATE TRIGGER enterprise_name_gram_delete AFTER DELETE ON enterprise
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION enterprise_name_gram_deleted();

-- the enterprises registered before this migration
INSERT INTO enterprise_name_gram (gram, uscc, lead)
SELECT g.gram, e.uscc, g.lead FROM enterprise e CROSS JOIN LATERAL enterprise_name_grams(e.name) AS g;
