-- migrate:up
CREATE TABLE enrollments (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    student_id UUID NOT NULL,
    class_id UUID NOT NULL,

    enrollment_date DATE NOT NULL DEFAULT CURRENT_DATE,
    status VARCHAR(20) DEFAULT 'active',
    drop_date DATE,
    completion_date DATE,

    final_grade VARCHAR(10),
    gpa_points DECIMAL(3,2),
    credits_earned DECIMAL(3,1) DEFAULT 0.0,

    total_days INTEGER DEFAULT 0,
    days_present INTEGER DEFAULT 0,
    days_absent INTEGER DEFAULT 0,
    days_tardy INTEGER DEFAULT 0,

    notes TEXT,
    teacher_comments TEXT,

    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    created_by UUID,

    CONSTRAINT unique_student_class UNIQUE (tenant_id, student_id, class_id),
    CONSTRAINT enrollments_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT enrollments_student_same_tenant_fkey FOREIGN KEY (tenant_id, student_id)
        REFERENCES students (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT enrollments_class_same_tenant_fkey FOREIGN KEY (tenant_id, class_id)
        REFERENCES classes (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT enrollments_created_by_same_tenant_fkey FOREIGN KEY (tenant_id, created_by)
        REFERENCES users (tenant_id, id)
);

CREATE INDEX idx_enrollments_tenant_id ON enrollments(tenant_id);
CREATE INDEX idx_enrollments_student_id ON enrollments(student_id);
CREATE INDEX idx_enrollments_class_id ON enrollments(class_id);
CREATE INDEX idx_enrollments_status ON enrollments(status);
CREATE INDEX idx_enrollments_final_grade ON enrollments(final_grade);
CREATE INDEX idx_enrollments_tenant_student ON enrollments(tenant_id, student_id);
CREATE INDEX idx_enrollments_tenant_class ON enrollments(tenant_id, class_id);

CREATE TRIGGER trg_enrollments_updated_at BEFORE UPDATE ON enrollments
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- migrate:down
DROP TABLE enrollments;
