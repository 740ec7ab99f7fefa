-- migrate:up
-- The student search's words (docs/decisions/020): under row-level security PostgreSQL uses a
-- condition as an index condition only when it is leakproof, and ILIKE is not, so the trigram
-- indexes never served the application. Each student's searchable words (names, guardians' names,
-- student ID), lower-cased, one row each, are found instead with `word >= 'mar' AND word < 'mas'`:
-- leakproof comparisons, answered by the primary key under the school's policy. The database keeps
-- the words as students are written, so nothing else writes them.
CREATE TABLE student_search_words (
    tenant_id UUID NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    student_id UUID NOT NULL,
    -- Byte order, whatever the database's collation: a prefix's range is then exact.
    word TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (tenant_id, word, student_id),
    CONSTRAINT student_search_words_student_fkey FOREIGN KEY (tenant_id, student_id)
        REFERENCES students (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX idx_student_search_words_student ON student_search_words (tenant_id, student_id);
GRANT SELECT ON student_search_words TO sis_app_access;
SELECT enable_tenant_isolation('student_search_words');

-- The fields a search looks in.
CREATE FUNCTION student_search_fields(s students) RETURNS TEXT[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ARRAY[s.first_name, s.last_name, s.preferred_name, s.parent_guardian_1_name,
                 s.parent_guardian_2_name, s.student_id]::TEXT[]
$$;

-- Their words, as the application splits what is typed (src/lib/search-words.ts): lower case,
-- apostrophes dropped ("O'Brien" is "obrien"), split at anything not a letter or digit.
CREATE FUNCTION student_search_words_of(fields TEXT[]) RETURNS SETOF TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT DISTINCT w
      FROM unnest(regexp_split_to_array(
               lower(translate(array_to_string(fields, ' '), '''’', '')), '[^[:alnum:]]+')) w
     WHERE w <> ''
$$;

-- After each statement on students: the words of the rows it inserted, or of the rows whose
-- searched fields it changed, school by school under that school's row-level security (as the
-- counts' triggers do). A deleted student's words go with it (ON DELETE CASCADE).
CREATE FUNCTION keep_student_search_words() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $fn$
DECLARE
    was TEXT := current_setting('app.tenant_id', true);
    school UUID;
BEGIN
    FOR school IN SELECT DISTINCT r.tenant_id FROM new_rows r LOOP
        PERFORM set_config('app.tenant_id', school::text, true);
        IF TG_OP = 'UPDATE' THEN
            DELETE FROM student_search_words w
             USING new_rows n JOIN old_rows o ON o.id = n.id
             WHERE n.tenant_id = school AND w.tenant_id = school AND w.student_id = n.id
               AND student_search_fields(n) IS DISTINCT FROM student_search_fields(o);
            INSERT INTO student_search_words (tenant_id, student_id, word)
            SELECT n.tenant_id, n.id, w
              FROM new_rows n JOIN old_rows o ON o.id = n.id,
                   student_search_words_of(student_search_fields(n)) w
             WHERE n.tenant_id = school
               AND student_search_fields(n) IS DISTINCT FROM student_search_fields(o)
            ON CONFLICT DO NOTHING;
        ELSE
            INSERT INTO student_search_words (tenant_id, student_id, word)
            SELECT n.tenant_id, n.id, w
              FROM new_rows n, student_search_words_of(student_search_fields(n)) w
             WHERE n.tenant_id = school
            ON CONFLICT DO NOTHING;
        END IF;
    END LOOP;
    PERFORM set_config('app.tenant_id', COALESCE(was, ''), true);
    RETURN NULL;
END
$fn$;
CREATE TRIGGER trg_students_search_words_insert AFTER INSERT ON students
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION keep_student_search_words();
CREATE TRIGGER trg_students_search_words_update AFTER UPDATE ON students
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION keep_student_search_words();

-- The students already there, every school's: the owner steps outside FORCE ROW LEVEL SECURITY.
ALTER TABLE students NO FORCE ROW LEVEL SECURITY;
ALTER TABLE student_search_words NO FORCE ROW LEVEL SECURITY;
INSERT INTO student_search_words (tenant_id, student_id, word)
SELECT s.tenant_id, s.id, w FROM students s, student_search_words_of(student_search_fields(s)) w
ON CONFLICT DO NOTHING;
ALTER TABLE students FORCE ROW LEVEL SECURITY;
ALTER TABLE student_search_words FORCE ROW LEVEL SECURITY;

-- The trigram indexes (migration 021) served no query of the application: gone, with their cost
-- on every write of a student.
DROP INDEX idx_students_first_name_trgm, idx_students_last_name_trgm, idx_students_preferred_name_trgm,
    idx_students_guardian_1_name_trgm, idx_students_guardian_2_name_trgm, idx_students_student_id_trgm;

-- migrate:down
CREATE INDEX idx_students_first_name_trgm ON students USING gin (first_name gin_trgm_ops);
CREATE INDEX idx_students_last_name_trgm ON students USING gin (last_name gin_trgm_ops);
CREATE INDEX idx_students_preferred_name_trgm ON students USING gin (preferred_name gin_trgm_ops);
CREATE INDEX idx_students_guardian_1_name_trgm ON students USING gin (parent_guardian_1_name gin_trgm_ops);
CREATE INDEX idx_students_guardian_2_name_trgm ON students USING gin (parent_guardian_2_name gin_trgm_ops);
CREATE INDEX idx_students_student_id_trgm ON students USING gin (student_id gin_trgm_ops);
DROP TRIGGER trg_students_search_words_insert ON students;
DROP TRIGGER trg_students_search_words_update ON students;
DROP FUNCTION keep_student_search_words();
DROP TABLE student_search_words;
DROP FUNCTION student_search_words_of(TEXT[]);
DROP FUNCTION student_search_fields(students);
