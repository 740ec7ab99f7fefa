import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PortalNav } from "@/features/portal/components/portal-nav";
import { portalChildPage } from "@/features/portal/page-context";
import { getVocabulary } from "@/i18n/server-vocabulary";

type Props = { children: ReactNode; params: Promise<{ childId: string }> };

/** One child's pages: whose they are, the switch to a brother or sister, and the sections. */
export default async function ChildLayout({ children, params }: Props) {
  const { child, children: family } = await portalChildPage((await params).childId);
  const t = await getTranslations("portal");
  const v = await getVocabulary();
  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl" data-testid="child-name">
          {child.name}
        </h1>
        <p className="text-slate-700">
          {v.grade(child.gradeLevel)} · {t("studentNumber", { number: child.studentNumber })}
        </p>
      </div>
      <PortalNav childId={child.id} familyChildren={family.map((c) => ({ id: c.id, name: c.name }))} />
      {children}
    </div>
  );
}
