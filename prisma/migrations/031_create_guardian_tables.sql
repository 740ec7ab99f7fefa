-- migrate:up
-- The family portal (docs/decisions/026): a guardian is a person with an account, linked to each
-- child they look after. The seed's parent_guardian_1/2_* fields stay what the school recorded;
-- a link is what lets a parent sign in and see that child, and what family mail goes to.
CREATE TABLE student_guardians (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    student_id UUID NOT NULL,
    user_id UUID NOT NULL,
    relationship VARCHAR(50),
    is_primary BOOLEAN NOT NULL DEFAULT FALSE,
    lives_with BOOLEAN NOT NULL DEFAULT TRUE,
    pickup_allowed BOOLEAN NOT NULL DEFAULT TRUE,
    receives_mail BOOLEAN NOT NULL DEFAULT TRUE,
    -- Custody or court-order notes: the office reads them, the family portal never does.
    custody_notes TEXT,
    -- The seed's guardian slot (1 or 2) the link was invited from, if any.
    guardian_slot SMALLINT,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    created_by UUID,
    CONSTRAINT student_guardians_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT student_guardians_once UNIQUE (tenant_id, student_id, user_id),
    CONSTRAINT student_guardians_student_fkey FOREIGN KEY (tenant_id, student_id)
        REFERENCES students (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT student_guardians_user_fkey FOREIGN KEY (tenant_id, user_id)
        REFERENCES users (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT student_guardians_created_by_fkey FOREIGN KEY (tenant_id, created_by)
        REFERENCES users (tenant_id, id) ON DELETE SET NULL (created_by),
    CONSTRAINT student_guardians_slot_check CHECK (guardian_slot IN (1, 2))
);
-- A parent's children, read on every portal request.
CREATE INDEX idx_student_guardians_user ON student_guardians (tenant_id, user_id);
CREATE TRIGGER trg_student_guardians_updated_at BEFORE UPDATE ON student_guardians
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- A person's own language (the school's when NULL) and which family mail they want.
ALTER TABLE users ADD COLUMN locale VARCHAR(10);
ALTER TABLE users ADD COLUMN mail_preferences JSONB NOT NULL DEFAULT '{}';

-- "Invite all guardians" of a grade or the school, run by the job runner with its progress and
-- what it did (sent, skipped for want of an address, already linked) kept for the office.
CREATE TABLE guardian_invite_runs (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    grade_level VARCHAR(10),
    status VARCHAR(20) NOT NULL DEFAULT 'queued',
    done_steps INTEGER NOT NULL DEFAULT 0,
    total_steps INTEGER NOT NULL DEFAULT 0,
    report JSONB NOT NULL DEFAULT '{}',
    error_message TEXT,
    created_by UUID,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    finished_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT guardian_invite_runs_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT guardian_invite_runs_status_check CHECK (status IN ('queued', 'running', 'done', 'failed')),
    CONSTRAINT guardian_invite_runs_created_by_fkey FOREIGN KEY (tenant_id, created_by)
        REFERENCES users (tenant_id, id) ON DELETE SET NULL (created_by)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON student_guardians, guardian_invite_runs TO sis_app_access;
SELECT enable_tenant_isolation(t::regclass)
  FROM unnest(ARRAY['student_guardians', 'guardian_invite_runs']) AS t;

-- migrate:down
DROP TABLE guardian_invite_runs;
ALTER TABLE users DROP COLUMN mail_preferences;
ALTER TABLE users DROP COLUMN locale;
DROP TABLE student_guardians;
