-- migrate:up
-- The school year (docs/decisions/023): a school's years with their grading periods, the days it
-- is closed or runs short, its bell schedules, and the yearly rollover. students.academic_year and
-- classes.academic_year keep their string values ('2025-2026'), which must now name a year of the
-- school.
CREATE TABLE school_years (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name VARCHAR(20) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    is_current BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT school_years_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT school_years_name_per_tenant UNIQUE (tenant_id, name),
    CONSTRAINT school_years_name_check CHECK (name ~ '^\d{4}-\d{4}$'),
    CONSTRAINT school_years_dates_check CHECK (ends_on > starts_on)
);
-- One current year per school.
CREATE UNIQUE INDEX school_years_one_current ON school_years (tenant_id) WHERE is_current;
CREATE TRIGGER trg_school_years_updated_at BEFORE UPDATE ON school_years
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- Grading periods nest (semesters → quarters, or trimesters, or the year alone); each weighs
-- toward its parent's final grade (or the year's, at the top).
CREATE TABLE grading_periods (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    school_year_id UUID NOT NULL,
    parent_id UUID,
    code VARCHAR(20) NOT NULL,
    name VARCHAR(100) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    weight NUMERIC(5, 2) NOT NULL DEFAULT 100,
    position INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT grading_periods_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT grading_periods_code_per_year UNIQUE (tenant_id, school_year_id, code),
    CONSTRAINT grading_periods_year_fkey FOREIGN KEY (tenant_id, school_year_id)
        REFERENCES school_years (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT grading_periods_parent_fkey FOREIGN KEY (tenant_id, parent_id)
        REFERENCES grading_periods (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT grading_periods_dates_check CHECK (ends_on >= starts_on),
    CONSTRAINT grading_periods_weight_check CHECK (weight >= 0 AND weight <= 100)
);
CREATE INDEX idx_grading_periods_year ON grading_periods (tenant_id, school_year_id, position);

-- Bell schedules: the normal day and its alternatives (half day, assembly day), each a list of
-- named periods with times.
CREATE TABLE bell_schedules (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name VARCHAR(100) NOT NULL,
    is_default BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT bell_schedules_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT bell_schedules_name_per_tenant UNIQUE (tenant_id, name)
);
CREATE UNIQUE INDEX bell_schedules_one_default ON bell_schedules (tenant_id) WHERE is_default;

CREATE TABLE bell_periods (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    bell_schedule_id UUID NOT NULL,
    code VARCHAR(10) NOT NULL,
    name VARCHAR(50) NOT NULL,
    starts_at TIME NOT NULL,
    ends_at TIME NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT bell_periods_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT bell_periods_code_per_schedule UNIQUE (tenant_id, bell_schedule_id, code),
    CONSTRAINT bell_periods_schedule_fkey FOREIGN KEY (tenant_id, bell_schedule_id)
        REFERENCES bell_schedules (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT bell_periods_times_check CHECK (ends_at > starts_at)
);

-- The days that differ from a normal school day: closed (holiday, break, teacher work day,
-- emergency closure) or open differently (half day, another bell schedule). Every other weekday
-- between a year's first and last day is a normal school day.
CREATE TABLE calendar_days (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    school_year_id UUID NOT NULL,
    day DATE NOT NULL,
    kind VARCHAR(20) NOT NULL,
    reason VARCHAR(200) NOT NULL,
    bell_schedule_id UUID,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    created_by UUID,
    CONSTRAINT calendar_days_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT calendar_days_day_per_tenant UNIQUE (tenant_id, day),
    CONSTRAINT calendar_days_kind_check CHECK (kind IN ('holiday', 'break', 'teacher_work_day', 'closure', 'half_day', 'alternate_schedule')),
    CONSTRAINT calendar_days_year_fkey FOREIGN KEY (tenant_id, school_year_id)
        REFERENCES school_years (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT calendar_days_bell_schedule_fkey FOREIGN KEY (tenant_id, bell_schedule_id)
        REFERENCES bell_schedules (tenant_id, id) ON DELETE SET NULL (bell_schedule_id),
    CONSTRAINT calendar_days_created_by_fkey FOREIGN KEY (tenant_id, created_by)
        REFERENCES users (tenant_id, id) ON DELETE SET NULL (created_by)
);

-- The yearly rollover: one per year rolled from, so applying it twice does nothing the second time.
CREATE TABLE year_rollovers (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    from_year_id UUID NOT NULL,
    to_year_name VARCHAR(20) NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'queued',
    options JSONB NOT NULL DEFAULT '{}',
    done_steps INTEGER NOT NULL DEFAULT 0,
    total_steps INTEGER NOT NULL DEFAULT 0,
    summary JSONB,
    error_message TEXT,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    finished_at TIMESTAMP WITH TIME ZONE,
    created_by UUID,
    CONSTRAINT year_rollovers_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT year_rollovers_once_per_year UNIQUE (tenant_id, from_year_id),
    CONSTRAINT year_rollovers_status_check CHECK (status IN ('queued', 'running', 'done', 'failed')),
    CONSTRAINT year_rollovers_year_fkey FOREIGN KEY (tenant_id, from_year_id)
        REFERENCES school_years (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT year_rollovers_created_by_fkey FOREIGN KEY (tenant_id, created_by)
        REFERENCES users (tenant_id, id) ON DELETE SET NULL (created_by)
);

-- What the office decided for a student before the rollover: held back a grade, or leaving.
-- Everyone else is promoted (or graduates from the last grade).
CREATE TABLE rollover_student_choices (
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    school_year_id UUID NOT NULL,
    student_id UUID NOT NULL,
    choice VARCHAR(20) NOT NULL,
    PRIMARY KEY (tenant_id, school_year_id, student_id),
    CONSTRAINT rollover_student_choices_choice_check CHECK (choice IN ('retain', 'leave')),
    CONSTRAINT rollover_student_choices_year_fkey FOREIGN KEY (tenant_id, school_year_id)
        REFERENCES school_years (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT rollover_student_choices_student_fkey FOREIGN KEY (tenant_id, student_id)
        REFERENCES students (tenant_id, id) ON DELETE CASCADE
);

GRANT SELECT, INSERT, UPDATE, DELETE
    ON school_years, grading_periods, bell_schedules, bell_periods, calendar_days, year_rollovers,
       rollover_student_choices
    TO sis_app_access;
SELECT enable_tenant_isolation(t::regclass)
  FROM unnest(ARRAY['school_years', 'grading_periods', 'bell_schedules', 'bell_periods', 'calendar_days',
                    'year_rollovers', 'rollover_student_choices']) AS t;

-- Every school gets the years its records already name, and the one under way in its timezone
-- (1 July starts a year). First day: the first Monday on or after 18 August; last: 5 June.
DO $$
DECLARE
    school RECORD;
    today DATE;
    year_start INTEGER;
BEGIN
    FOR school IN SELECT id, COALESCE(timezone, 'America/New_York') AS tz FROM tenants LOOP
        PERFORM set_config('app.tenant_id', school.id::text, true);
        today := (now() AT TIME ZONE school.tz)::date;
        year_start := extract(year FROM today)::int - CASE WHEN extract(month FROM today) < 7 THEN 1 ELSE 0 END;
        INSERT INTO school_years (tenant_id, name, starts_on, ends_on, is_current)
        SELECT school.id, y.name,
               make_date(left(y.name, 4)::int, 8, 18)
                 + ((8 - extract(isodow FROM make_date(left(y.name, 4)::int, 8, 18))::int) % 7),
               make_date(left(y.name, 4)::int + 1, 6, 5),
               y.name = year_start || '-' || (year_start + 1)
          FROM (SELECT academic_year AS name FROM students
                UNION SELECT academic_year FROM classes
                UNION SELECT year_start || '-' || (year_start + 1)) y
         WHERE y.name ~ '^\d{4}-\d{4}$';
    END LOOP;
    PERFORM set_config('app.tenant_id', '', true);
END
$$;

ALTER TABLE students ADD CONSTRAINT students_academic_year_fkey FOREIGN KEY (tenant_id, academic_year)
    REFERENCES school_years (tenant_id, name) ON UPDATE CASCADE;
ALTER TABLE classes ADD CONSTRAINT classes_academic_year_fkey FOREIGN KEY (tenant_id, academic_year)
    REFERENCES school_years (tenant_id, name) ON UPDATE CASCADE;

-- migrate:down
ALTER TABLE classes DROP CONSTRAINT classes_academic_year_fkey;
ALTER TABLE students DROP CONSTRAINT students_academic_year_fkey;
DROP TABLE rollover_student_choices;
DROP TABLE year_rollovers;
DROP TABLE calendar_days;
DROP TABLE bell_periods;
DROP TABLE bell_schedules;
DROP TABLE grading_periods;
DROP TABLE school_years;
