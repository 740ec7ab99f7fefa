"use client";
import Link from "next/link";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import type { TeacherRow } from "../queries";
import { EMPLOYMENT_STATUS_LABELS, EMPLOYMENT_TYPE_LABELS } from "../schemas";

const columns: DataColumn<TeacherRow>[] = [
  {
    id: "name",
    header: "Name",
    accessorKey: "name",
    enableHiding: false,
    cell: ({ row }) => (
      <Link href={`/teachers/${row.original.id}`} className="font-medium text-blue-800 underline">
        {row.original.name}
      </Link>
    ),
  },
  { id: "employeeId", header: "Employee ID", accessorKey: "employeeId" },
  {
    id: "department",
    header: "Department",
    accessorKey: "department",
    cell: ({ row }) => row.original.department ?? "—",
  },
  {
    id: "status",
    header: "Status",
    enableSorting: false,
    cell: ({ row }) => EMPLOYMENT_STATUS_LABELS[row.original.status] ?? row.original.status,
  },
  {
    id: "type",
    header: "Type",
    enableSorting: false,
    cell: ({ row }) => EMPLOYMENT_TYPE_LABELS[row.original.type] ?? row.original.type,
  },
  { id: "subjects", header: "Subjects", accessorKey: "subjects", enableSorting: false },
  { id: "email", header: "Email", accessorKey: "email", enableSorting: false },
  { id: "hireDate", header: "Hired", accessorKey: "hireDate" },
];

export function TeachersTable({ rows }: { rows: TeacherRow[] }) {
  return (
    <DataTable
      caption="Teachers"
      columns={columns}
      data={rows}
      rowId={(r) => r.id}
      empty="No teacher matches these filters."
    />
  );
}
