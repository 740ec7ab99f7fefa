// The hand-written Prisma schema against the migrated database: every model writes and reads
// back every field, and every column of every table is a field of its model.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../src/generated/prisma/client.ts";
import { createPrismaClient, type BasePrismaClient } from "../../src/server/db/prisma.ts";
import { columnName } from "../../scripts/seed/bulk-insert.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let db: TestDatabase;
let prisma: BasePrismaClient;
beforeAll(async () => {
  db = await createTestDatabase();
  prisma = createPrismaClient(db.url, { poolSize: 2 });
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

type FieldType = "String" | "Int" | "BigInt" | "Boolean" | "DateTime" | "Json" | "Decimal" | "Bytes";
const runtimeModels = () =>
  (
    prisma as unknown as {
      _runtimeDataModel: {
        models: Record<
          string,
          { dbName: string; fields: Array<{ name: string; kind: string; type: FieldType }> }
        >;
      };
    }
  )._runtimeDataModel.models;

const LIST_FIELDS = new Set(["backupCodes", "teachingCertifications", "subjectsTaught", "gradeLevelsTaught"]);
const DATE_ONLY = /Date$|^dateOfBirth$/;

/** A non-default value for every field, so a field that silently fails to persist shows. */
function sampleValue(model: string, name: string, type: FieldType): unknown {
  if (LIST_FIELDS.has(name)) return [`${name.slice(0, 3)}-1`, `${name.slice(0, 3)}-2`];
  switch (type) {
    case "Int":
      return 7;
    case "BigInt":
      return BigInt("59283741");
    case "Boolean":
      return true;
    case "Decimal":
      return new Prisma.Decimal(name === "gpaPoints" ? "3.70" : name === "percentage" ? "88.25" : "2.5");
    case "Json":
      return { sample: name, list: [1, 2] };
    case "Bytes":
      return new Uint8Array([37, 80, 68, 70]);
    case "DateTime":
      return DATE_ONLY.test(name) ? new Date("2026-09-14T00:00:00Z") : new Date("2026-09-14T15:30:45.123Z");
    default:
      if (name === "ipAddress") return "203.0.113.7";
      return `${model.slice(0, 2)}${name.slice(0, 4)}`.slice(0, 7);
  }
}

async function arrange() {
  const tenantId = randomUUID();
  const ids = {
    tenantId,
    userId: randomUUID(),
    studentId: randomUUID(),
    teacherId: randomUUID(),
    classId: randomUUID(),
    enrollmentId: randomUUID(),
    yearId: randomUUID(),
    bellScheduleId: randomUUID(),
    gradingPeriodId: randomUUID(),
  };
  return ids;
}

describe("Prisma schema matches the database", () => {
  it("every model writes and reads back every field, and has a field for every column", async () => {
    const ids = await arrange();
    const codeId = randomUUID();
    const refs: Record<string, Record<string, unknown>> = {
      Tenant: { id: ids.tenantId, createdBy: randomUUID() },
      User: { id: ids.userId, tenantId: ids.tenantId, createdBy: null },
      SchoolYear: {
        id: ids.yearId,
        tenantId: ids.tenantId,
        name: "2026-2027",
        startsOn: new Date("2026-08-24T00:00:00Z"),
        endsOn: new Date("2027-06-04T00:00:00Z"),
      },
      Student: {
        id: ids.studentId,
        tenantId: ids.tenantId,
        userId: ids.userId,
        academicYear: "2026-2027",
        createdBy: ids.userId,
      },
      Teacher: { id: ids.teacherId, tenantId: ids.tenantId, userId: ids.userId, createdBy: ids.userId },
      Class: {
        id: ids.classId,
        tenantId: ids.tenantId,
        teacherId: ids.teacherId,
        coTeacherId: ids.teacherId,
        academicYear: "2026-2027",
        createdBy: ids.userId,
      },
      Enrollment: {
        id: ids.enrollmentId,
        tenantId: ids.tenantId,
        studentId: ids.studentId,
        classId: ids.classId,
        createdBy: ids.userId,
      },
      Grade: {
        id: randomUUID(),
        tenantId: ids.tenantId,
        studentId: ids.studentId,
        classId: ids.classId,
        enrollmentId: ids.enrollmentId,
        gradedBy: ids.userId,
        createdBy: ids.userId,
        assignmentId: null,
      },
      Attendance: {
        id: randomUUID(),
        tenantId: ids.tenantId,
        studentId: ids.studentId,
        classId: ids.classId,
        markedBy: ids.userId,
        createdBy: ids.userId,
        // The school's codes come later in the model list.
        attendanceCodeId: null,
      },
      AuditLog: { id: randomUUID(), tenantId: ids.tenantId, userId: ids.userId, resourceId: ids.studentId },
      UserSecurity: { userId: ids.userId, tenantId: ids.tenantId },
      AuthAttempt: { tenantId: ids.tenantId, kind: "sign_in" },
      MailOutbox: { id: randomUUID(), tenantId: ids.tenantId, status: "local" },
      UserSession: { id: randomUUID(), tenantId: ids.tenantId, userId: ids.userId },
      StudentStatusChange: {
        id: randomUUID(),
        tenantId: ids.tenantId,
        studentId: ids.studentId,
        createdBy: ids.userId,
      },
      TenantDomain: { id: randomUUID(), tenantId: ids.tenantId, status: "pending" },
      // A day and status no attendance mark above counts toward (the database keeps these).
      AttendanceDailyCount: {
        tenantId: ids.tenantId,
        attendanceDate: new Date("2001-01-01T00:00:00Z"),
        status: "drift",
        marks: 3,
      },
      // A key no student above counts toward.
      StudentCount: {
        tenantId: ids.tenantId,
        status: "drift",
        gradeLevel: "9",
        academicYear: "2001-2002",
        students: 3,
      },
      // A word the student above does not have (the database keeps the others).
      StudentSearchWord: { tenantId: ids.tenantId, studentId: ids.studentId, word: "drift" },
      // A figure nothing above counts toward.
      SchoolCount: { tenantId: ids.tenantId, figure: "drift", value: 3 },
      GradingPeriod: {
        id: ids.gradingPeriodId,
        tenantId: ids.tenantId,
        schoolYearId: ids.yearId,
        parentId: null,
        startsOn: new Date("2026-08-24T00:00:00Z"),
        endsOn: new Date("2026-10-30T00:00:00Z"),
      },
      BellSchedule: { id: ids.bellScheduleId, tenantId: ids.tenantId },
      BellPeriod: {
        id: randomUUID(),
        tenantId: ids.tenantId,
        bellScheduleId: ids.bellScheduleId,
        startsAt: new Date("1970-01-01T08:05:00Z"),
        endsAt: new Date("1970-01-01T08:55:00Z"),
      },
      CalendarDay: {
        id: randomUUID(),
        tenantId: ids.tenantId,
        schoolYearId: ids.yearId,
        day: new Date("2026-12-01T00:00:00Z"),
        kind: "closure",
        bellScheduleId: ids.bellScheduleId,
        createdBy: ids.userId,
      },
      YearRollover: {
        id: randomUUID(),
        tenantId: ids.tenantId,
        fromYearId: ids.yearId,
        status: "done",
        createdBy: ids.userId,
      },
      RolloverStudentChoice: {
        tenantId: ids.tenantId,
        schoolYearId: ids.yearId,
        studentId: ids.studentId,
        choice: "retain",
      },
      Assignment: {
        id: randomUUID(),
        tenantId: ids.tenantId,
        classId: ids.classId,
        gradingPeriodId: ids.gradingPeriodId,
        assignmentType: "homework",
        createdBy: ids.userId,
      },
      GradebookSettings: { tenantId: ids.tenantId, classId: ids.classId, mode: "points", courseLevel: "ap" },
      GradingPolicy: { tenantId: ids.tenantId },
      PostedGrade: {
        id: randomUUID(),
        tenantId: ids.tenantId,
        enrollmentId: ids.enrollmentId,
        gradingPeriodId: ids.gradingPeriodId,
        postedBy: ids.userId,
        reopenedBy: ids.userId,
      },
      ReportCardRun: {
        id: randomUUID(),
        tenantId: ids.tenantId,
        gradingPeriodId: ids.gradingPeriodId,
        status: "done",
        createdBy: ids.userId,
      },
      AttendanceCode: {
        id: codeId,
        tenantId: ids.tenantId,
        code: "DR",
        status: "absent",
        countsAs: "absent",
      },
      AttendanceSettings: {
        tenantId: ids.tenantId,
        fullDayPercent: 90,
        halfDayPercent: 40,
        alertDelayMinutes: 5,
      },
      AttendanceNotice: {
        id: randomUUID(),
        tenantId: ids.tenantId,
        studentId: ids.studentId,
        kind: "late_arrival",
        startsOn: new Date("2026-12-01T00:00:00Z"),
        endsOn: new Date("2026-12-01T00:00:00Z"),
        atTime: new Date("1970-01-01T10:15:00Z"),
        attendanceCodeId: codeId,
        createdBy: ids.userId,
      },
      ClassCover: {
        tenantId: ids.tenantId,
        classId: ids.classId,
        day: new Date("2026-12-01T00:00:00Z"),
        teacherId: ids.teacherId,
        createdBy: ids.userId,
      },
      AttendanceNudge: {
        tenantId: ids.tenantId,
        classId: ids.classId,
        day: new Date("2026-12-01T00:00:00Z"),
        sentBy: ids.userId,
      },
      AttendanceAlert: {
        id: randomUUID(),
        tenantId: ids.tenantId,
        studentId: ids.studentId,
        day: new Date("2026-12-01T00:00:00Z"),
        status: "sent",
        reason: "absent",
        recipients: ["family@example.org"],
      },
      StudentGuardian: {
        id: randomUUID(),
        tenantId: ids.tenantId,
        studentId: ids.studentId,
        userId: ids.userId,
        relationship: "Aunt",
        guardianSlot: 2,
        custodyNotes: "Court order on file",
        createdBy: ids.userId,
      },
      GuardianInviteRun: {
        id: randomUUID(),
        tenantId: ids.tenantId,
        gradeLevel: "9",
        status: "done",
        report: { sent: 1 },
        createdBy: ids.userId,
      },
    };
    // Primary key of each model, for reading the row back.
    const keyOf = (model: string, data: Record<string, unknown>): Record<string, unknown> =>
      model === "UserSecurity"
        ? { userId: data.userId }
        : model === "AttendanceDailyCount"
          ? {
              tenantId_attendanceDate_status: {
                tenantId: data.tenantId,
                attendanceDate: data.attendanceDate,
                status: data.status,
              },
            }
          : model === "StudentCount"
            ? {
                tenantId_status_gradeLevel_academicYear: {
                  tenantId: data.tenantId,
                  status: data.status,
                  gradeLevel: data.gradeLevel,
                  academicYear: data.academicYear,
                },
              }
            : model === "SchoolCount"
              ? { tenantId_figure: { tenantId: data.tenantId, figure: data.figure } }
              : model === "StudentSearchWord"
                ? {
                    tenantId_word_studentId: {
                      tenantId: data.tenantId,
                      word: data.word,
                      studentId: data.studentId,
                    },
                  }
                : model === "RolloverStudentChoice"
                  ? {
                      tenantId_schoolYearId_studentId: {
                        tenantId: data.tenantId,
                        schoolYearId: data.schoolYearId,
                        studentId: data.studentId,
                      },
                    }
                  : model === "GradebookSettings"
                    ? { tenantId_classId: { tenantId: data.tenantId, classId: data.classId } }
                    : model === "GradingPolicy" || model === "AttendanceSettings"
                      ? { tenantId: data.tenantId }
                      : model === "ClassCover" || model === "AttendanceNudge"
                        ? {
                            tenantId_classId_day: {
                              tenantId: data.tenantId,
                              classId: data.classId,
                              day: data.day,
                            },
                          }
                        : { id: data.id };
    const models = runtimeModels();
    expect(Object.keys(models)).toEqual(Object.keys(refs));

    for (const [model, meta] of Object.entries(models)) {
      const scalarEnum = (Prisma as unknown as Record<string, Record<string, string>>)[
        `${model}ScalarFieldEnum`
      ]!;
      const data: Record<string, unknown> = {};
      for (const field of meta.fields.filter((f) => f.kind === "scalar")) {
        data[field.name] =
          field.name in refs[model]! ? refs[model]![field.name] : sampleValue(model, field.name, field.type);
      }
      expect(Object.keys(data).sort(), model).toEqual(Object.keys(scalarEnum).sort());

      const delegate = (
        prisma as unknown as Record<
          string,
          {
            create(a: unknown): Promise<unknown>;
            findUniqueOrThrow(a: unknown): Promise<Record<string, unknown>>;
          }
        >
      )[model.charAt(0).toLowerCase() + model.slice(1)]!;
      await delegate.create({ data });
      const read = await delegate.findUniqueOrThrow({ where: keyOf(model, data) });
      for (const [field, value] of Object.entries(data)) {
        if (field === "updatedAt") continue; // the database stamps it
        expect(read[field], `${model}.${field}`).toEqual(value);
      }

      const [column, value] =
        model === "UserSecurity"
          ? ["user_id", data.userId]
          : model === "AttendanceDailyCount" || model === "StudentCount"
            ? ["status", data.status]
            : model === "SchoolCount"
              ? ["figure", data.figure]
              : model === "StudentSearchWord"
                ? ["word", data.word]
                : model === "RolloverStudentChoice"
                  ? ["student_id", data.studentId]
                  : model === "GradebookSettings" || model === "ClassCover" || model === "AttendanceNudge"
                    ? ["class_id", data.classId]
                    : model === "GradingPolicy" || model === "AttendanceSettings"
                      ? ["tenant_id", data.tenantId]
                      : ["id", data.id];
      const {
        rows: [raw],
      } = await db.admin.query(`SELECT row_to_json(t) AS row FROM "${meta.dbName}" t WHERE ${column} = $1`, [
        value,
      ]);
      expect(Object.keys(raw.row).sort(), meta.dbName).toEqual(Object.keys(data).map(columnName).sort());
    }
  });

  it("reads DATE columns as the calendar day written, whatever the server's timezone", async () => {
    await db.admin.query("SET TIME ZONE 'Pacific/Kiritimati'");
    const {
      rows: [row],
    } = await db.admin.query("SELECT date_of_birth::text AS d FROM students LIMIT 1");
    expect(row.d).toBe("2026-09-14");
  });
});
