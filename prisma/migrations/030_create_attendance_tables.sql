-- migrate:up
-- Attendance (docs/decisions/025): the school's own codes, its rule for rolling period marks up
-- into a day, what the office is told in advance (a parent's call, a late arrival, an early
-- dismissal), who covers a class for a day, and the one message per student and day that goes
-- to the family. The seed's `attendance` rows stay what every reader sees; each may name the
-- school's code it was marked with.
CREATE TABLE attendance_codes (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    code VARCHAR(10) NOT NULL,
    name VARCHAR(100) NOT NULL,
    -- The seed's status the mark is stored with.
    status VARCHAR(20) NOT NULL,
    -- What the mark means for the day and for the totals.
    counts_as VARCHAR(10) NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT attendance_codes_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT attendance_codes_code_per_tenant UNIQUE (tenant_id, code),
    CONSTRAINT attendance_codes_status_check CHECK (status IN ('present', 'absent', 'tardy', 'excused', 'late')),
    CONSTRAINT attendance_codes_counts_as_check CHECK (counts_as IN ('present', 'absent', 'tardy', 'excused'))
);
CREATE TRIGGER trg_attendance_codes_updated_at BEFORE UPDATE ON attendance_codes
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

ALTER TABLE attendance ADD COLUMN attendance_code_id UUID;
ALTER TABLE attendance ADD CONSTRAINT attendance_code_fkey FOREIGN KEY (tenant_id, attendance_code_id)
    REFERENCES attendance_codes (tenant_id, id) ON DELETE SET NULL (attendance_code_id);
-- A class's register for a day.
CREATE INDEX idx_attendance_class_day ON attendance (tenant_id, class_id, attendance_date);

