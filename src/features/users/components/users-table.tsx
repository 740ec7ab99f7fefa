"use client";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useVocabulary } from "@/i18n/use-vocabulary";
import type { Vocabulary } from "@/i18n/vocabulary";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import type { UserRow } from "../queries";
import { RoleControl, UserRowActions } from "./user-row-actions";
import { dateTimeFormat } from "@/lib/date-time-format";

type Translate = ReturnType<typeof useTranslations<"users">>;

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
  const t = useTranslations("users");
  const v = useVocabulary();
  const locale = useLocale();
  // The first render's words are kept: a refresh hands the page new catalogue objects (the same
  // words), and columns rebuilt for them would remount every row's controls (a role change would
  // lose its "Saved"). The language changes only with a new page.
  const [words] = useState(() => ({ t, v }));
  const columns = useMemo(
    () => userColumns(currentUserId, timeZone, locale, words.t, words.v),
    [currentUserId, timeZone, locale, words],
  );
  return (
    <DataTable
      caption={t("table.caption")}
      columns={columns}
      data={users}
      rowId={(u) => u.id}
      empty={t("table.empty")}
    />
  );
}

function userColumns(
  currentUserId: string,
  timeZone: string,
  locale: string,
  t: Translate,
  v: Vocabulary,
): DataColumn<UserRow>[] {
  const when = dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  return [
    {
      id: "name",
      header: t("table.name"),
      accessorKey: "name",
      enableSorting: false,
      enableHiding: false,
      cell: ({ row }) => (
        <span>
          <span className="font-medium">{row.original.name}</span>
          {row.original.invitationPending ? (
            <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">
              {t("table.invitationPending")}
            </span>
          ) : null}
        </span>
      ),
    },
    { id: "email", header: t("table.email"), accessorKey: "email", enableSorting: false },
    {
      id: "role",
      header: t("table.role"),
      enableSorting: false,
      cell: ({ row }) => <RoleControl user={row.original} isSelf={row.original.id === currentUserId} />,
    },
    {
      id: "status",
      header: t("table.status"),
      enableSorting: false,
      cell: ({ row }) => (
        <span>
          {v.userStatus(row.original.status)}
          {row.original.locked ? (
            <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-900">
              {t("table.locked")}
            </span>
          ) : null}
        </span>
      ),
    },
    {
      id: "twoFactor",
      header: t("table.twoFactor"),
      enableSorting: false,
      cell: ({ row }) => (row.original.twoFactor ? t("table.on") : t("table.off")),
    },
    {
      id: "lastLogin",
      header: t("table.lastLogin"),
      enableSorting: false,
      cell: ({ row }) =>
        row.original.lastLogin ? when.format(new Date(row.original.lastLogin)) : t("table.never"),
    },
    {
      id: "actions",
      header: t("table.actions"),
      enableSorting: false,
      enableHiding: false,
      cell: ({ row }) => <UserRowActions user={row.original} isSelf={row.original.id === currentUserId} />,
    },
  ];
}
