-- migrate:up
-- A school's own domain and the proof that the school controls it. tenants.domain is what routes
-- requests; it holds a domain only while its row here is 'verified' (a TXT record with the token
-- was found). Platform data: only the console (platform role) reads or writes it.
CREATE TABLE tenant_domains (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    domain VARCHAR(255) NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'pending',
    verification_token VARCHAR(100) NOT NULL,
    last_checked_at TIMESTAMP WITH TIME ZONE,
    last_error TEXT,
    verified_at TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT tenant_domains_tenant_id_id_key UNIQUE (tenant_id, id),
    -- One custom domain per school (tenants.domain holds one), and a domain belongs to one school.
    CONSTRAINT tenant_domains_tenant_id_key UNIQUE (tenant_id),
    CONSTRAINT tenant_domains_domain_key UNIQUE (domain),
    CONSTRAINT tenant_domains_status_check CHECK (status IN ('pending', 'verified', 'failed'))
);

-- Domains already routing when this table arrived were set up by hand: they count as verified.
INSERT INTO tenant_domains (tenant_id, domain, status, verification_token, verified_at)
SELECT id, domain, 'verified', 'sis-verify=' || replace(gen_random_uuid()::text, '-', ''), CURRENT_TIMESTAMP
  FROM tenants WHERE domain IS NOT NULL;

GRANT SELECT, INSERT, UPDATE, DELETE ON tenant_domains TO sis_platform_access;
SELECT enable_tenant_isolation('tenant_domains');
CREATE POLICY platform_domains ON tenant_domains TO sis_platform_access
    USING (true)
    WITH CHECK (true);

-- migrate:down
DROP TABLE tenant_domains;
