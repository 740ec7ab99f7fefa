// Restoring an archive into a new school: a multipart upload (archives are larger than a server
// action's body), answered like a server action (ActionResult as JSON) so the form shows field errors.
import { restoreAsNewSchool } from "@/server/platform/archive/restore";
import { MAX_ARCHIVE_BYTES, restoreSchoolSchema } from "@/server/platform/schemas";
import { fieldErrorsOf, inLanguage, refusal, type ActionResult } from "@/server/action-result";
import { messageText } from "@/i18n/translate";
import { consoleRouteUser } from "@/server/auth/console-session";
import { requestInfo } from "@/server/auth/request-info";
import { UserFacingError } from "@/server/errors";

const json = (result: ActionResult<{ id: string }>, status = 200) =>
  Response.json(result, { status, headers: { "cache-control": "no-store" } });

export async function POST(request: Request) {
  const user = await consoleRouteUser(request, { mutating: true });
  if (!user) return new Response("Not found", { status: 404 });
  if (Number(request.headers.get("content-length") ?? "0") > MAX_ARCHIVE_BYTES) {
    return json(
      {
        ok: false,
        fieldErrors: {
          archive: ["The archive is larger than 100 MB; restore it with the command-line tools instead."],
        },
      },
      413,
    );
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json(inLanguage({ ok: false, formError: "rules.console.incompleteUpload" }), 400);
  }
  const file = form.get("archive");
  const parsed = restoreSchoolSchema.safeParse({
    slug: form.get("slug") ?? "",
    subdomain: form.get("subdomain") ?? "",
  });
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (!(file instanceof File) || file.size === 0) fieldErrors.archive = [messageText("rules.archive.choose")];
  if (!parsed.success || !(file instanceof File) || file.size === 0)
    return json({ ok: false, fieldErrors }, 400);
  try {
    const { tenant } = await restoreAsNewSchool({
      ...parsed.data,
      bytes: new Uint8Array(await file.arrayBuffer()),
      actor: { id: user.id, email: user.email, role: user.role },
      request: requestInfo(request.headers, "POST", "/tenants/restore"),
    });
    return json({ ok: true, data: { id: tenant.id } });
  } catch (error) {
    if (error instanceof UserFacingError) return json(refusal(error), 400);
    throw error;
  }
}
