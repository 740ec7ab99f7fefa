-- migrate:up
-- The gradebook (docs/decisions/024): assignments as the gradebook's columns, each class's
-- grading rules, the school's GPA policy, grades posted per grading period, and bulk report-card
-- runs. The schema's `grades` rows stay complete: each names its assignment and carries the
-- assignment's name, type, category, points and dates, written with it in one transaction.
CREATE TABLE assignments (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    class_id UUID NOT NULL,
    grading_period_id UUID,
    name VARCHAR(200) NOT NULL,
    assignment_type VARCHAR(50) NOT NULL,
    category VARCHAR(100),
    description TEXT,
    points_possible DECIMAL(8,2) NOT NULL,
    assigned_date DATE NOT NULL,
    due_date DATE,
    is_extra_credit BOOLEAN NOT NULL DEFAULT FALSE,
    -- Hidden from families until released.
    released_at TIMESTAMP WITH TIME ZONE,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    created_by UUID,
    CONSTRAINT assignments_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT assignments_name_per_class UNIQUE (tenant_id, class_id, name),
    CONSTRAINT assignments_class_fkey FOREIGN KEY (tenant_id, class_id)
        REFERENCES classes (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT assignments_grading_period_fkey FOREIGN KEY (tenant_id, grading_period_id)
        REFERENCES grading_periods (tenant_id, id) ON DELETE SET NULL (grading_period_id),
    CONSTRAINT assignments_created_by_fkey FOREIGN KEY (tenant_id, created_by)
        REFERENCES users (tenant_id, id) ON DELETE SET NULL (created_by),
    CONSTRAINT assignments_type_check
        CHECK (assignment_type IN ('homework', 'quiz', 'test', 'project', 'participation', 'final')),
    -- Zero points possible only for extra credit, which adds earned points and no possible ones.
    CONSTRAINT assignments_points_check CHECK (points_possible > 0 OR (is_extra_credit AND points_possible >= 0)),
    CONSTRAINT assignments_dates_check CHECK (due_date IS NULL OR due_date >= assigned_date)
);
CREATE INDEX idx_assignments_class_period ON assignments (tenant_id, class_id, grading_period_id, position);
CREATE TRIGGER trg_assignments_updated_at BEFORE UPDATE ON assignments
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

ALTER TABLE grades ADD COLUMN assignment_id UUID;
ALTER TABLE grades ADD CONSTRAINT grades_assignment_fkey FOREIGN KEY (tenant_id, assignment_id)
    REFERENCES assignments (tenant_id, id) ON DELETE CASCADE;
-- One grade per student and assignment: two teachers saving the same empty cell cannot both insert.
CREATE UNIQUE INDEX grades_one_per_assignment ON grades (tenant_id, assignment_id, student_id)
    WHERE assignment_id IS NOT NULL;

-- A class's grading rules; a class without a row has the defaults.
CREATE TABLE gradebook_settings (
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    class_id UUID NOT NULL,
    mode VARCHAR(20) NOT NULL DEFAULT 'weighted',
    ungraded_past_due_counts_zero BOOLEAN NOT NULL DEFAULT FALSE,
    late_penalty_percent DECIMAL(5,2) NOT NULL DEFAULT 0,
    course_level VARCHAR(20) NOT NULL DEFAULT 'regular',
    counts_in_gpa BOOLEAN NOT NULL DEFAULT TRUE,
    -- How many of the lowest scores each category drops: {"Quizzes": 1}.
    drop_lowest JSONB NOT NULL DEFAULT '{}',
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (tenant_id, class_id),
    CONSTRAINT gradebook_settings_class_fkey FOREIGN KEY (tenant_id, class_id)
        REFERENCES classes (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT gradebook_settings_mode_check CHECK (mode IN ('points', 'weighted')),
    CONSTRAINT gradebook_settings_level_check CHECK (course_level IN ('regular', 'honors', 'ap', 'ib')),
    CONSTRAINT gradebook_settings_penalty_check CHECK (late_penalty_percent BETWEEN 0 AND 100)
);
CREATE TRIGGER trg_gradebook_settings_updated_at BEFORE UPDATE ON gradebook_settings
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- The school's GPA policy; a school without a row has the default 4.0 scale.
CREATE TABLE grading_policies (
    tenant_id UUID PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
    grade_points JSONB NOT NULL,
    honors_bump DECIMAL(3,2) NOT NULL DEFAULT 0.5,
    ap_bump DECIMAL(3,2) NOT NULL DEFAULT 1,
    ib_bump DECIMAL(3,2) NOT NULL DEFAULT 1,
    passing_letter VARCHAR(10) NOT NULL DEFAULT 'D-',
    class_rank BOOLEAN NOT NULL DEFAULT FALSE,
    honor_roll BOOLEAN NOT NULL DEFAULT FALSE,
    honor_roll_minimum DECIMAL(3,2) NOT NULL DEFAULT 3,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP
);
CREATE TRIGGER trg_grading_policies_updated_at BEFORE UPDATE ON grading_policies
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- The frozen copy report cards and transcripts read: one per enrolment and grading period.
-- Locked while reopened_at is null; a principal reopens it with a reason.
CREATE TABLE posted_grades (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    enrollment_id UUID NOT NULL,
    grading_period_id UUID NOT NULL,
    percentage DECIMAL(6,2),
    letter_grade VARCHAR(10),
    grade_points DECIMAL(4,2),
    weighted_grade_points DECIMAL(4,2),
    credits_attempted DECIMAL(4,2) NOT NULL DEFAULT 0,
    credits_earned DECIMAL(4,2) NOT NULL DEFAULT 0,
    comment TEXT,
    posted_by UUID,
    posted_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    reopened_by UUID,
    reopened_at TIMESTAMP WITH TIME ZONE,
    reopen_reason TEXT,
    CONSTRAINT posted_grades_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT posted_grades_once_per_period UNIQUE (tenant_id, enrollment_id, grading_period_id),
    CONSTRAINT posted_grades_enrollment_fkey FOREIGN KEY (tenant_id, enrollment_id)
        REFERENCES enrollments (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT posted_grades_period_fkey FOREIGN KEY (tenant_id, grading_period_id)
        REFERENCES grading_periods (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT posted_grades_posted_by_fkey FOREIGN KEY (tenant_id, posted_by)
        REFERENCES users (tenant_id, id) ON DELETE SET NULL (posted_by),
    CONSTRAINT posted_grades_reopened_by_fkey FOREIGN KEY (tenant_id, reopened_by)
        REFERENCES users (tenant_id, id) ON DELETE SET NULL (reopened_by)
);
CREATE INDEX idx_posted_grades_period ON posted_grades (tenant_id, grading_period_id);

-- Report cards printed in bulk (a grade level or a class) by the job runner, one PDF to download.
CREATE TABLE report_card_runs (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    grading_period_id UUID NOT NULL,
    scope JSONB NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'queued',
    done_steps INTEGER NOT NULL DEFAULT 0,
    total_steps INTEGER NOT NULL DEFAULT 0,
    pdf BYTEA,
    error_message TEXT,
    created_by UUID,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    finished_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT report_card_runs_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT report_card_runs_status_check CHECK (status IN ('queued', 'running', 'done', 'failed')),
    CONSTRAINT report_card_runs_period_fkey FOREIGN KEY (tenant_id, grading_period_id)
        REFERENCES grading_periods (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT report_card_runs_created_by_fkey FOREIGN KEY (tenant_id, created_by)
        REFERENCES users (tenant_id, id) ON DELETE SET NULL (created_by)
);

GRANT SELECT, INSERT, UPDATE, DELETE
    ON assignments, gradebook_settings, grading_policies, posted_grades, report_card_runs
    TO sis_app_access;
SELECT enable_tenant_isolation(t::regclass)
  FROM unnest(ARRAY['assignments', 'gradebook_settings', 'grading_policies', 'posted_grades',
                    'report_card_runs']) AS t;

-- The grades already recorded get their assignments: one per class and assignment name, in the
-- innermost grading period holding its due date, released (families could already see them).
DO $$
DECLARE
    school RECORD;
BEGIN
    FOR school IN SELECT id FROM tenants LOOP
        PERFORM set_config('app.tenant_id', school.id::text, true);
        INSERT INTO assignments (tenant_id, class_id, grading_period_id, name, assignment_type, category,
                                 description, points_possible, assigned_date, due_date, is_extra_credit,
                                 released_at, position, created_by)
        SELECT g.tenant_id, g.class_id,
               (SELECT gp.id FROM grading_periods gp
                  JOIN school_years y ON y.tenant_id = gp.tenant_id AND y.id = gp.school_year_id
                 WHERE y.tenant_id = g.tenant_id AND y.name = c.academic_year
                   AND COALESCE(min(g.due_date), min(g.assigned_date)) BETWEEN gp.starts_on AND gp.ends_on
                   AND NOT EXISTS (SELECT 1 FROM grading_periods child
                                    WHERE child.tenant_id = gp.tenant_id AND child.parent_id = gp.id)
                 ORDER BY gp.position LIMIT 1),
               g.assignment_name,
               CASE WHEN min(g.assignment_type) IN ('homework', 'quiz', 'test', 'project', 'participation', 'final')
                    THEN min(g.assignment_type) ELSE 'homework' END,
               min(g.category), min(g.description), max(g.points_possible),
               min(g.assigned_date),
               CASE WHEN min(g.due_date) IS NULL THEN NULL ELSE GREATEST(min(g.due_date), min(g.assigned_date)) END,
               bool_or(COALESCE(g.is_extra_credit, FALSE)) OR max(g.points_possible) = 0,
               now(),
               row_number() OVER (PARTITION BY g.class_id
                                  ORDER BY COALESCE(min(g.due_date), min(g.assigned_date)), g.assignment_name)::int,
               (array_agg(g.created_by))[1]
          FROM grades g
          JOIN classes c ON c.tenant_id = g.tenant_id AND c.id = g.class_id
         GROUP BY g.tenant_id, g.class_id, g.assignment_name, c.academic_year;
        -- Each row then carries its assignment's fields (where rows of one name disagreed). Points
        -- possible stay as recorded, so no stored percentage or letter changes meaning.
        UPDATE grades g
           SET assignment_id = a.id, assignment_type = a.assignment_type, category = a.category,
               assigned_date = a.assigned_date, due_date = a.due_date, is_extra_credit = a.is_extra_credit
          FROM assignments a
         WHERE a.tenant_id = g.tenant_id AND a.class_id = g.class_id AND a.name = g.assignment_name;
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END
$$;

-- migrate:down
DROP TABLE report_card_runs;
DROP TABLE posted_grades;
DROP TABLE grading_policies;
DROP TABLE gradebook_settings;
DROP INDEX grades_one_per_assignment;
ALTER TABLE grades DROP CONSTRAINT grades_assignment_fkey;
ALTER TABLE grades DROP COLUMN assignment_id;
DROP TABLE assignments;
