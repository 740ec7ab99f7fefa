// The school's archive as a download (POST from the console's form: it is recorded in both logs).
import { archiveFileName, packArchive, readSchool } from "@/features/tenants/archive/export";
import { consoleRouteUser } from "@/server/auth/console-session";
import { requestInfo } from "@/server/auth/request-info";
import { NotFoundError } from "@/server/errors";

const notFound = () => new Response("Not found", { status: 404 });

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await consoleRouteUser(request, { mutating: true });
  if (!user) return notFound();
  const { id } = await params;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return notFound();
  try {
    const archive = await readSchool({ tenantId: id, actor: { id: user.id, email: user.email, role: user.role }, request: requestInfo(request.headers, "POST", `/tenants/${id}/export`) });
    const bytes = packArchive(archive);
    return new Response(Buffer.from(bytes), {
      headers: {
        "content-type": "application/zip",
        "content-disposition": `attachment; filename="${archiveFileName(archive.manifest.school.slug, new Date())}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}
