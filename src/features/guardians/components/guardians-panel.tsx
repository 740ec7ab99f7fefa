import "server-only";
// On a student's contacts tab: who can sign in to the family portal for this child, their link's
// details, and the guardians the school recorded who have no access yet, each with "Invite".
import { getFormatter, getTranslations } from "next-intl/server";
import { withTenant } from "@/server/db/with-tenant";
import { guardiansOfStudent } from "../queries";
import { GuardianLinkButton } from "./guardian-link-button";
import { InviteGuardianButton } from "./invite-guardian-button";
import { RemoveGuardianButton } from "./remove-guardian-button";

const splitName = (name: string) => {
  const [first, ...rest] = name.trim().split(/\s+/);
  return { firstName: first ?? "", lastName: rest.join(" ") };
};

export async function GuardiansPanel({
  tenantId,
  studentId,
  studentName,
  writer,
}: {
  tenantId: string;
  studentId: string;
  studentName: string;
  writer: boolean;
}) {
  const t = await getTranslations("guardians");
  const format = await getFormatter();
  const data = await withTenant(tenantId, (db) => guardiansOfStudent(db, studentId));
  if (!data) return null;
  const flags = (l: (typeof data.links)[number]) =>
    [
      l.isPrimary && t("isPrimary"),
      l.livesWith && t("livesWith"),
      l.pickupAllowed ? t("pickupAllowed") : t("noPickup"),
      !l.receivesMail && t("noMail"),
    ].filter(Boolean);
  return (
    <section aria-labelledby="guardians-title" className="mt-6 border-t border-slate-200 pt-4">
      <h2 id="guardians-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("help")}</p>
      {data.links.length === 0 ? (
        <p className="mt-3">{t("none")}</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {data.links.map((l) => (
            <li key={l.id} className="rounded border border-slate-200 p-3" data-testid="guardian-link">
              <p className="font-medium">
                {l.name}
                {l.relationship ? ` (${l.relationship})` : ""}
              </p>
              <p className="text-sm text-slate-700">
                {[l.email, l.phone].filter(Boolean).join(" · ")} ·{" "}
                {l.invitationPending
                  ? t("invitationPending")
                  : l.lastSignIn
                    ? t("lastSignIn", { when: format.dateTime(l.lastSignIn, { dateStyle: "medium" }) })
                    : t("neverSignedIn")}
              </p>
              <p className="text-sm text-slate-700">{flags(l).join(" · ")}</p>
              {l.custodyNotes ? (
                <p className="mt-1 rounded bg-amber-50 p-2 text-sm text-amber-950">
                  <span className="font-medium">{t("custodyNotes")}:</span> {l.custodyNotes}
                </p>
              ) : null}
              {writer ? (
                <div className="mt-2 flex flex-wrap gap-2">
                  <GuardianLinkButton
                    label={t("edit")}
                    name={l.name}
                    defaults={{
                      linkId: l.id,
                      relationship: l.relationship ?? "",
                      isPrimary: l.isPrimary,
                      livesWith: l.livesWith,
                      pickupAllowed: l.pickupAllowed,
                      receivesMail: l.receivesMail,
                      custodyNotes: l.custodyNotes ?? "",
                    }}
                  />
                  <RemoveGuardianButton linkId={l.id} name={l.name} student={studentName} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {writer ? (
        <div className="mt-4 flex flex-wrap gap-3">
          {data.slots
            .filter((s) => !s.linked)
            .map((s) =>
              s.email ? (
                <InviteGuardianButton
                  key={s.slot}
                  label={t("inviteSlot", { name: s.name || s.email })}
                  defaults={{
                    studentId,
                    ...splitName(s.name),
                    email: s.email,
                    phone: s.phone ?? "",
                    relationship: s.relationship ?? "",
                    slot: s.slot,
                  }}
                />
              ) : (
                <p key={s.slot} className="text-sm text-slate-700">
                  {t("slotNoAddress", { name: s.name })}
                </p>
              ),
            )}
          <InviteGuardianButton
            label={t("inviteOther")}
            defaults={{
              studentId,
              firstName: "",
              lastName: "",
              email: "",
              phone: "",
              relationship: "",
              slot: null,
            }}
          />
        </div>
      ) : null}
    </section>
  );
}
