-- issue 9 item 6: Chinese names sorted by pinyin across pages. name_sort is shared.NameSortKey of the name
-- (hex of the zh-CN collator's primary key: byte order = pinyin order), written by the registry on every write
-- and by the bulk loaders; rows written otherwise (older rows, plain SQL) have NULL until the background backfill
-- after start-up keys them. Lists order by name_sort NULLS LAST, name, id.
ALTER TABLE enterprise ADD COLUMN name_sort VARCHAR(1000);
CREATE INDEX enterprise_name_sort ON enterprise (name_sort, name, uscc);
ALTER TABLE innovation_platform ADD COLUMN name_sort VARCHAR(1000);
CREATE INDEX innovation_platform_name_sort ON innovation_platform (name_sort, name, id);
