-- talent2: an appointment (双聘, 旋转门), a programme membership or a team membership ends; a record
-- ended on or before a year's end is no longer counted at that year's end.
ALTER TABLE talent_record ADD COLUMN ended_on DATE;
