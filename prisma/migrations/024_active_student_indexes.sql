-- migrate:up
-- The office dashboard counts, on every view, the students on the roll marked today: a partial
-- index of the school's active students, with their ids, joins against today's marks from the
-- index alone (issue #14). Its condition is written as the application's queries write it
-- (ACTIVE_STUDENT), so the planner can use it.
CREATE INDEX idx_students_tenant_active ON students (tenant_id, id)
    WHERE ((status)::text = 'active'::text OR status IS NULL);

-- migrate:down
DROP INDEX idx_students_tenant_active;
