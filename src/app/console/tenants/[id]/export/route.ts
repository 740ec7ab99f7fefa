// The school's archive as a download (POST from the console's form: it is recorded in both logs).
import { archiveFileName, packArchive, readSchool } from "@/server/platform/archive/export";
import { consoleRouteUser } from "@/server/auth/console-session";
import { requestInfo } from "@/server/auth/request-info";
import { proveIdentity } from "@/server/auth/step-up";
import { withTenant } from "@/server/db/with-tenant";
import { NotFoundError } from "@/server/errors";
import { stepUpSchema } from "@/features/auth/schemas";
import { inLanguage, invalidInput, type ActionResult } from "@/server/action-result";

const notFound = () => new Response("Not found", { status: 404 });
/** A refusal as the form reads it: its catalogue keys said as sentences. */
const refused = (body: ActionResult<never>) =>
  Response.json(inLanguage(body), { status: 400, headers: { "cache-control": "no-store" } });

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await consoleRouteUser(request, { mutating: true });
  if (!user) return notFound();
  const { id } = await params;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return notFound();
  const info = requestInfo(request.headers, "POST", `/tenants/${id}/export`);
  // Step-up: the archive is every record of a school, so the operator proves it is them again.
  let fields: Record<string, string> = {};
  try {
    fields = Object.fromEntries(
      [...(await request.formData()).entries()].filter(([, v]) => typeof v === "string"),
    ) as Record<string, string>;
  } catch {
    return refused({ ok: false, formError: "rules.console.incompleteRequest" });
  }
  const parsed = stepUpSchema.safeParse(fields);
  if (!parsed.success) return refused(invalidInput(parsed.error));
  const proof = await withTenant(user.tenantId, (tx) =>
    proveIdentity(
      tx,
      { tenantId: user.tenantId, userId: user.id, email: user.email, role: user.role },
      parsed.data,
      info,
    ),
  );
  if (!proof.ok) return refused(proof);
  try {
    const archive = await readSchool({
      tenantId: id,
      actor: { id: user.id, email: user.email, role: user.role },
      request: info,
    });
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
