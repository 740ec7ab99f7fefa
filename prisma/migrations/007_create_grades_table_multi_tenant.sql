-- migrate:up
CREATE TABLE grades (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    student_id UUID NOT NULL,
    class_id UUID NOT NULL,
    enrollment_id UUID,

    assignment_name VARCHAR(200) NOT NULL,
    assignment_type VARCHAR(50) NOT NULL,
    category VARCHAR(100),
    description TEXT,

    points_possible DECIMAL(8,2) NOT NULL,
    points_earned DECIMAL(8,2),
    percentage DECIMAL(5,2),
    letter_grade VARCHAR(10),

    assigned_date DATE NOT NULL,
    due_date DATE,
    submitted_date DATE,
    graded_date DATE,

    status VARCHAR(20) DEFAULT 'assigned',
    is_late BOOLEAN DEFAULT FALSE,
    is_excused BOOLEAN DEFAULT FALSE,
    is_extra_credit BOOLEAN DEFAULT FALSE,

    graded_by UUID,
    teacher_comments TEXT,

    attachments JSONB DEFAULT '[]',

    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    created_by UUID,

    CONSTRAINT grades_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT grades_student_same_tenant_fkey FOREIGN KEY (tenant_id, student_id)
        REFERENCES students (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT grades_class_same_tenant_fkey FOREIGN KEY (tenant_id, class_id)
        REFERENCES classes (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT grades_enrollment_same_tenant_fkey FOREIGN KEY (tenant_id, enrollment_id)
        REFERENCES enrollments (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT grades_graded_by_same_tenant_fkey FOREIGN KEY (tenant_id, graded_by)
        REFERENCES users (tenant_id, id),
    CONSTRAINT grades_created_by_same_tenant_fkey FOREIGN KEY (tenant_id, created_by)
        REFERENCES users (tenant_id, id)
);

CREATE INDEX idx_grades_tenant_id ON grades(tenant_id);
CREATE INDEX idx_grades_student_id ON grades(student_id);
CREATE INDEX idx_grades_class_id ON grades(class_id);
CREATE INDEX idx_grades_enrollment_id ON grades(enrollment_id);
CREATE INDEX idx_grades_assignment_type ON grades(assignment_type);
CREATE INDEX idx_grades_category ON grades(category);
CREATE INDEX idx_grades_status ON grades(status);
CREATE INDEX idx_grades_due_date ON grades(due_date);
CREATE INDEX idx_grades_graded_date ON grades(graded_date);
CREATE INDEX idx_grades_tenant_student ON grades(tenant_id, student_id);
CREATE INDEX idx_grades_tenant_class ON grades(tenant_id, class_id);

CREATE TRIGGER trg_grades_updated_at BEFORE UPDATE ON grades
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- migrate:down
DROP TABLE grades;
