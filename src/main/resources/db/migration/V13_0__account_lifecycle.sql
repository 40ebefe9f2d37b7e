-- security (issue 8): last sign-in for the 90-day inactivity rule; a change of password required at the next
-- interactive (browser form) sign-in for accounts an administrator created (HTTP Basic integration use unaffected).
ALTER TABLE app_user ADD COLUMN last_sign_in_at TIMESTAMP;
ALTER TABLE app_user ADD COLUMN must_change_interactive BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD COLUMN disabled_reason VARCHAR(200);
