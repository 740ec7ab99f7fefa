-- migrate:up
-- The student list's search finds a word anywhere in a student's or guardian's name (ILIKE
-- '%mar%') and a student ID by its start. Trigram indexes let PostgreSQL answer from the index
-- instead of reading every student of the school on each search (docs/decisions/020).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX idx_students_first_name_trgm ON students USING gin (first_name gin_trgm_ops);
CREATE INDEX idx_students_last_name_trgm ON students USING gin (last_name gin_trgm_ops);
CREATE INDEX idx_students_preferred_name_trgm ON students USING gin (preferred_name gin_trgm_ops);
CREATE INDEX idx_students_guardian_1_name_trgm ON students USING gin (parent_guardian_1_name gin_trgm_ops);
CREATE INDEX idx_students_guardian_2_name_trgm ON students USING gin (parent_guardian_2_name gin_trgm_ops);
CREATE INDEX idx_students_student_id_trgm ON students USING gin (student_id gin_trgm_ops);

-- migrate:down
DROP INDEX idx_students_first_name_trgm;
DROP INDEX idx_students_last_name_trgm;
DROP INDEX idx_students_preferred_name_trgm;
DROP INDEX idx_students_guardian_1_name_trgm;
DROP INDEX idx_students_guardian_2_name_trgm;
DROP INDEX idx_students_student_id_trgm;
DROP EXTENSION IF EXISTS pg_trgm;
