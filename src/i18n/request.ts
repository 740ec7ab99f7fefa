// next-intl's request configuration: the language of this request is the school's (its host
// decides); the console and the landing page are English.
import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentTenant } from "@/server/tenancy/current-tenant";
import { TENANT_HOST_HEADER } from "@/server/tenancy/host";
import { CATALOGUES, shippedLocaleFor } from "./locales";

export default getRequestConfig(async () => {
  const host = (await headers()).get(TENANT_HOST_HEADER);
  const tenant = host ? await getCurrentTenant(host) : null;
  const locale = shippedLocaleFor(tenant?.locale);
  // The school's timezone, said here so next-intl does not ask the runtime for one on every request.
  return { locale, messages: CATALOGUES[locale], timeZone: tenant?.timezone ?? "UTC" };
});
