-- migrate:up
-- Every message the product sends is written here in the same transaction as the change that
-- causes it (a reset token, an absence), then delivered. With no SMTP server configured, messages
-- stay here as 'local' for developers to read (npm run mail:outbox).
CREATE TABLE mail_outbox (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    -- NULL for platform mail (to super admins), which only platform code sees.
    tenant_id UUID REFERENCES tenants(id) ON DELETE CASCADE,
    to_address VARCHAR(255) NOT NULL,
    subject VARCHAR(255) NOT NULL,
    text_body TEXT NOT NULL,
    purpose VARCHAR(50) NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    sent_at TIMESTAMP WITH TIME ZONE,
    error_message TEXT,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT mail_outbox_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT mail_outbox_status_check CHECK (status IN ('queued', 'sent', 'failed', 'local'))
);
CREATE INDEX idx_mail_outbox_pending ON mail_outbox (status, created_at) WHERE status = 'queued';

GRANT SELECT, INSERT, UPDATE ON mail_outbox TO sis_app_access, sis_platform_access;
SELECT enable_tenant_isolation('mail_outbox');
CREATE POLICY platform_mail ON mail_outbox TO sis_platform_access
    USING (tenant_id IS NULL)
    WITH CHECK (tenant_id IS NULL);

-- migrate:down
DROP TABLE mail_outbox;
