import { transcriptDownload } from "@/features/gradebook/report-downloads";

/** A child's unofficial transcript, as PDF: theirs only. */
export async function GET(_request: Request, { params }: { params: Promise<{ childId: string }> }) {
  return transcriptDownload((await params).childId);
}
