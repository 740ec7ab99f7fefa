import { reportCardDownload } from "@/features/gradebook/report-downloads";

/** A student's report card for one grading period (?period=), as PDF. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return reportCardDownload(id, new URL(request.url).searchParams.get("period"));
}
