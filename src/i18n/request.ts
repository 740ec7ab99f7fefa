// next-intl's request configuration: the language of this request (requestLanguage: a family
// member's own, the one chosen before signing in, or the school's; staff and the console read
// English), with the school's timezone.
import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { requestLanguage } from "@/server/auth/request-language";
import { getCurrentTenant } from "@/server/tenancy/current-tenant";
import { TENANT_HOST_HEADER } from "@/server/tenancy/host";
import { CATALOGUES } from "./locales";

export default getRequestConfig(async () => {
  const host = (await headers()).get(TENANT_HOST_HEADER);
  const tenant = host ? await getCurrentTenant(host) : null;
  const locale = tenant ? await requestLanguage() : "en";
  // The school's timezone, said here so next-intl does not ask the runtime for one on every request.
  return { locale, messages: CATALOGUES[locale], timeZone: tenant?.timezone ?? "UTC" };
});
