import { reportCardDownload } from "@/features/gradebook/report-downloads";

/** A child's report card for one posted grading period (?period=), as PDF: theirs only. */
export async function GET(request: Request, { params }: { params: Promise<{ childId: string }> }) {
  const { childId } = await params;
  return reportCardDownload(childId, new URL(request.url).searchParams.get("period"));
}
