-- migrate:up
-- PostgreSQL enforces the tenant boundary a second time, under the Prisma extension
-- (docs/decisions/005-row-level-security.md).
--
-- sis_app_access: what the application's school-facing code runs as. It owns nothing, cannot
--   bypass row-level security, reads tenants and reads/writes school tables of the school named
--   by app.tenant_id only. It may add audit rows but never change or delete them.
-- sis_platform_access: what platform code (host lookup, sign-in, console) runs as. It also
--   writes tenants and sees platform events (audit rows with no tenant).
-- Login roles are members of these (see README); roles are cluster-wide, so they are created
-- only when missing and never dropped by a rollback.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sis_app_access') THEN
        CREATE ROLE sis_app_access NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sis_platform_access') THEN
        CREATE ROLE sis_platform_access NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO sis_app_access, sis_platform_access;

GRANT SELECT ON tenants TO sis_app_access;
GRANT SELECT, INSERT, UPDATE, DELETE ON tenants TO sis_platform_access;

GRANT SELECT, INSERT, UPDATE, DELETE ON users, students, teachers, classes, enrollments, grades, attendance
    TO sis_app_access;
GRANT SELECT, INSERT ON audit_logs TO sis_app_access, sis_platform_access;

-- One policy for every table with a tenant_id, for every role (the owner included, since it is
-- FORCEd): a row is visible and writable only while app.tenant_id names its school. Later
-- migrations call the same function for each table they add.
CREATE FUNCTION enable_tenant_isolation(target regclass) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
    EXECUTE format($policy$
        CREATE POLICY tenant_isolation ON %s
            USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
            WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
    $policy$, target);
END
$fn$;

SELECT enable_tenant_isolation(t::regclass)
  FROM unnest(ARRAY['users', 'students', 'teachers', 'classes', 'enrollments', 'grades', 'attendance', 'audit_logs']) AS t;

-- Platform events belong to no school: only platform code sees or writes them.
CREATE POLICY platform_events ON audit_logs TO sis_platform_access
    USING (tenant_id IS NULL)
    WITH CHECK (tenant_id IS NULL);

-- migrate:down
DROP POLICY platform_events ON audit_logs;
DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['users', 'students', 'teachers', 'classes', 'enrollments', 'grades', 'attendance', 'audit_logs'] LOOP
        EXECUTE format('DROP POLICY tenant_isolation ON %I', t);
        EXECUTE format('ALTER TABLE %I NO FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I DISABLE ROW LEVEL SECURITY', t);
    END LOOP;
END
$$;
REVOKE ALL ON tenants, users, students, teachers, classes, enrollments, grades, attendance, audit_logs
    FROM sis_app_access, sis_platform_access;
REVOKE USAGE ON SCHEMA public FROM sis_app_access, sis_platform_access;
DROP FUNCTION enable_tenant_isolation(regclass);
