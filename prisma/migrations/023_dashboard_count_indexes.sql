-- migrate:up
-- Indexes for what the office dashboard counts on every view (docs/decisions/022, issue #14): the
-- active enrolments of the school (60 000 rows at a district school, read from the index alone
-- instead of the table) and the students marked today (the day's marks from the index alone).
CREATE INDEX idx_enrollments_tenant_status ON enrollments (tenant_id, status);
CREATE INDEX idx_attendance_tenant_date_student ON attendance (tenant_id, attendance_date, student_id);

-- migrate:down
DROP INDEX idx_enrollments_tenant_status;
DROP INDEX idx_attendance_tenant_date_student;
