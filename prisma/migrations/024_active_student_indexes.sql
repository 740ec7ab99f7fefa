-- migrate:up
-- The office dashboard counts, on every view, the students on the roll marked today and those on
-- the roll with a support plan. Both read the school's active students: a partial index of them
-- (with their ids, for an index-only join against today's marks) and one of the students with an
-- IEP or a 504 plan keep a district school's count from reading every student row (issue #14).
-- Their conditions are written as the application's queries write them (ACTIVE_STUDENT), so the
-- planner can use them.
CREATE INDEX idx_students_tenant_active ON students (tenant_id, id)
    WHERE ((status)::text = 'active'::text OR status IS NULL);
CREATE INDEX idx_students_tenant_support ON students (tenant_id)
    WHERE (iep_status = true OR section_504_status = true);

-- migrate:down
DROP INDEX idx_students_tenant_active;
DROP INDEX idx_students_tenant_support;
