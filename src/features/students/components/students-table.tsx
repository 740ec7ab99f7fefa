"use client";
import Link from "next/link";
import { HealthAlertNotice } from "@/components/staff/health-alert-badge";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import type { StudentRow } from "../queries";
import { gradeLabel, STATUS_LABELS } from "../schemas";

// Every column sorts on the server (TanStack offers sorting only for columns with an accessor).
const columns: DataColumn<StudentRow>[] = [
  {
    id: "name",
    header: "Name",
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
  { id: "studentId", header: "Student ID", accessorKey: "studentId" },
  {
    id: "gradeLevel",
    accessorKey: "gradeLevel",
    header: "Grade",
    cell: ({ row }) => gradeLabel(row.original.gradeLevel),
  },
  {
    id: "status",
    accessorKey: "status",
    header: "Status",
    cell: ({ row }) => STATUS_LABELS[row.original.status] ?? row.original.status,
  },
  {
    id: "academicYear",
    accessorKey: "academicYear",
    header: "School year",
    cell: ({ row }) => <span className="whitespace-nowrap">{row.original.academicYear}</span>,
  },
  {
    id: "enrollmentDate",
    accessorKey: "enrollmentDate",
    header: "Enrolled",
    cell: ({ row }) => <span className="whitespace-nowrap">{row.original.enrollmentDate}</span>,
  },
  { id: "support", header: "IEP / 504", accessorKey: "support" },
  {
    id: "guardian",
    accessorKey: "guardian",
    header: "Guardian",
    cell: ({ row }) => row.original.guardian ?? "—",
  },
  {
    id: "guardianPhone",
    accessorKey: "guardianPhone",
    header: "Guardian phone",
    cell: ({ row }) => <span className="whitespace-nowrap">{row.original.guardianPhone ?? "—"}</span>,
  },
];

export function StudentsTable({ rows }: { rows: StudentRow[] }) {
  return (
    <DataTable
      caption="Students"
      columns={columns}
      data={rows}
      rowId={(r) => r.id}
      empty="No student matches these filters."
    />
  );
}
