// One report of the reports page: its heading, its CSV download beside it, and its figures.
import type { ReactNode } from "react";

export function ReportSection({
  id,
  title,
  download,
  children,
}: {
  id: string;
  title: string;
  download: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        <a href={download.href} className="text-sm font-medium text-blue-800 underline">
          {download.label}
        </a>
      </div>
      {children}
    </section>
  );
}
