-- migrate:up
-- The school-wide figures the office dashboard shows on every view, kept by the database as the
-- rows they count change (docs/decisions/022): active teachers, active classes (and those without
-- a teacher, and those full), active enrolments, and students on the roll with a support plan.
-- One read of a few rows instead of seven counts over the school's tables.
CREATE TABLE school_counts (
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    figure VARCHAR(50) NOT NULL,
    value INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, figure)
);
GRANT SELECT ON school_counts TO sis_app_access;
SELECT enable_tenant_isolation('school_counts');

-- For one table: a statement-level trigger function that adds one statement's changes to each
-- figure (its rows that match, less the rows that matched before), per school, under that school's
-- row-level security, as count_students() does. `figures` is the body of a VALUES list of
-- (figure name, condition on the row r). The counts already there are filled in the same way.
CREATE FUNCTION keep_school_figures(target TEXT, figures TEXT) RETURNS void LANGUAGE plpgsql AS $def$
BEGIN
    EXECUTE format($f$
CREATE FUNCTION count_%1$s_figures() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $fn$
DECLARE
    was TEXT := current_setting('app.tenant_id', true);
    school UUID;
BEGIN
    IF TG_OP = 'INSERT' THEN
        FOR school IN SELECT DISTINCT r.tenant_id FROM new_rows r LOOP
            PERFORM set_config('app.tenant_id', school::text, true);
            INSERT INTO school_counts AS c (tenant_id, figure, value)
            SELECT r.tenant_id, f.figure, count(*) FILTER (WHERE f.hit)
              FROM new_rows r, LATERAL (VALUES %2$s) f(figure, hit)
             WHERE r.tenant_id = school GROUP BY 1, 2 HAVING count(*) FILTER (WHERE f.hit) <> 0
            ON CONFLICT (tenant_id, figure) DO UPDATE SET value = c.value + EXCLUDED.value;
        END LOOP;
    ELSIF TG_OP = 'DELETE' THEN
        FOR school IN SELECT DISTINCT r.tenant_id FROM old_rows r
                       WHERE EXISTS (SELECT 1 FROM tenants t WHERE t.id = r.tenant_id) LOOP
            PERFORM set_config('app.tenant_id', school::text, true);
            INSERT INTO school_counts AS c (tenant_id, figure, value)
            SELECT r.tenant_id, f.figure, -count(*) FILTER (WHERE f.hit)
              FROM old_rows r, LATERAL (VALUES %2$s) f(figure, hit)
             WHERE r.tenant_id = school GROUP BY 1, 2 HAVING count(*) FILTER (WHERE f.hit) <> 0
            ON CONFLICT (tenant_id, figure) DO UPDATE SET value = c.value + EXCLUDED.value;
        END LOOP;
    ELSE
        FOR school IN SELECT DISTINCT r.tenant_id FROM old_rows r LOOP
            PERFORM set_config('app.tenant_id', school::text, true);
            INSERT INTO school_counts AS c (tenant_id, figure, value)
            SELECT tenant_id, figure, sum(delta) FROM (
                SELECT r.tenant_id, f.figure, CASE WHEN f.hit THEN 1 ELSE 0 END AS delta
                  FROM new_rows r, LATERAL (VALUES %2$s) f(figure, hit) WHERE r.tenant_id = school
                UNION ALL
                SELECT r.tenant_id, f.figure, CASE WHEN f.hit THEN -1 ELSE 0 END
                  FROM old_rows r, LATERAL (VALUES %2$s) f(figure, hit) WHERE r.tenant_id = school
            ) changes GROUP BY 1, 2 HAVING sum(delta) <> 0
            ON CONFLICT (tenant_id, figure) DO UPDATE SET value = c.value + EXCLUDED.value;
        END LOOP;
    END IF;
    PERFORM set_config('app.tenant_id', COALESCE(was, ''), true);
    RETURN NULL;
END
$fn$;
$f$, target, figures);
    EXECUTE format('CREATE TRIGGER trg_%1$s_figures_insert AFTER INSERT ON %1$s REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_%1$s_figures()', target);
    EXECUTE format('CREATE TRIGGER trg_%1$s_figures_update AFTER UPDATE ON %1$s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_%1$s_figures()', target);
    EXECUTE format('CREATE TRIGGER trg_%1$s_figures_delete AFTER DELETE ON %1$s REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_%1$s_figures()', target);
    -- The rows already there, every school's: the owner steps outside FORCE ROW LEVEL SECURITY.
    EXECUTE format('ALTER TABLE %1$s NO FORCE ROW LEVEL SECURITY', target);
    ALTER TABLE school_counts NO FORCE ROW LEVEL SECURITY;
    EXECUTE format($fill$
        INSERT INTO school_counts (tenant_id, figure, value)
        SELECT r.tenant_id, f.figure, count(*) FILTER (WHERE f.hit) FROM %1$s r, LATERAL (VALUES %2$s) f(figure, hit)
         GROUP BY 1, 2 HAVING count(*) FILTER (WHERE f.hit) <> 0
    $fill$, target, figures);
    EXECUTE format('ALTER TABLE %1$s FORCE ROW LEVEL SECURITY', target);
    ALTER TABLE school_counts FORCE ROW LEVEL SECURITY;
END
$def$;

SELECT keep_school_figures('teachers', $$('teachers_active', r.employment_status = 'active')$$);
SELECT keep_school_figures('classes', $$
    ('classes_active', r.status = 'active'),
    ('classes_active_without_teacher', r.status = 'active' AND r.teacher_id IS NULL),
    ('classes_active_full', r.status = 'active' AND r.current_enrollment >= COALESCE(r.max_students, 30))
$$);
SELECT keep_school_figures('enrollments', $$('enrollments_active', r.status = 'active')$$);
SELECT keep_school_figures('students', $$
    ('students_active_with_support_plan',
     (r.status = 'active' OR r.status IS NULL) AND (r.iep_status = true OR r.section_504_status = true))
$$);
DROP FUNCTION keep_school_figures(TEXT, TEXT);

-- migrate:down
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['teachers', 'classes', 'enrollments', 'students'] LOOP
        EXECUTE format('DROP TRIGGER trg_%1$s_figures_insert ON %1$s', t);
        EXECUTE format('DROP TRIGGER trg_%1$s_figures_update ON %1$s', t);
        EXECUTE format('DROP TRIGGER trg_%1$s_figures_delete ON %1$s', t);
        EXECUTE format('DROP FUNCTION count_%1$s_figures()', t);
    END LOOP;
END
$$;
DROP TABLE school_counts;
