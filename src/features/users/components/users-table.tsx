"use client";
import { useMemo } from "react";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import type { UserRow } from "../queries";
import { RoleControl, UserRowActions } from "./user-row-actions";

const STATUS_LABELS: Record<string, string> = {
  active: "Active",
  inactive: "Inactive",
  suspended: "Suspended",
};

export function UsersTable({
  users,
  currentUserId,
  timeZone,
}: {
  users: UserRow[];
  currentUserId: string;
  timeZone: string;
}) {
  // Stable column definitions: a new cell function on each render would remount the row's
  // controls (and lose what they show) every time the page refreshes.
  const columns = useMemo(() => userColumns(currentUserId, timeZone), [currentUserId, timeZone]);
  return (
    <DataTable
      caption="People with an account at this school"
      columns={columns}
      data={users}
      rowId={(u) => u.id}
      empty="No one matches this search."
    />
  );
}

function userColumns(currentUserId: string, timeZone: string): DataColumn<UserRow>[] {
  const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone });
  return [
    {
      id: "name",
      header: "Name",
      accessorKey: "name",
      enableSorting: false,
      enableHiding: false,
      cell: ({ row }) => (
        <span>
          <span className="font-medium">{row.original.name}</span>
          {row.original.invitationPending ? (
            <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">
              Invitation pending
            </span>
          ) : null}
        </span>
      ),
    },
    { id: "email", header: "Email", accessorKey: "email", enableSorting: false },
    {
      id: "role",
      header: "Role",
      enableSorting: false,
      cell: ({ row }) => <RoleControl user={row.original} isSelf={row.original.id === currentUserId} />,
    },
    {
      id: "status",
      header: "Status",
      enableSorting: false,
      cell: ({ row }) => (
        <span>
          {STATUS_LABELS[row.original.status] ?? row.original.status}
          {row.original.locked ? (
            <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-900">Locked</span>
          ) : null}
        </span>
      ),
    },
    {
      id: "twoFactor",
      header: "Two-factor",
      enableSorting: false,
      cell: ({ row }) => (row.original.twoFactor ? "On" : "Off"),
    },
    {
      id: "lastLogin",
      header: "Last sign-in",
      enableSorting: false,
      cell: ({ row }) => (row.original.lastLogin ? when.format(new Date(row.original.lastLogin)) : "Never"),
    },
    {
      id: "actions",
      header: "Actions",
      enableSorting: false,
      enableHiding: false,
      cell: ({ row }) => <UserRowActions user={row.original} isSelf={row.original.id === currentUserId} />,
    },
  ];
}
