// The school's look as a style sheet: brand colours as CSS variables (with readable text colours)
// and its custom CSS, sanitised. Served on the school's own host only.
import { isHexColor, readableTextOn } from "@/lib/color";
import { sanitizeCustomCss } from "@/lib/css-sanitize";
import { findTenantByHost } from "@/server/tenancy/current-tenant";

const DEFAULT_PRIMARY = "#1f3a5f";
const DEFAULT_SECONDARY = "#f2b705";

export async function GET(_request: Request, { params }: { params: Promise<{ host: string }> }) {
  const tenant = await findTenantByHost(decodeURIComponent((await params).host));
  if (!tenant) return new Response("Not found", { status: 404 });
  const primary = isHexColor(tenant.primaryColor) ? tenant.primaryColor : DEFAULT_PRIMARY;
  const secondary = isHexColor(tenant.secondaryColor) ? tenant.secondaryColor : DEFAULT_SECONDARY;
  const custom = sanitizeCustomCss(tenant.customCss);
  const body = [
    `:root {\n  --brand-primary: ${primary};\n  --brand-primary-contrast: ${readableTextOn(primary)};\n  --brand-secondary: ${secondary};\n  --brand-secondary-contrast: ${readableTextOn(secondary)};\n}`,
    custom.css ? `/* ${tenant.name} */\n${custom.css}` : "",
  ]
    .filter(Boolean)
    .join("\n\n");
  return new Response(`${body}\n`, {
    headers: {
      "content-type": "text/css; charset=utf-8",
      "cache-control": "public, max-age=60",
      "x-content-type-options": "nosniff",
    },
  });
}
