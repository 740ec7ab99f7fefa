import { officeDownload } from "@/features/attendance/downloads";

// The office's attendance reports and a day's absences as spreadsheets.
export async function GET(request: Request) {
  return officeDownload(new URL(request.url).searchParams);
}
