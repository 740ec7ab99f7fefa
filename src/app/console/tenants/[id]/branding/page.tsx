import { BrandingEditor } from "@/features/tenants/components/branding-editor";
import { requireSchool } from "../school";
import { pageTitle } from "@/i18n/page-title";

export const generateMetadata = pageTitle("consoleBranding");

export default async function TenantBrandingPage({ params }: { params: Promise<{ id: string }> }) {
  const t = await requireSchool(params);
  return (
    <BrandingEditor
      tenantId={t.id}
      name={t.name}
      initial={{
        logoUrl: t.logoUrl ?? "",
        primaryColor: t.primaryColor ?? "#1f3a5f",
        secondaryColor: t.secondaryColor ?? "#f2b705",
        customCss: t.customCss ?? "",
      }}
    />
  );
}
