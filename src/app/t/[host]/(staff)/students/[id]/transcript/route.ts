import { transcriptDownload } from "@/features/gradebook/report-downloads";

/** A student's unofficial transcript (every posted year), as PDF. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return transcriptDownload(id);
}
