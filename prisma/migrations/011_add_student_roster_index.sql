-- migrate:up
-- The staff app's most frequent query: a school's roster, a page at a time, sorted by name.
-- Without it every page reads and sorts the whole school (docs/decisions/005).
CREATE INDEX idx_students_tenant_name ON students (tenant_id, last_name, first_name, id);

-- migrate:down
DROP INDEX idx_students_tenant_name;
