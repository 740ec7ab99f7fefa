-- migrate:up
CREATE TABLE attendance (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    student_id UUID NOT NULL,
    class_id UUID,

    attendance_date DATE NOT NULL,
    status VARCHAR(20) NOT NULL,
    period VARCHAR(50),

    reason VARCHAR(200),
    notes TEXT,
    is_excused BOOLEAN DEFAULT FALSE,

    marked_by UUID,
    marked_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,

    parent_notified BOOLEAN DEFAULT FALSE,
    notification_sent_at TIMESTAMP WITH TIME ZONE,

    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    created_by UUID,

    CONSTRAINT unique_student_date_period UNIQUE (tenant_id, student_id, attendance_date, period),
    CONSTRAINT attendance_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT attendance_student_same_tenant_fkey FOREIGN KEY (tenant_id, student_id)
        REFERENCES students (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT attendance_class_same_tenant_fkey FOREIGN KEY (tenant_id, class_id)
        REFERENCES classes (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT attendance_marked_by_same_tenant_fkey FOREIGN KEY (tenant_id, marked_by)
        REFERENCES users (tenant_id, id),
    CONSTRAINT attendance_created_by_same_tenant_fkey FOREIGN KEY (tenant_id, created_by)
        REFERENCES users (tenant_id, id)
);

CREATE INDEX idx_attendance_tenant_id ON attendance(tenant_id);
CREATE INDEX idx_attendance_student_id ON attendance(student_id);
CREATE INDEX idx_attendance_class_id ON attendance(class_id);
CREATE INDEX idx_attendance_date ON attendance(attendance_date);
CREATE INDEX idx_attendance_status ON attendance(status);
CREATE INDEX idx_attendance_tenant_student ON attendance(tenant_id, student_id);
CREATE INDEX idx_attendance_tenant_date ON attendance(tenant_id, attendance_date);
CREATE INDEX idx_attendance_marked_by ON attendance(marked_by);

CREATE TRIGGER trg_attendance_updated_at BEFORE UPDATE ON attendance
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- migrate:down
DROP TABLE attendance;