-- How period marks make a day: present for at least full_day_percent of the day's minutes is a
-- whole day, at least half_day_percent half a day, less an absence; alerts wait alert_delay_minutes
-- so a mistaken mark or a late excuse stops the message.
CREATE TABLE attendance_settings (
    tenant_id UUID PRIMARY KEY REFERENCES tenants(id) ON DELETE CASCADE,
    full_day_percent INTEGER NOT NULL DEFAULT 100,
    half_day_percent INTEGER NOT NULL DEFAULT 50,
    alerts_enabled BOOLEAN NOT NULL DEFAULT TRUE,
    alert_delay_minutes INTEGER NOT NULL DEFAULT 10,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT attendance_settings_percent_check
        CHECK (half_day_percent BETWEEN 1 AND 100 AND full_day_percent BETWEEN half_day_percent AND 100),
    CONSTRAINT attendance_settings_delay_check CHECK (alert_delay_minutes BETWEEN 0 AND 240)
);
CREATE TRIGGER trg_attendance_settings_updated_at BEFORE UPDATE ON attendance_settings
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- What the office knows before the register is taken.
CREATE TABLE attendance_notices (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    student_id UUID NOT NULL,
    kind VARCHAR(20) NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    -- A late arrival's or an early dismissal's time, school-local.
    at_time TIME,
    attendance_code_id UUID NOT NULL,
    reason VARCHAR(200),
    reported_by VARCHAR(100),
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    created_by UUID,
    CONSTRAINT attendance_notices_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT attendance_notices_student_fkey FOREIGN KEY (tenant_id, student_id)
        REFERENCES students (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT attendance_notices_code_fkey FOREIGN KEY (tenant_id, attendance_code_id)
        REFERENCES attendance_codes (tenant_id, id),
    CONSTRAINT attendance_notices_created_by_fkey FOREIGN KEY (tenant_id, created_by)
        REFERENCES users (tenant_id, id) ON DELETE SET NULL (created_by),
    CONSTRAINT attendance_notices_kind_check CHECK (kind IN ('absence', 'late_arrival', 'early_dismissal')),
    CONSTRAINT attendance_notices_dates_check CHECK (ends_on >= starts_on),
    CONSTRAINT attendance_notices_time_check CHECK ((kind = 'absence') = (at_time IS NULL))
);
CREATE INDEX idx_attendance_notices_days ON attendance_notices (tenant_id, starts_on, ends_on);

-- A teacher covering a class for one day takes its register.
CREATE TABLE class_covers (
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    class_id UUID NOT NULL,
    day DATE NOT NULL,
    teacher_id UUID NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    created_by UUID,
    PRIMARY KEY (tenant_id, class_id, day),
    CONSTRAINT class_covers_class_fkey FOREIGN KEY (tenant_id, class_id)
        REFERENCES classes (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT class_covers_teacher_fkey FOREIGN KEY (tenant_id, teacher_id)
        REFERENCES teachers (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT class_covers_created_by_fkey FOREIGN KEY (tenant_id, created_by)
        REFERENCES users (tenant_id, id) ON DELETE SET NULL (created_by)
);
CREATE INDEX idx_class_covers_teacher ON class_covers (tenant_id, teacher_id, day);

-- The office's reminder to a teacher who has not taken a register: once per class and day.
CREATE TABLE attendance_nudges (
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    class_id UUID NOT NULL,
    day DATE NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    sent_by UUID,
    PRIMARY KEY (tenant_id, class_id, day),
    CONSTRAINT attendance_nudges_class_fkey FOREIGN KEY (tenant_id, class_id)
        REFERENCES classes (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT attendance_nudges_sent_by_fkey FOREIGN KEY (tenant_id, sent_by)
        REFERENCES users (tenant_id, id) ON DELETE SET NULL (sent_by)
);

-- At most one message to a student's family per day: the key is the student and the day.
CREATE TABLE attendance_alerts (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    student_id UUID NOT NULL,
    day DATE NOT NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'pending',
    send_after TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at TIMESTAMP WITH TIME ZONE,
    -- What the message said (absent or tardy) and to whom it went.
    reason VARCHAR(20),
    recipients TEXT[] NOT NULL DEFAULT '{}',
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT attendance_alerts_tenant_id_id_key UNIQUE (tenant_id, id),
    CONSTRAINT attendance_alerts_once_per_day UNIQUE (tenant_id, student_id, day),
    CONSTRAINT attendance_alerts_student_fkey FOREIGN KEY (tenant_id, student_id)
        REFERENCES students (tenant_id, id) ON DELETE CASCADE,
    CONSTRAINT attendance_alerts_status_check CHECK (status IN ('pending', 'sent', 'cancelled', 'no_address'))
);
CREATE INDEX idx_attendance_alerts_due ON attendance_alerts (status, send_after) WHERE status = 'pending';
CREATE INDEX idx_attendance_alerts_day ON attendance_alerts (tenant_id, day);
CREATE TRIGGER trg_attendance_alerts_updated_at BEFORE UPDATE ON attendance_alerts
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

GRANT SELECT, INSERT, UPDATE, DELETE
    ON attendance_codes, attendance_settings, attendance_notices, class_covers, attendance_nudges,
       attendance_alerts
    TO sis_app_access;
SELECT enable_tenant_isolation(t::regclass)
  FROM unnest(ARRAY['attendance_codes', 'attendance_settings', 'attendance_notices', 'class_covers',
                    'attendance_nudges', 'attendance_alerts']) AS t;


-- The daily counts (migration 020) now count what each mark counts as (its code's counts_as, or
-- its status, late as tardy: src/lib/attendance-day.ts presenceOfStatus), so a field trip marked
-- "excused" that counts as present is present in every rate. A code's counts_as cannot change
-- once marks use it, so the counts stay right.
CREATE OR REPLACE FUNCTION count_attendance_marks() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
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
            SELECT m.tenant_id, m.attendance_date, mark_presence(m.status, c.counts_as), -count(*)
              FROM old_marks m
              LEFT JOIN attendance_codes c ON c.tenant_id = m.tenant_id AND c.id = m.attendance_code_id
             WHERE m.tenant_id = school GROUP BY 1, 2, 3
            ON CONFLICT (tenant_id, attendance_date, status) DO UPDATE SET marks = d.marks + EXCLUDED.marks;
        END LOOP;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        FOR school IN SELECT DISTINCT m.tenant_id FROM new_marks m LOOP
            PERFORM set_config('app.tenant_id', school::text, true);
            INSERT INTO attendance_daily_counts AS d (tenant_id, attendance_date, status, marks)
            SELECT m.tenant_id, m.attendance_date, mark_presence(m.status, c.counts_as), count(*)
              FROM new_marks m
              LEFT JOIN attendance_codes c ON c.tenant_id = m.tenant_id AND c.id = m.attendance_code_id
             WHERE m.tenant_id = school GROUP BY 1, 2, 3
            ON CONFLICT (tenant_id, attendance_date, status) DO UPDATE SET marks = d.marks + EXCLUDED.marks;
        END LOOP;
    END IF;
    PERFORM set_config('app.tenant_id', COALESCE(was, ''), true);
    RETURN NULL;
END
$$;

CREATE FUNCTION mark_presence(status TEXT, counts_as TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(counts_as, CASE WHEN status = 'late' THEN 'tardy'
                                    WHEN status IN ('present', 'absent', 'tardy', 'excused') THEN status
                                    ELSE 'absent' END)
$$;

-- Recounted once: the marks written before now counted "late" apart.
ALTER TABLE attendance NO FORCE ROW LEVEL SECURITY;
ALTER TABLE attendance_daily_counts NO FORCE ROW LEVEL SECURITY;
DELETE FROM attendance_daily_counts;
INSERT INTO attendance_daily_counts (tenant_id, attendance_date, status, marks)
SELECT tenant_id, attendance_date, mark_presence(status, NULL), count(*) FROM attendance GROUP BY 1, 2, 3;
ALTER TABLE attendance FORCE ROW LEVEL SECURITY;
ALTER TABLE attendance_daily_counts FORCE ROW LEVEL SECURITY;

-- migrate:down
-- The counts go back to counting statuses as migration 020 did.
CREATE OR REPLACE FUNCTION count_attendance_marks() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
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
DROP FUNCTION mark_presence(TEXT, TEXT);
DROP TABLE attendance_alerts;
DROP TABLE attendance_nudges;
DROP TABLE class_covers;
DROP TABLE attendance_notices;
DROP TABLE attendance_settings;
DROP INDEX idx_attendance_class_day;
ALTER TABLE attendance DROP CONSTRAINT attendance_code_fkey;
ALTER TABLE attendance DROP COLUMN attendance_code_id;
DROP TABLE attendance_codes;
