-- migrate:up
CREATE TABLE teachers (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    user_id UUID,

    employee_id VARCHAR(50) NOT NULL,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    middle_name VARCHAR(100),
    preferred_name VARCHAR(100),
    title VARCHAR(50),

    email VARCHAR(255) NOT NULL,
    phone VARCHAR(20),
    address TEXT,
    city VARCHAR(100),
    state VARCHAR(50),
    zip_code VARCHAR(20),

    hire_date DATE NOT NULL,
    employment_status VARCHAR(20) DEFAULT 'active',
    employment_type VARCHAR(20) DEFAULT 'full_time',
    department VARCHAR(100),
    position VARCHAR(100),

    education_level VARCHAR(50),
    degree_field VARCHAR(100),
    teaching_certifications TEXT[],
    subjects_taught TEXT[],
    grade_levels_taught TEXT[],

    years_experience INTEGER DEFAULT 0,
    bio TEXT,
    photo_url VARCHAR(500),
    resume_url VARCHAR(500),

    work_schedule JSONB DEFAULT '{}',
    office_hours TEXT,
    office_location VARCHAR(100),

    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    created_by UUID,

    CONSTRAINT unique_employee_id_per_tenant UNIQUE (tenant_id, employee_id),
    -- The seed names this unique_email_per_tenant, a name users already holds.
    CONSTRAINT unique_teacher_email_per_tenant UNIQUE (tenant_id, email),
    CONSTRAINT teachers_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT unique_teacher_user_per_tenant UNIQUE (tenant_id, user_id),
    CONSTRAINT teachers_user_same_tenant_fkey FOREIGN KEY (tenant_id, user_id)
        REFERENCES users (tenant_id, id) ON DELETE SET NULL (user_id),
    CONSTRAINT teachers_created_by_same_tenant_fkey FOREIGN KEY (tenant_id, created_by)
        REFERENCES users (tenant_id, id)
);

CREATE INDEX idx_teachers_tenant_id ON teachers(tenant_id);
CREATE INDEX idx_teachers_user_id ON teachers(user_id);
CREATE INDEX idx_teachers_employee_id ON teachers(employee_id);
CREATE INDEX idx_teachers_email ON teachers(email);
CREATE INDEX idx_teachers_employment_status ON teachers(employment_status);
CREATE INDEX idx_teachers_department ON teachers(department);
CREATE INDEX idx_teachers_subjects ON teachers USING GIN(subjects_taught);
CREATE INDEX idx_teachers_grade_levels ON teachers USING GIN(grade_levels_taught);

CREATE TRIGGER trg_teachers_updated_at BEFORE UPDATE ON teachers
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- migrate:down
DROP TABLE teachers;
