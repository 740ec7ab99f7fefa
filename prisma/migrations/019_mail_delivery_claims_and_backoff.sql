-- migrate:up
-- Mail is delivered by the job runner (docs/decisions/016): a worker claims a message by moving
-- it from 'queued' to 'sending' (a conditional update only one worker can win), and a failed send
-- waits before its next try (back-off), until it is marked failed with the reason.
ALTER TABLE mail_outbox ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE mail_outbox ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_status_check;
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_status_check
    CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'local'));
DROP INDEX idx_mail_outbox_pending;
CREATE INDEX idx_mail_outbox_pending ON mail_outbox (status, next_attempt_at, created_at)
    WHERE status IN ('queued', 'sending');

-- migrate:down
DROP INDEX idx_mail_outbox_pending;
ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_status_check;
UPDATE mail_outbox SET status = 'queued' WHERE status = 'sending';
ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_status_check CHECK (status IN ('queued', 'sent', 'failed', 'local'));
ALTER TABLE mail_outbox DROP COLUMN claimed_at;
ALTER TABLE mail_outbox DROP COLUMN next_attempt_at;
CREATE INDEX idx_mail_outbox_pending ON mail_outbox (status, created_at) WHERE status = 'queued';
