// Builds every row of one demo school in memory, deterministically from the school's random
// seed and the school-local "today": the same inputs always give the same rows.
import { Faker, en, en_US, base as fakerBase } from "@faker-js/faker";
import type { Prisma } from "../../src/generated/prisma/client.ts";
import { academicYearOf, addDays, dayToDate, firstDayOfSchool, type Day } from "../../src/lib/calendar.ts";
import { schoolDays } from "../../src/lib/school-calendar.ts";
import { firstYearRows, type FirstYearRows } from "../../src/lib/school-year-defaults.ts";
import { DEFAULT_GRADING_SCALE } from "../../src/lib/grading.ts";
import { demoEmail, type DemoSchool } from "./demo-schools.ts";
import { assignTeachers, planClasses, SECTION_SIZE, type PlannedClass } from "./plan-classes.ts";
import { buildAttendance, buildGrades } from "./records.ts";
import { areaCodeOf, guardian, medicalProfile, phone, streetAddress } from "./people.ts";

/** A row as written: Prisma's create input without its `skip` sentinel. */
export type Row<T> = { [K in keyof T]: Exclude<T[K], typeof Prisma.skip> };

export interface SchoolRows {
  school_years: FirstYearRows["schoolYear"][];
  grading_periods: FirstYearRows["gradingPeriods"];
  bell_schedules: FirstYearRows["bellSchedules"];
  bell_periods: FirstYearRows["bellPeriods"];
  calendar_days: FirstYearRows["calendarDays"];
  users: Row<Prisma.UserCreateManyInput>[];
  teachers: Row<Prisma.TeacherCreateManyInput>[];
  students: Row<Prisma.StudentCreateManyInput>[];
  student_guardians: Row<Prisma.StudentGuardianCreateManyInput>[];
  classes: Row<Prisma.ClassCreateManyInput>[];
  enrollments: Row<Prisma.EnrollmentCreateManyInput>[];
  assignments: Row<Prisma.AssignmentCreateManyInput>[];
  grades: Row<Prisma.GradeCreateManyInput>[];
  attendance: Row<Prisma.AttendanceCreateManyInput>[];
}

export const GRADE_CATEGORIES = [
  { name: "Homework", weight: 25 },
  { name: "Quizzes", weight: 20 },
  { name: "Tests", weight: 40 },
  { name: "Projects", weight: 15 },
];

