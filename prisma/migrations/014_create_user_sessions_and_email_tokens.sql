-- migrate:up
-- Server-side record of each signed-in session, so an idle session expires and a sign-out ends
-- it for good (docs/decisions/008). The JWT names its row; the guard checks and touches it.
CREATE TABLE user_sessions (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    user_id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    ended_at TIMESTAMP WITH TIME ZONE,
    ip_address INET,
    user_agent TEXT,
    CONSTRAINT user_sessions_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT user_sessions_user_same_tenant_fkey FOREIGN KEY (tenant_id, user_id)
        REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX idx_user_sessions_user ON user_sessions (tenant_id, user_id);

-- users.email_verification_token holds the SHA-256 of the emailed token; these say until when
-- it is good and whether it is an invitation (the account has no password of its own yet).
ALTER TABLE user_security
    ADD COLUMN email_token_expires TIMESTAMP WITH TIME ZONE,
    ADD COLUMN invitation_pending BOOLEAN NOT NULL DEFAULT FALSE;

GRANT SELECT, INSERT, UPDATE, DELETE ON user_sessions TO sis_app_access;
SELECT enable_tenant_isolation('user_sessions');

-- migrate:down
ALTER TABLE user_security DROP COLUMN invitation_pending, DROP COLUMN email_token_expires;
DROP TABLE user_sessions;
