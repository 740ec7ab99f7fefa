-- migrate:up
-- The office dashboard counts, on every view, the students on the roll marked today (issue #14):
-- today's marks read from this index alone, instead of every mark row of the day.
CREATE INDEX idx_attendance_tenant_date_student ON attendance (tenant_id, attendance_date, student_id);

-- migrate:down
DROP INDEX idx_attendance_tenant_date_student;
