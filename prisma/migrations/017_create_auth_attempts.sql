-- migrate:up
-- Sign-in and password-reset attempts, one row each, keyed by the email typed and the client's
-- address, so throttles can count per account *and* address (docs/decisions/011). Replaces
-- login_throttle, whose per-address counter could not tell a school's real people from an attacker.
CREATE TABLE auth_attempts (
    id BIGSERIAL PRIMARY KEY,
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    kind VARCHAR(20) NOT NULL,
    email VARCHAR(255) NOT NULL,
    ip_address INET,
    succeeded BOOLEAN NOT NULL DEFAULT FALSE,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT auth_attempts_kind_check CHECK (kind IN ('sign_in', 'password_reset'))
);
CREATE INDEX idx_auth_attempts_email ON auth_attempts (tenant_id, kind, email, attempted_at);
CREATE INDEX idx_auth_attempts_ip ON auth_attempts (tenant_id, kind, ip_address, attempted_at);

GRANT SELECT, INSERT, UPDATE, DELETE ON auth_attempts TO sis_app_access;
GRANT USAGE ON SEQUENCE auth_attempts_id_seq TO sis_app_access;
SELECT enable_tenant_isolation('auth_attempts');

DROP TABLE login_throttle;

-- migrate:down
CREATE TABLE login_throttle (
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    ip_address INET NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    failures INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, ip_address)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON login_throttle TO sis_app_access;
SELECT enable_tenant_isolation('login_throttle');
DROP TABLE auth_attempts;
