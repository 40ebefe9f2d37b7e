-- booking-cancel: an enterprise (or the instrument's zone) cancels a booking still requested or
-- approved whose day has not passed; the reason, who and when are kept beside the decision note,
-- which stays as it was. Status CANCELLED (已取消) needs no constraint change (status is free text).
ALTER TABLE instrument_booking ADD COLUMN cancel_reason VARCHAR(1000);
ALTER TABLE instrument_booking ADD COLUMN cancelled_by VARCHAR(64);
ALTER TABLE instrument_booking ADD COLUMN cancelled_at TIMESTAMP;
