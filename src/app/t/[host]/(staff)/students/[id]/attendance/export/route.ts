import { studentMonthDownload } from "@/features/attendance/downloads";

// A student's month of attendance as a spreadsheet.
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return studentMonthDownload((await params).id, new URL(request.url).searchParams);
}
