// One class in a list of a child's grades: its name and a line about it, the grade, a link to the
// class's assignments and calculation.
import Link from "next/link";
import type { GradeResult } from "@/lib/grade-calculation";
import { GradeFigure } from "./grade-figure";

export function ClassGradeLink({
  href,
  name,
  detail,
  result,
}: {
  href: string;
  name: string;
  detail: string;
  result: GradeResult | null;
}) {
  return (
    <li>
      <Link
        href={href}
        className="flex min-h-11 items-center justify-between gap-3 p-3 hover:bg-slate-50"
        data-testid="class-grade"
      >
        <span>
          <span className="block font-medium text-blue-800 underline">{name}</span>
          <span className="block text-sm text-slate-700">{detail}</span>
        </span>
        <GradeFigure result={result} />
      </Link>
    </li>
  );
}
