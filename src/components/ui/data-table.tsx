"use client";
// Server-driven tables on TanStack Table: the server sorts and pages; sorting and hidden columns
// live in the URL (?sort=name.asc&hide=email), so a list can be bookmarked, shared and reloaded.
// TanStack keeps the columns, their sorting and visibility; the rows are drawn straight from the
// column definitions (the server already sorted and paged them): building TanStack's row and cell
// models for them was a third of a list page's rendering, on the server and in the browser alike.
import {
  columnVisibilityFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type CellContext,
  type ColumnDef,
  type RowData,
  type SortingState,
} from "@tanstack/react-table";
import { FlexRender } from "@tanstack/react-table";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState, type ReactNode } from "react";

const dataTableFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature });
/** A column of a DataTable; its `id` names it in the URL's sort and hidden columns. */
export type DataColumn<T extends RowData> = ColumnDef<typeof dataTableFeatures, T> & { id: string };

/**
 * A cell as TanStack's FlexRender draws it: the column's cell template, or its value as text. The
 * templates of this product read only `row.original` (the row as the server sent it).
 */
function cellOf<T extends RowData>(column: DataColumn<T>, original: T): ReactNode {
  const template = column.cell;
  if (typeof template === "function")
    return template({ row: { original } } as CellContext<typeof dataTableFeatures, T, unknown>);
  if (template !== undefined) return template;
  const key = "accessorKey" in column ? column.accessorKey : undefined;
  const value = key === undefined ? undefined : (original as Record<string, unknown>)[key as string];
  return value === null || value === undefined ? null : String(value);
}

/** Builds the URL of the same list with some parameters changed (null removes one). */
export function useListHref() {
  const pathname = usePathname();
  const params = useSearchParams();
  return (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params.toString());
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === "") next.delete(key);
      else next.set(key, value);
    }
    const query = next.toString();
    return query ? `${pathname}?${query}` : pathname;
  };
}

export function DataTable<T extends RowData>({
  caption,
  columns,
  data,
  rowId,
  empty,
}: {
  caption: string;
  columns: DataColumn<T>[];
  data: T[];
  rowId: (row: T) => string;
  empty: ReactNode;
}) {
  const router = useRouter();
  const t = useTranslations("table");
  const params = useSearchParams();
  const listHref = useListHref();
  const [sortId, sortDir] = (params.get("sort") ?? "").split(".");
  const sorting: SortingState = sortId ? [{ id: sortId, desc: sortDir === "desc" }] : [];
  // Column choices apply at once (local state) and are written to the URL for the next visit.
  const fromUrl = useMemo(
    () =>
      Object.fromEntries(
        (params.get("hide") ?? "")
          .split(",")
          .filter(Boolean)
          .map((id) => [id, false]),
      ),
    [params],
  );
  const [columnVisibility, setColumnVisibility] = useState<Record<string, boolean>>(fromUrl);

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    manualSorting: true,
    enableSortingRemoval: false,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      router.push(
        listHref({ sort: first ? `${first.id}.${first.desc ? "desc" : "asc"}` : null, page: null }),
      );
    },
    onColumnVisibilityChange: (updater) => {
      const next = typeof updater === "function" ? updater(columnVisibility) : updater;
      setColumnVisibility(next);
      const hide = Object.entries(next)
        .filter(([, visible]) => !visible)
        .map(([id]) => id);
      router.replace(listHref({ hide: hide.join(",") || null }));
    },
  });

  const hideable = table.getAllLeafColumns().filter((column) => column.getCanHide());
  // The definitions as written (TanStack's resolved ones carry a default cell template).
  const shown = table
    .getVisibleLeafColumns()
    .map((column) => columns.find((def) => def.id === column.id))
    .filter((def) => def !== undefined);
  return (
    <div className="space-y-3">
      {hideable.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-slate-800">{t("columns")}</summary>
          <fieldset className="mt-2 flex flex-wrap gap-4">
            <legend className="sr-only">{t("columnsShown")}</legend>
            {hideable.map((column) => (
              <label key={column.id} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={column.getIsVisible()}
                  onChange={column.getToggleVisibilityHandler()}
                />
                {typeof column.columnDef.header === "string" ? column.columnDef.header : column.id}
              </label>
            ))}
          </fieldset>
        </details>
      )}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="px-3 py-2 font-semibold text-slate-900"
                      aria-sort={
                        sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined
                      }
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className="inline-flex items-center gap-1 underline-offset-2 hover:underline"
                        >
                          <FlexRender header={header} />
                          <span aria-hidden="true">
                            {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                          </span>
                        </button>
                      ) : (
                        <FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {data.map((original) => (
              <tr key={rowId(original)} className="align-top">
                {shown.map((column) => (
                  <td key={column.id} className="px-3 py-2 text-slate-800">
                    {cellOf(column, original)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {data.length === 0 && <div className="p-6 text-center text-slate-700">{empty}</div>}
      </div>
    </div>
  );
}
