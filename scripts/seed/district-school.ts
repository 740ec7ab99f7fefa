// The district's big school (Jefferson County High School: 10 000 students, 500 teachers, 2 016
// classes, last year's and this year's registers) and its 50 small neighbours, as data: what
// npm run seed:district writes, and what the benches that need a district school seed.
import { Faker, en, en_US, base as fakerBase } from "@faker-js/faker";
import pg from "pg";
import { academicYearOf, dayToDate, firstDayOfSchool, type Day } from "../../src/lib/calendar.ts";
import { bulkInsert } from "./bulk-insert.ts";
import { DEMO_SCHOOLS, type DemoSchool } from "./demo-schools.ts";
import { calendarOf, schoolYearRows, type SchoolRows } from "./generate-school.ts";
import { schoolDays } from "../../src/lib/school-calendar.ts";
import { buildAttendance } from "./records.ts";
import { seedSchool, seedToday, tenantExists } from "./seed.ts";

const lincoln = DEMO_SCHOOLS[0]!;
const roosevelt = DEMO_SCHOOLS[1]!;

export const DISTRICT_SCHOOL: DemoSchool = {
  ...lincoln,
  slug: "jefferson",
  name: "Jefferson County High School",
  subdomain: "jefferson",
  domain: null,
  studentCount: 10_000,
  teacherCount: 500,
  sectionSize: 30,
  studentIdPrefix: "JCH",
  primaryColor: "#14532d",
  secondaryColor: "#facc15",
  address: "1 District Way, Springfield, IL 62702",
  phone: "(217) 555-0300",
  website: "https://jefferson.example.edu",
  plan: "enterprise",
  coreSubjects: [
    ...lincoln.coreSubjects,
    { department: "Physical Education", names: ["PE 9", "PE 10", "Health", "Lifetime Fitness"] },
  ],
  electives: [
    "Studio Art",
    "Spanish",
    "French",
    "Computer Science",
    "Band",
    "Choir",
    "Theatre",
    "Journalism",
    "Engineering",
    "Culinary Arts",
    "Psychology",
    "Photography",
  ],
  randomSeed: 1801,
};

/** The 50 small schools: middle schools of 150 students, like Roosevelt, each with its own seed. */
export const SMALL_SCHOOLS: DemoSchool[] = Array.from({ length: 50 }, (_, i) => {
  const n = String(i + 1).padStart(2, "0");
  return {
    ...roosevelt,
    slug: `small-${n}`,
    name: `Small School ${n}`,
    subdomain: `small-${n}`,
    domain: null,
    studentCount: 150,
    teacherCount: 12,
    studentIdPrefix: `S${n}`,
    randomSeed: 5000 + i,
  };
});

/** Last school year's daily register for the students who were already here. */
async function lastYearsRegister(client: pg.PoolClient, rows: SchoolRows, today: Day, tenantId: string) {
  const thisYear = academicYearOf(today);
  const start = Number(thisYear.slice(0, 4)) - 1;
  const lastYear = `${start}-${start + 1}`;
  // Last year as a year of the school, with its own calendar: the register skips its holidays.
  const year = schoolYearRows(DISTRICT_SCHOOL, tenantId, lastYear, false);
  for (const [table, list] of [
    ["school_years", [year.schoolYear]],
    ["grading_periods", year.gradingPeriods],
    ["calendar_days", year.calendarDays.map((d) => ({ ...d, bellScheduleId: null }))],
  ] as const)
    await bulkInsert(client, table, [...list]);
  const days = schoolDays(calendarOf(year), year.schoolYear.startsOn, year.schoolYear.endsOn);
  const firstDayThisYear = dayToDate(firstDayOfSchool(thisYear));
  const returning = rows.students.filter((s) => (s.enrollmentDate as Date) < firstDayThisYear);
  const faker = new Faker({ locale: [en_US, en, fakerBase] });
  faker.seed(DISTRICT_SCHOOL.randomSeed + 2);
  const admin = rows.users.find((u) => u.role === "admin")!;
  const stamp = { tenantId, createdBy: admin.id!, markedBy: admin.id! };
  let written = 0;
  for (let i = 0; i < returning.length; i += 500) {
    const chunk = buildAttendance(faker, returning.slice(i, i + 500), days, stamp);
    await bulkInsert(client, "attendance", chunk);
    written += chunk.length;
    if (i % 2500 === 0) console.log(`  last year's register: ${written.toLocaleString("en-US")} rows…`);
  }
  console.log(`  last year's register: ${written.toLocaleString("en-US")} rows.`);
}

/** Writes the district school (unless it is there already), with progress lines. */
export async function seedDistrictSchool(pool: pg.Pool, passwordHash: string, elapsed: () => string) {
  if (await tenantExists(pool, DISTRICT_SCHOOL.slug)) {
    console.log(`${DISTRICT_SCHOOL.name} is already there; left as it is.`);
    return;
  }
  console.log(`${DISTRICT_SCHOOL.name}: building 10 000 students' records…`);
  const today = seedToday(DISTRICT_SCHOOL.timezone);
  await seedSchool(pool, DISTRICT_SCHOOL, passwordHash, {
    tenant: { maxStudents: 20_000, maxTeachers: 1_000 },
    progress: (table, count) =>
      console.log(`  ${table}: ${count.toLocaleString("en-US")} rows (${elapsed()})`),
    more: (client, rows) => lastYearsRegister(client, rows, today, rows.users[0]!.tenantId),
  });
  console.log(`${DISTRICT_SCHOOL.name} written (${elapsed()}).`);
}
