-- talent2: a talent record may name the carrier it works in (an innovation_platform id of module
-- platform: 院士工作站, 博士后科研工作站, 校企联合人才培养平台); a station's team is the records that name
-- it. carrier_kind is the carrier's kind when recorded (a platform's kind never changes), so the
-- per-zone counts need not read the platform module's table.
ALTER TABLE talent_record ADD COLUMN carrier_id BIGINT;
ALTER TABLE talent_record ADD COLUMN carrier_kind VARCHAR(40);
CREATE INDEX talent_record_carrier ON talent_record (carrier_id);
CREATE INDEX talent_record_key ON talent_record (zone_code, kind, name, started_on);
CREATE INDEX shared_instrument_key ON shared_instrument (zone_code, owner_name, name);
