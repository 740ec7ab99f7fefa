"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { HealthAlertNotice } from "@/components/staff/health-alert-badge";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { useVocabulary } from "@/i18n/use-vocabulary";
import type { StudentRow } from "../queries";

export function StudentsTable({ rows }: { rows: StudentRow[] }) {
  const t = useTranslations("students");
  const v = useVocabulary();
  // Every column sorts on the server (TanStack offers sorting only for columns with an accessor).
  const columns = useMemo<DataColumn<StudentRow>[]>(
    () => [
      {
        id: "name",
        header: t("list.name"),
        accessorKey: "name",
        enableHiding: false,
        cell: ({ row }) => (
          <>
            <Link href={`/students/${row.original.id}`} className="font-medium text-blue-800 underline">
              {row.original.name}
            </Link>
            <HealthAlertNotice parts={row.original.healthAlert} compact />
          </>
        ),
      },
      { id: "studentId", header: t("field.studentId"), accessorKey: "studentId" },
      {
        id: "gradeLevel",
        accessorKey: "gradeLevel",
        header: t("filter.grade"),
        cell: ({ row }) => v.grade(row.original.gradeLevel),
      },
      {
        id: "status",
        accessorKey: "status",
        header: t("filter.status"),
        cell: ({ row }) => v.studentStatus(row.original.status),
      },
      {
        id: "academicYear",
        accessorKey: "academicYear",
        header: t("field.academicYear"),
        cell: ({ row }) => <span className="whitespace-nowrap">{row.original.academicYear}</span>,
      },
      {
        id: "enrollmentDate",
        accessorKey: "enrollmentDate",
        header: t("list.enrolled"),
        cell: ({ row }) => <span className="whitespace-nowrap">{row.original.enrollmentDate}</span>,
      },
      { id: "support", header: t("filter.support"), accessorKey: "support" },
      {
        id: "guardian",
        accessorKey: "guardian",
        header: t("list.guardian"),
        cell: ({ row }) => row.original.guardian ?? "—",
      },
      {
        id: "guardianPhone",
        accessorKey: "guardianPhone",
        header: t("list.guardianPhone"),
        cell: ({ row }) => <span className="whitespace-nowrap">{row.original.guardianPhone ?? "—"}</span>,
      },
    ],
    [t, v],
  );
  return (
    <DataTable
      caption={t("list.caption")}
      columns={columns}
      data={rows}
      rowId={(r) => r.id}
      empty={t("list.empty")}
    />
  );
}
