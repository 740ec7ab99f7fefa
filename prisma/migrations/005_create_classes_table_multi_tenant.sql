-- migrate:up
CREATE TABLE classes (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,

    class_code VARCHAR(50) NOT NULL,
    name VARCHAR(200) NOT NULL,
    description TEXT,
    subject VARCHAR(100) NOT NULL,
    grade_level VARCHAR(20) NOT NULL,

    academic_year VARCHAR(20) NOT NULL,
    semester VARCHAR(20),
    credits DECIMAL(3,1) DEFAULT 1.0,

    teacher_id UUID,
    co_teacher_id UUID,

    room_number VARCHAR(50),
    building VARCHAR(100),
    schedule JSONB DEFAULT '{}',

    max_students INTEGER DEFAULT 30,
    current_enrollment INTEGER DEFAULT 0,

    status VARCHAR(20) DEFAULT 'active',
    start_date DATE NOT NULL,
    end_date DATE,

    grading_scale JSONB DEFAULT '{}',
    grade_categories JSONB DEFAULT '[]',

    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    created_by UUID,

    CONSTRAINT unique_class_code_per_tenant UNIQUE (tenant_id, class_code, academic_year),
    CONSTRAINT classes_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT classes_teacher_same_tenant_fkey FOREIGN KEY (tenant_id, teacher_id)
        REFERENCES teachers (tenant_id, id) ON DELETE SET NULL (teacher_id),
    CONSTRAINT classes_co_teacher_same_tenant_fkey FOREIGN KEY (tenant_id, co_teacher_id)
        REFERENCES teachers (tenant_id, id) ON DELETE SET NULL (co_teacher_id),
    CONSTRAINT classes_created_by_same_tenant_fkey FOREIGN KEY (tenant_id, created_by)
        REFERENCES users (tenant_id, id)
);

CREATE INDEX idx_classes_tenant_id ON classes(tenant_id);
CREATE INDEX idx_classes_teacher_id ON classes(teacher_id);
CREATE INDEX idx_classes_subject ON classes(subject);
CREATE INDEX idx_classes_grade_level ON classes(grade_level);
CREATE INDEX idx_classes_academic_year ON classes(academic_year);
CREATE INDEX idx_classes_status ON classes(status);
CREATE INDEX idx_classes_tenant_year ON classes(tenant_id, academic_year);

CREATE TRIGGER trg_classes_updated_at BEFORE UPDATE ON classes
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- migrate:down
DROP TABLE classes;
