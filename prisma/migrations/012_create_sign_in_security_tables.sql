-- migrate:up
-- Sign-in state that must hold across app instances (docs/decisions/007).

-- One row per user: the session version every session carries. Bumping it signs the user out
-- everywhere on their next request (password, role, status or 2FA change, lock).
CREATE TABLE user_security (
    user_id UUID PRIMARY KEY,
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    session_version INTEGER NOT NULL DEFAULT 1,
    totp_last_step BIGINT,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT user_security_tenant_user_key UNIQUE (tenant_id, user_id),
    CONSTRAINT user_security_user_same_tenant_fkey FOREIGN KEY (tenant_id, user_id)
        REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
CREATE TRIGGER trg_user_security_updated_at BEFORE UPDATE ON user_security
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Failed sign-ins per school and client address, in a sliding window.
CREATE TABLE login_throttle (
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    ip_address INET NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    failures INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, ip_address)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON user_security, login_throttle TO sis_app_access;
SELECT enable_tenant_isolation('user_security');
SELECT enable_tenant_isolation('login_throttle');

-- migrate:down
DROP TABLE login_throttle;
DROP TABLE user_security;
