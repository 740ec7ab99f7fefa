"use client";
import Link from "next/link";
import { HealthAlertNotice } from "@/components/staff/health-alert-badge";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import type { StudentRow } from "../queries";
import { gradeLabel, STATUS_LABELS } from "../schemas";

const columns: DataColumn<StudentRow>[] = [
  {
    id: "name", header: "Name", enableHiding: false,
    cell: ({ row }) => (
      <>
        <Link href={`/students/${row.original.id}`} className="font-medium text-blue-800 underline">{row.original.name}</Link>
        <HealthAlertNotice parts={row.original.healthAlert} compact />
      </>
    ),
  },
  { id: "studentId", header: "Student ID", accessorKey: "studentId" },
  { id: "gradeLevel", header: "Grade", cell: ({ row }) => gradeLabel(row.original.gradeLevel) },
  { id: "status", header: "Status", cell: ({ row }) => STATUS_LABELS[row.original.status] ?? row.original.status },
  { id: "academicYear", header: "School year", accessorKey: "academicYear", enableSorting: false },
  { id: "enrollmentDate", header: "Enrolled", accessorKey: "enrollmentDate" },
  { id: "support", header: "IEP / 504", accessorKey: "support", enableSorting: false },
  { id: "guardian", header: "Guardian", enableSorting: false, cell: ({ row }) => row.original.guardian ?? "—" },
  { id: "guardianPhone", header: "Guardian phone", enableSorting: false, cell: ({ row }) => row.original.guardianPhone ?? "—" },
];

export function StudentsTable({ rows }: { rows: StudentRow[] }) {
  return <DataTable caption="Students" columns={columns} data={rows} rowId={(r) => r.id} empty="No student matches these filters." />;
}
