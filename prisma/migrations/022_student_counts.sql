-- migrate:up
-- Each school's students counted by status, grade and school year, kept by the database itself as
-- students are added, changed or removed (docs/decisions/022). The students list's total, its
-- filter choices (years, grades) and the dashboard's active students read a few dozen of these
-- rows instead of counting and grouping every student of the school on each view. A student
-- with no status counts as active, as everywhere else.
CREATE TABLE student_counts (
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    status VARCHAR(20) NOT NULL,
    grade_level VARCHAR(20) NOT NULL,
    academic_year VARCHAR(20) NOT NULL,
    students INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, status, grade_level, academic_year)
);
GRANT SELECT ON student_counts TO sis_app_access;
SELECT enable_tenant_isolation('student_counts');

-- One statement's students, counted and added (or taken away) per school and key. An update that
-- leaves a student's key alone adds and takes away the same one, and writes nothing.
-- Each school's counts are written under its row-level security (as in count_attendance_marks);
-- a school being deleted (its students go by cascade) is skipped: its counts go with it.
CREATE FUNCTION count_students() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE
    was TEXT := current_setting('app.tenant_id', true);
    school UUID;
BEGIN
    IF TG_OP = 'INSERT' THEN
        FOR school IN SELECT DISTINCT n.tenant_id FROM new_students n LOOP
            PERFORM set_config('app.tenant_id', school::text, true);
            INSERT INTO student_counts AS s (tenant_id, status, grade_level, academic_year, students)
            SELECT tenant_id, COALESCE(status, 'active'), grade_level, academic_year, count(*)
              FROM new_students WHERE tenant_id = school GROUP BY 1, 2, 3, 4
            ON CONFLICT (tenant_id, status, grade_level, academic_year)
            DO UPDATE SET students = s.students + EXCLUDED.students;
        END LOOP;
    ELSIF TG_OP = 'DELETE' THEN
        FOR school IN SELECT DISTINCT o.tenant_id FROM old_students o
                       WHERE EXISTS (SELECT 1 FROM tenants t WHERE t.id = o.tenant_id) LOOP
            PERFORM set_config('app.tenant_id', school::text, true);
            INSERT INTO student_counts AS s (tenant_id, status, grade_level, academic_year, students)
            SELECT tenant_id, COALESCE(status, 'active'), grade_level, academic_year, -count(*)
              FROM old_students WHERE tenant_id = school GROUP BY 1, 2, 3, 4
            ON CONFLICT (tenant_id, status, grade_level, academic_year)
            DO UPDATE SET students = s.students + EXCLUDED.students;
        END LOOP;
    ELSE
        FOR school IN SELECT DISTINCT o.tenant_id FROM old_students o LOOP
            PERFORM set_config('app.tenant_id', school::text, true);
            INSERT INTO student_counts AS s (tenant_id, status, grade_level, academic_year, students)
            SELECT tenant_id, key_status, grade_level, academic_year, sum(delta) FROM (
                SELECT tenant_id, COALESCE(status, 'active') AS key_status, grade_level, academic_year, -1 AS delta
                  FROM old_students WHERE tenant_id = school
                UNION ALL
                SELECT tenant_id, COALESCE(status, 'active'), grade_level, academic_year, 1
                  FROM new_students WHERE tenant_id = school
            ) changes GROUP BY 1, 2, 3, 4 HAVING sum(delta) <> 0
            ON CONFLICT (tenant_id, status, grade_level, academic_year)
            DO UPDATE SET students = s.students + EXCLUDED.students;
        END LOOP;
    END IF;
    PERFORM set_config('app.tenant_id', COALESCE(was, ''), true);
    RETURN NULL;
END
$$;

CREATE TRIGGER trg_student_counts_insert AFTER INSERT ON students
    REFERENCING NEW TABLE AS new_students FOR EACH STATEMENT EXECUTE FUNCTION count_students();
CREATE TRIGGER trg_student_counts_update AFTER UPDATE ON students
    REFERENCING OLD TABLE AS old_students NEW TABLE AS new_students
    FOR EACH STATEMENT EXECUTE FUNCTION count_students();
CREATE TRIGGER trg_student_counts_delete AFTER DELETE ON students
    REFERENCING OLD TABLE AS old_students FOR EACH STATEMENT EXECUTE FUNCTION count_students();

-- The students already there, every school's: the owner steps outside FORCE ROW LEVEL SECURITY
-- for this one statement.
ALTER TABLE students NO FORCE ROW LEVEL SECURITY;
ALTER TABLE student_counts NO FORCE ROW LEVEL SECURITY;
INSERT INTO student_counts (tenant_id, status, grade_level, academic_year, students)
SELECT tenant_id, COALESCE(status, 'active'), grade_level, academic_year, count(*) FROM students GROUP BY 1, 2, 3, 4;
ALTER TABLE students FORCE ROW LEVEL SECURITY;
ALTER TABLE student_counts FORCE ROW LEVEL SECURITY;

-- migrate:down
DROP TRIGGER trg_student_counts_insert ON students;
DROP TRIGGER trg_student_counts_update ON students;
DROP TRIGGER trg_student_counts_delete ON students;
DROP FUNCTION count_students();
DROP TABLE student_counts;