export function generateSchool(
  school: DemoSchool,
  tenantId: string,
  today: Day,
  passwordHash: string,
): SchoolRows {
  const faker = new Faker({ locale: [en_US, en, fakerBase] });
  faker.seed(school.randomSeed);
  const academicYear = academicYearOf(today);
  const termStart = firstDayOfSchool(academicYear);
  const areaCode = areaCodeOf(school);
  const base = { tenantId };

  const user = (role: string, firstName: string, lastName: string): Row<Prisma.UserCreateManyInput> => ({
    ...base,
    id: faker.string.uuid(),
    email: demoEmail(role, school),
    passwordHash,
    emailVerified: true,
    firstName,
    lastName,
    role,
    phone: phone(faker, areaCode),
    status: "active",
  });
  const admin = user("admin", "Dana", "Whitfield");
  const principal = user("principal", "Marcus", "Ellison");
  const teacherUser = user("teacher", "Priya", "Raman");
  const parentUser = user("parent", "Elena", "Morales");
  const studentUser = user("student", "Sofia", "Morales");
  const users = [admin, principal, teacherUser, parentUser, studentUser];
  const stamp = { ...base, createdBy: admin.id! };

  // Teachers: one per department in proportion to the classes it runs.
  const plan = planClasses(school);
  const teachers: Row<Prisma.TeacherCreateManyInput>[] = plan.teacherDepartments.map((department, index) => {
    const demo = index === plan.demoTeacherIndex;
    const sex = faker.person.sexType();
    const firstName = demo ? teacherUser.firstName : faker.person.firstName(sex);
    const lastName = demo ? teacherUser.lastName : faker.person.lastName();
    const hireYear = 2026 - faker.number.int({ min: 0, max: 24 });
    return {
      ...stamp,
      id: faker.string.uuid(),
      userId: demo ? teacherUser.id : null,
      employeeId: `E${String(1001 + index)}`,
      firstName,
      lastName,
      middleName: faker.number.float() < 0.3 ? faker.person.middleName(sex) : null,
      title: faker.helpers.arrayElement(sex === "female" ? ["Ms.", "Mrs.", "Dr."] : ["Mr.", "Dr."]),
      email: demo
        ? teacherUser.email
        : `${firstName}.${lastName}.${index}@${school.subdomain}.demo`
            .toLowerCase()
            .replace(/[^a-z0-9.@]/g, ""),
      phone: phone(faker, areaCode),
      ...streetAddress(faker, school),
      hireDate: dayToDate(`${hireYear}-08-${String(faker.number.int({ min: 1, max: 25 })).padStart(2, "0")}`),
      employmentStatus: "active",
      employmentType: faker.number.float() < 0.9 ? "full_time" : "part_time",
      department,
      position: index === 0 ? "Department Chair" : "Teacher",
      educationLevel: faker.helpers.arrayElement(["bachelor", "master", "master", "doctorate"]),
      degreeField: department === "Electives" ? "Fine Arts" : department,
      teachingCertifications: [`${school.state} Professional Educator License`, `${department} endorsement`],
      subjectsTaught: plan.subjectsOfDepartment(department),
      gradeLevelsTaught: school.gradeLevels,
      yearsExperience: 2026 - hireYear + faker.number.int({ min: 0, max: 5 }),
      bio: faker.lorem.sentences(2),
      workSchedule: Object.fromEntries(
        ["mon", "tue", "wed", "thu", "fri"].map((d) => [d, { start: "07:30", end: "15:30" }]),
      ),
      officeHours: faker.helpers.arrayElement([
        "Mon & Wed 15:00–16:00",
        "Tue & Thu 07:00–07:30",
        "Fri 14:30–15:30",
      ]),
      officeLocation: `Room ${100 + index}`,
    };
  });

  // Students, evenly across grades; the demo student and the demo parent's two children first.
  const perGrade = Math.ceil(school.studentCount / school.gradeLevels.length);
  const students: Row<Prisma.StudentCreateManyInput>[] = [];
  for (let i = 0; i < school.studentCount; i++) {
    const gradeIndex = Math.floor(i / perGrade);
    const gradeLevel = school.gradeLevels[gradeIndex]!;
    const isDemoChild = i === 0 || i === perGrade; // first student of the first two grades
    const sex = faker.person.sexType();
    const lastName = isDemoChild ? parentUser.lastName : faker.person.lastName();
    const firstName =
      i === 0 ? studentUser.firstName : i === perGrade ? "Mateo" : faker.person.firstName(sex);
    const startYear = Number(academicYear.slice(0, 4)) - (Number(gradeLevel) - Number(school.gradeLevels[0]));
    const birthYear = Number(academicYear.slice(0, 4)) - Number(gradeLevel) - 6;
    const home = streetAddress(faker, school);
    const g1 = isDemoChild
      ? {
          name: `${parentUser.firstName} ${parentUser.lastName}`,
          phone: parentUser.phone!,
          email: parentUser.email,
          relationship: "Mother",
        }
      : guardian(
          faker,
          lastName,
          faker.helpers.arrayElement(["Mother", "Father", "Grandmother", "Aunt"]),
          areaCode,
        );
    const g2 = faker.number.float() < 0.7 ? guardian(faker, lastName, "Father", areaCode) : null;
    students.push({
      ...stamp,
      id: faker.string.uuid(),
      userId: i === 0 ? studentUser.id : null,
      studentId: `${school.studentIdPrefix}${String(10001 + i)}`,
      firstName,
      lastName,
      middleName: faker.number.float() < 0.5 ? faker.person.middleName(sex) : null,
      preferredName: faker.number.float() < 0.08 ? faker.person.firstName(sex) : null,
      dateOfBirth: faker.date.between({
        from: `${birthYear}-09-02T00:00:00Z`,
        to: `${birthYear + 1}-09-01T00:00:00Z`,
      }),
      gender: faker.number.float() < 0.02 ? "non-binary" : sex,
      gradeLevel,
      ...home,
      phone: faker.number.float() < 0.5 ? phone(faker, areaCode) : null,
      email:
        i === 0
          ? studentUser.email
          : `${school.studentIdPrefix.toLowerCase()}${10001 + i}@students.${school.subdomain}.demo`,
      emergencyContactName: g2?.name ?? g1.name,
      emergencyContactPhone: g2?.phone ?? g1.phone,
      emergencyContactRelationship: g2?.relationship ?? g1.relationship,
      enrollmentDate: dayToDate(
        startYear === Number(academicYear.slice(0, 4))
          ? termStart
          : firstDayOfSchool(`${startYear}-${startYear + 1}`),
      ),
      graduationDate: null,
      status: "active",
      academicYear,
      ...medicalProfile(faker),
      parentGuardian1Name: g1.name,
      parentGuardian1Phone: g1.phone,
      parentGuardian1Email: g1.email,
      parentGuardian1Relationship: g1.relationship,
      parentGuardian2Name: g2?.name ?? null,
      parentGuardian2Phone: g2?.phone ?? null,
      parentGuardian2Email: g2?.email ?? null,
      parentGuardian2Relationship: g2?.relationship ?? null,
      documents: [],
    });
  }
  // Siblings share a home.
  const sibling = students[perGrade]!;
  Object.assign(sibling, {
    address: students[0]!.address,
    zipCode: students[0]!.zipCode,
    parentGuardian2Name: students[0]!.parentGuardian2Name,
    parentGuardian2Phone: students[0]!.parentGuardian2Phone,
    parentGuardian2Email: students[0]!.parentGuardian2Email,
    parentGuardian2Relationship: students[0]!.parentGuardian2Relationship,
  });

  const planned: PlannedClass[] = assignTeachers(plan);
  const classes: Row<Prisma.ClassCreateManyInput>[] = planned.map((c, index) => ({
    ...stamp,
    id: faker.string.uuid(),
    classCode: c.code,
    name: c.name,
    description: `${c.name} for grade ${c.gradeLevel}, ${c.sectionLabel}.`,
    subject: c.subject,
    gradeLevel: c.gradeLevel,
    academicYear,
    semester: "full_year",
    credits: 1.0,
    teacherId: teachers[c.teacherIndex]!.id!,
    coTeacherId: c.coTeacherIndex === null ? null : teachers[c.coTeacherIndex]!.id!,
    roomNumber: String(101 + index),
    building: c.department === "Science" ? "Science Wing" : "Main Building",
    schedule: { days: ["mon", "tue", "wed", "thu", "fri"], period: c.period, start: c.start, end: c.end },
    maxStudents: school.sectionSize ?? SECTION_SIZE,
    currentEnrollment: 0,
    status: "active",
    startDate: dayToDate(termStart),
    endDate: dayToDate(`${Number(academicYear.slice(5))}-06-05`),
    gradingScale: DEFAULT_GRADING_SCALE,
    gradeCategories: GRADE_CATEGORIES,
  }));

  // Each student: one section of every core subject of their grade and one elective.
  const enrollments: Row<Prisma.EnrollmentCreateManyInput>[] = [];
  students.forEach((student, i) => {
    const position = i % perGrade;
    for (const classIndex of plan.classesForStudent(student.gradeLevel, position)) {
      const cls = classes[classIndex]!;
      cls.currentEnrollment = (cls.currentEnrollment ?? 0) + 1;
      enrollments.push({
        ...stamp,
        id: faker.string.uuid(),
        studentId: student.id!,
        classId: cls.id!,
        enrollmentDate: dayToDate(termStart),
        status: "active",
        creditsEarned: 0,
      });
    }
  });

  // The school's calendar (holidays, breaks) decides the days the register was taken.
  const year = schoolYearRows(school, tenantId, academicYear, true);
  const registerDays = schoolDays(calendarOf(year), termStart, today).filter(
    (d) => d < addDays(termStart, 300),
  );
  const attendance = buildAttendance(faker, students, registerDays, { ...stamp, markedBy: admin.id! });
  const teacherUserIds = new Map(teachers.map((t) => [t.id!, t.userId ?? null]));
  const leafPeriods = year.gradingPeriods.filter(
    (p) => !year.gradingPeriods.some((c) => c.parentId === p.id),
  );
  const { assignments, grades } = buildGrades(
    faker,
    classes,
    enrollments,
    termStart,
    today,
    teacherUserIds,
    admin.id!,
    leafPeriods,
  );

  // Attendance totals on each enrolment, from the daily register.
  const tally = new Map<string, { total: number; present: number; absent: number; tardy: number }>();
  for (const row of attendance) {
    const t = tally.get(row.studentId) ?? { total: 0, present: 0, absent: 0, tardy: 0 };
    t.total++;
    if (row.status === "present") t.present++;
    else if (row.status === "tardy") t.tardy++;
    else t.absent++;
    tally.set(row.studentId, t);
  }
  for (const e of enrollments) {
    const t = tally.get(e.studentId);
    if (t)
      Object.assign(e, {
        totalDays: t.total,
        daysPresent: t.present,
        daysAbsent: t.absent,
        daysTardy: t.tardy,
      });
  }

  return {
    school_years: [year.schoolYear],
    grading_periods: year.gradingPeriods,
    bell_schedules: year.bellSchedules,
    bell_periods: year.bellPeriods,
    calendar_days: year.calendarDays,
    users,
    teachers,
    students,
    // The demo parent signs in to both children: the office linked them (docs/decisions/026).
    student_guardians: [students[0]!, sibling].map((child) => ({
      ...base,
      studentId: child.id!,
      userId: parentUser.id!,
      relationship: "Mother",
      isPrimary: true,
      guardianSlot: 1,
      createdBy: admin.id!,
    })),
    classes,
    enrollments,
    assignments,
    grades,
    attendance,
  };
}

/** A demo school's year as a new school's defaults have it, its ids from the school's own seed. */
export function schoolYearRows(school: DemoSchool, tenantId: string, name: string, current: boolean) {
  const faker = new Faker({ locale: [en_US, en, fakerBase] });
  faker.seed(school.randomSeed * 31 + Number(name.slice(0, 4)));
  const rows = firstYearRows(tenantId, name, () => faker.string.uuid());
  return { ...rows, schoolYear: { ...rows.schoolYear, isCurrent: current } };
}

export function calendarOf(year: Pick<FirstYearRows, "schoolYear" | "calendarDays">) {
  return {
    startsOn: year.schoolYear.startsOn,
    endsOn: year.schoolYear.endsOn,
    exceptions: new Map(year.calendarDays.map((d) => [d.day, d])),
  };
}
