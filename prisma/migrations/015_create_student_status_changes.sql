-- migrate:up
-- When a student left or finished, and how: withdrawals, transfers and graduations with the day
-- they took effect. students.status holds the current state; this keeps its history.
CREATE TABLE student_status_changes (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    student_id UUID NOT NULL,
    from_status VARCHAR(20),
    to_status VARCHAR(20) NOT NULL,
    effective_date DATE NOT NULL,
    note TEXT,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    created_by UUID,
    CONSTRAINT student_status_changes_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT student_status_changes_student_fkey FOREIGN KEY (tenant_id, student_id)
        REFERENCES students (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT student_status_changes_created_by_fkey FOREIGN KEY (tenant_id, created_by)
        REFERENCES users (tenant_id, id) ON DELETE SET NULL (created_by)
);
CREATE INDEX idx_student_status_changes_student ON student_status_changes (tenant_id, student_id, effective_date);

GRANT SELECT, INSERT, UPDATE, DELETE ON student_status_changes TO sis_app_access;
SELECT enable_tenant_isolation('student_status_changes');

-- migrate:down
DROP TABLE student_status_changes;
