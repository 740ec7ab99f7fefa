-- migrate:up
CREATE TABLE students (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    user_id UUID,

    student_id VARCHAR(50) NOT NULL,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    middle_name VARCHAR(100),
    preferred_name VARCHAR(100),
    date_of_birth DATE NOT NULL,
    gender VARCHAR(20),
    grade_level VARCHAR(20) NOT NULL,

    address TEXT,
    city VARCHAR(100),
    state VARCHAR(50),
    zip_code VARCHAR(20),
    phone VARCHAR(20),
    email VARCHAR(255),
    emergency_contact_name VARCHAR(200),
    emergency_contact_phone VARCHAR(20),
    emergency_contact_relationship VARCHAR(50),

    enrollment_date DATE NOT NULL,
    graduation_date DATE,
    status VARCHAR(20) DEFAULT 'active',
    academic_year VARCHAR(20) NOT NULL,

    medical_conditions TEXT,
    allergies TEXT,
    medications TEXT,
    special_needs TEXT,
    iep_status BOOLEAN DEFAULT FALSE,
    section_504_status BOOLEAN DEFAULT FALSE,

    parent_guardian_1_name VARCHAR(200),
    parent_guardian_1_phone VARCHAR(20),
    parent_guardian_1_email VARCHAR(255),
    parent_guardian_1_relationship VARCHAR(50),
    parent_guardian_2_name VARCHAR(200),
    parent_guardian_2_phone VARCHAR(20),
    parent_guardian_2_email VARCHAR(255),
    parent_guardian_2_relationship VARCHAR(50),

    photo_url VARCHAR(500),
    documents JSONB DEFAULT '[]',

    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    created_by UUID,

    CONSTRAINT unique_student_id_per_tenant UNIQUE (tenant_id, student_id),
    CONSTRAINT students_tenant_id_id_key UNIQUE (tenant_id, id),
    -- One login belongs to at most one student record.
    CONSTRAINT unique_student_user_per_tenant UNIQUE (tenant_id, user_id),
    CONSTRAINT students_user_same_tenant_fkey FOREIGN KEY (tenant_id, user_id)
        REFERENCES users (tenant_id, id) ON DELETE SET NULL (user_id),
    CONSTRAINT students_created_by_same_tenant_fkey FOREIGN KEY (tenant_id, created_by)
        REFERENCES users (tenant_id, id)
);

CREATE INDEX idx_students_tenant_id ON students(tenant_id);
CREATE INDEX idx_students_user_id ON students(user_id);
CREATE INDEX idx_students_student_id ON students(student_id);
CREATE INDEX idx_students_grade_level ON students(grade_level);
CREATE INDEX idx_students_status ON students(status);
CREATE INDEX idx_students_academic_year ON students(academic_year);
CREATE INDEX idx_students_tenant_grade ON students(tenant_id, grade_level);

CREATE TRIGGER trg_students_updated_at BEFORE UPDATE ON students
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- migrate:down
DROP TABLE students;
