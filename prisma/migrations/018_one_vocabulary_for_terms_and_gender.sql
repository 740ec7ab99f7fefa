-- migrate:up
-- One vocabulary between the data and the forms.
-- classes.semester holds the data model's codes (full_year, fall, spring, summer; q1–q4 for
-- quarters). The class form once stored its labels ("Full year", "Q1"): turn those into codes.
-- Every school's rows: the owner steps outside FORCE ROW LEVEL SECURITY for this one statement.
ALTER TABLE classes NO FORCE ROW LEVEL SECURITY;
UPDATE classes SET semester = CASE semester
    WHEN 'Full year' THEN 'full_year' WHEN 'Fall' THEN 'fall' WHEN 'Spring' THEN 'spring' WHEN 'Summer' THEN 'summer'
    WHEN 'Q1' THEN 'q1' WHEN 'Q2' THEN 'q2' WHEN 'Q3' THEN 'q3' WHEN 'Q4' THEN 'q4' ELSE semester END
  WHERE semester IN ('Full year', 'Fall', 'Spring', 'Summer', 'Q1', 'Q2', 'Q3', 'Q4');
ALTER TABLE classes FORCE ROW LEVEL SECURITY;

-- students.gender: the form once wrote 'nonbinary' where the data has 'non-binary'.
ALTER TABLE students NO FORCE ROW LEVEL SECURITY;
UPDATE students SET gender = 'non-binary' WHERE gender = 'nonbinary';
ALTER TABLE students FORCE ROW LEVEL SECURITY;

-- migrate:down
SELECT 1;
