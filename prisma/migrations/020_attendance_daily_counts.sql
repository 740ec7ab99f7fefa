-- migrate:up
-- Each school's attendance marks counted per day and status, kept by the database itself as marks
-- are written, changed or deleted (docs/decisions/018). The office dashboard's rates read a few
-- dozen of these rows instead of every mark of the last weeks (a district school's 200 000).
CREATE TABLE attendance_daily_counts (
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    attendance_date DATE NOT NULL,
    status VARCHAR(20) NOT NULL,
    marks INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, attendance_date, status)
);
GRANT SELECT ON attendance_daily_counts TO sis_app_access;
SELECT enable_tenant_isolation('attendance_daily_counts');

-- One statement's marks, counted and added (or taken away) in one upsert per school, day and
-- status, whoever wrote them (the app, a seed, an operator's SQL). Each school's counts are written
-- under that school's row-level security, the setting put back after. A school being deleted (its
-- marks go by cascade) is skipped: its counts go with it by their own cascade.
CREATE FUNCTION count_attendance_marks() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE
    was TEXT := current_setting('app.tenant_id', true);
    school UUID;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        FOR school IN SELECT DISTINCT m.tenant_id FROM old_marks m
                       WHERE EXISTS (SELECT 1 FROM tenants t WHERE t.id = m.tenant_id) LOOP
            PERFORM set_config('app.tenant_id', school::text, true);
            INSERT INTO attendance_daily_counts AS d (tenant_id, attendance_date, status, marks)
            SELECT tenant_id, attendance_date, status, -count(*) FROM old_marks
             WHERE tenant_id = school GROUP BY 1, 2, 3
            ON CONFLICT (tenant_id, attendance_date, status) DO UPDATE SET marks = d.marks + EXCLUDED.marks;
        END LOOP;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        FOR school IN SELECT DISTINCT m.tenant_id FROM new_marks m LOOP
            PERFORM set_config('app.tenant_id', school::text, true);
            INSERT INTO attendance_daily_counts AS d (tenant_id, attendance_date, status, marks)
            SELECT tenant_id, attendance_date, status, count(*) FROM new_marks
             WHERE tenant_id = school GROUP BY 1, 2, 3
            ON CONFLICT (tenant_id, attendance_date, status) DO UPDATE SET marks = d.marks + EXCLUDED.marks;
        END LOOP;
    END IF;
    PERFORM set_config('app.tenant_id', COALESCE(was, ''), true);
    RETURN NULL;
END
$$;

CREATE TRIGGER trg_attendance_counts_insert AFTER INSERT ON attendance
    REFERENCING NEW TABLE AS new_marks FOR EACH STATEMENT EXECUTE FUNCTION count_attendance_marks();
CREATE TRIGGER trg_attendance_counts_update AFTER UPDATE ON attendance
    REFERENCING OLD TABLE AS old_marks NEW TABLE AS new_marks
    FOR EACH STATEMENT EXECUTE FUNCTION count_attendance_marks();
CREATE TRIGGER trg_attendance_counts_delete AFTER DELETE ON attendance
    REFERENCING OLD TABLE AS old_marks FOR EACH STATEMENT EXECUTE FUNCTION count_attendance_marks();

-- The marks already written, every school's: the owner steps outside FORCE ROW LEVEL SECURITY for
-- this one statement.
ALTER TABLE attendance NO FORCE ROW LEVEL SECURITY;
ALTER TABLE attendance_daily_counts NO FORCE ROW LEVEL SECURITY;
INSERT INTO attendance_daily_counts (tenant_id, attendance_date, status, marks)
SELECT tenant_id, attendance_date, status, count(*) FROM attendance GROUP BY 1, 2, 3;
ALTER TABLE attendance FORCE ROW LEVEL SECURITY;
ALTER TABLE attendance_daily_counts FORCE ROW LEVEL SECURITY;

-- migrate:down
DROP TRIGGER trg_attendance_counts_insert ON attendance;
DROP TRIGGER trg_attendance_counts_update ON attendance;
DROP TRIGGER trg_attendance_counts_delete ON attendance;
DROP FUNCTION count_attendance_marks();
DROP TABLE attendance_daily_counts;
