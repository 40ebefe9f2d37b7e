-- Separation of duties (contracts §8) and the console's 我的待办 / 已办 look up the steps a user
-- took on awards by the actor's username.
CREATE INDEX award_event_actor ON award_event (actor, award_id);
