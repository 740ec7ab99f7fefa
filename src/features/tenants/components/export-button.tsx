"use client";
import { useState } from "react";

/** Posts the export form; the archive arrives as a download. Reading a large school takes a while. */
export function ExportButton({ tenantId }: { tenantId: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <form method="post" action={`/tenants/${tenantId}/export`} onSubmit={() => { setBusy(true); window.setTimeout(() => setBusy(false), 15_000); }}>
      <button type="submit" className="rounded bg-slate-900 px-4 py-2 font-semibold text-white" aria-describedby="export-progress">Download archive (.zip)</button>
      <p id="export-progress" role="status" className="mt-2 text-sm text-slate-700">{busy ? "Preparing the archive… the download starts when it is ready." : ""}</p>
    </form>
  );
}
