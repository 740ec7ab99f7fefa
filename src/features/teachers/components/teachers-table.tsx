"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { useVocabulary } from "@/i18n/use-vocabulary";
import type { TeacherRow } from "../queries";

export function TeachersTable({ rows }: { rows: TeacherRow[] }) {
  const t = useTranslations("teachers");
  const v = useVocabulary();
  const columns = useMemo<DataColumn<TeacherRow>[]>(
    () => [
      {
        id: "name",
        header: t("list.name"),
        accessorKey: "name",
        enableHiding: false,
        cell: ({ row }) => (
          <Link href={`/teachers/${row.original.id}`} className="font-medium text-blue-800 underline">
            {row.original.name}
          </Link>
        ),
      },
      { id: "employeeId", header: t("field.employeeId"), accessorKey: "employeeId" },
      {
        id: "department",
        header: t("field.department"),
        accessorKey: "department",
        cell: ({ row }) => row.original.department ?? "—",
      },
      {
        id: "status",
        header: t("list.status"),
        enableSorting: false,
        cell: ({ row }) => v.employmentStatus(row.original.status),
      },
      {
        id: "type",
        header: t("list.type"),
        enableSorting: false,
        cell: ({ row }) => v.employmentType(row.original.type),
      },
      { id: "subjects", header: t("list.subjects"), accessorKey: "subjects", enableSorting: false },
      { id: "email", header: t("list.email"), accessorKey: "email", enableSorting: false },
      { id: "hireDate", header: t("list.hired"), accessorKey: "hireDate" },
    ],
    [t, v],
  );
  return (
    <DataTable
      caption={t("list.title")}
      columns={columns}
      data={rows}
      rowId={(r) => r.id}
      empty={t("list.empty")}
    />
  );
}
