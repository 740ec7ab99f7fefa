-- migrate:up
-- The office dashboard's class and enrolment figures count the current school year only
-- (docs/decisions/023): after a rollover last year's classes stay active as history, and must not
-- be counted twice. Which year is current changes the figures without a class or enrolment row
-- changing, so these four figures are recounted for the school (a count over one year's classes
-- and their enrolments, by index) whenever a statement changes classes, enrolments or the
-- school's years, instead of being adjusted row by row.
CREATE FUNCTION current_school_year(school UUID) RETURNS VARCHAR LANGUAGE sql STABLE AS $$
    SELECT name FROM school_years WHERE tenant_id = school AND is_current
$$;

CREATE FUNCTION recount_year_figures(school UUID) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    year_name VARCHAR := current_school_year(school);
BEGIN
    INSERT INTO school_counts AS s (tenant_id, figure, value)
    SELECT school, f.figure, f.value FROM (VALUES
        ('classes_active', (SELECT count(*) FROM classes
                             WHERE tenant_id = school AND status = 'active' AND academic_year = year_name)),
        ('classes_active_without_teacher', (SELECT count(*) FROM classes
                             WHERE tenant_id = school AND status = 'active' AND academic_year = year_name
                               AND teacher_id IS NULL)),
        ('classes_active_full', (SELECT count(*) FROM classes
                             WHERE tenant_id = school AND status = 'active' AND academic_year = year_name
                               AND current_enrollment >= COALESCE(max_students, 30))),
        ('enrollments_active', (SELECT count(*) FROM enrollments e
                               JOIN classes c ON c.tenant_id = e.tenant_id AND c.id = e.class_id
                             WHERE e.tenant_id = school AND e.status = 'active' AND c.academic_year = year_name))
    ) f(figure, value)
    ON CONFLICT (tenant_id, figure) DO UPDATE SET value = EXCLUDED.value;
END
$$;

-- Per statement: each school it touched (and that still exists) is recounted under its own
-- row-level security, as the other kept counts are written. A delete names its schools in its old
-- rows, an insert or update in its new ones.
CREATE FUNCTION recount_year_figures_after() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE
    was TEXT := current_setting('app.tenant_id', true);
    schools UUID[];
    school UUID;
BEGIN
    IF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT tenant_id) INTO schools FROM old_rows;
    ELSE
        SELECT array_agg(DISTINCT tenant_id) INTO schools FROM new_rows;
    END IF;
    FOR school IN SELECT t.id FROM tenants t WHERE t.id = ANY (schools) LOOP
        PERFORM set_config('app.tenant_id', school::text, true);
        PERFORM recount_year_figures(school);
    END LOOP;
    PERFORM set_config('app.tenant_id', COALESCE(was, ''), true);
    RETURN NULL;
END
$$;

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['classes', 'enrollments'] LOOP
        EXECUTE format('DROP TRIGGER trg_%1$s_figures_insert ON %1$s', t);
        EXECUTE format('DROP TRIGGER trg_%1$s_figures_update ON %1$s', t);
        EXECUTE format('DROP TRIGGER trg_%1$s_figures_delete ON %1$s', t);
        EXECUTE format('DROP FUNCTION count_%1$s_figures()', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['classes', 'enrollments', 'school_years'] LOOP
        EXECUTE format('CREATE TRIGGER trg_%1$s_year_figures_insert AFTER INSERT ON %1$s REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recount_year_figures_after()', t);
        EXECUTE format('CREATE TRIGGER trg_%1$s_year_figures_update AFTER UPDATE ON %1$s REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION recount_year_figures_after()', t);
        EXECUTE format('CREATE TRIGGER trg_%1$s_year_figures_delete AFTER DELETE ON %1$s REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION recount_year_figures_after()', t);
    END LOOP;
END
$$;

-- Every school's figures as they now count.
ALTER TABLE classes NO FORCE ROW LEVEL SECURITY;
ALTER TABLE enrollments NO FORCE ROW LEVEL SECURITY;
ALTER TABLE school_years NO FORCE ROW LEVEL SECURITY;
ALTER TABLE school_counts NO FORCE ROW LEVEL SECURITY;
SELECT recount_year_figures(id) FROM tenants;
ALTER TABLE classes FORCE ROW LEVEL SECURITY;
ALTER TABLE enrollments FORCE ROW LEVEL SECURITY;
ALTER TABLE school_years FORCE ROW LEVEL SECURITY;
ALTER TABLE school_counts FORCE ROW LEVEL SECURITY;

-- migrate:down
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['classes', 'enrollments', 'school_years'] LOOP
        EXECUTE format('DROP TRIGGER trg_%1$s_year_figures_insert ON %1$s', t);
        EXECUTE format('DROP TRIGGER trg_%1$s_year_figures_update ON %1$s', t);
        EXECUTE format('DROP TRIGGER trg_%1$s_year_figures_delete ON %1$s', t);
    END LOOP;
END
$$;
DROP FUNCTION recount_year_figures_after();
DROP FUNCTION recount_year_figures(UUID);
DROP FUNCTION current_school_year(UUID);
-- Back to 025's figures (every year's active classes, kept row by row), by 025's own generator.
ALTER TABLE school_counts NO FORCE ROW LEVEL SECURITY;
DELETE FROM school_counts WHERE figure IN ('classes_active', 'classes_active_without_teacher', 'classes_active_full', 'enrollments_active');
ALTER TABLE school_counts FORCE ROW LEVEL SECURITY;
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
SELECT keep_school_figures('classes', $$
    ('classes_active', r.status = 'active'),
    ('classes_active_without_teacher', r.status = 'active' AND r.teacher_id IS NULL),
    ('classes_active_full', r.status = 'active' AND r.current_enrollment >= COALESCE(r.max_students, 30))
$$);
SELECT keep_school_figures('enrollments', $$('enrollments_active', r.status = 'active')$$);
DROP FUNCTION keep_school_figures(TEXT, TEXT);
