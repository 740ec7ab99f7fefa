import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { accountOf } from "@/features/portal/account-service";
import { ContactForm } from "@/features/portal/components/contact-form";
import { MailPreferencesForm } from "@/features/portal/components/mail-preferences-form";
import { portalViewer } from "@/features/portal/page-context";
import { pageTitle } from "@/i18n/page-title";
import { withTenant } from "@/server/db/with-tenant";

export const generateMetadata = pageTitle("portalAccount");

/** A family member's own details: phone and email, the mail they get, sign-in security. */
export default async function PortalAccount() {
  const { user, children } = await portalViewer();
  const t = await getTranslations("portal.account");
  const account = await withTenant(user.tenantId, (db) => accountOf(db, user.id));
  const card = "rounded-lg border border-slate-200 bg-white p-4 space-y-3";
  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link
          href={children.length === 1 ? `/portal/${children[0]!.id}` : "/portal"}
          className="inline-flex min-h-11 items-center underline"
        >
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
      <section aria-labelledby="contact-title" className={card}>
        <h2 id="contact-title" className="text-lg font-semibold">
          {t("contact")}
        </h2>
        <p className="text-sm text-slate-700">{t("contactHelp")}</p>
        {!account.emailVerified ? <p className="text-sm text-amber-900">{t("unconfirmed")}</p> : null}
        <ContactForm initial={{ email: account.email, phone: account.phone ?? "" }} />
      </section>
      {user.role === "parent" ? (
        <section aria-labelledby="mail-title" className={card}>
          <h2 id="mail-title" className="text-lg font-semibold">
            {t("mailTitle")}
          </h2>
          <MailPreferencesForm initial={account.mailPreferences} />
        </section>
      ) : null}
      <section aria-labelledby="security-title" className={card}>
        <h2 id="security-title" className="text-lg font-semibold">
          {t("security")}
        </h2>
        <Link
          href="/account/security"
          className="inline-flex min-h-11 items-center font-medium text-blue-800 underline"
        >
          {t("securityLink")}
        </Link>
      </section>
    </div>
  );
}
