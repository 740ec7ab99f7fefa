import { useTranslations } from "next-intl";
import type { HealthAlertPart } from "@/lib/student-health";

type Props = { parts: HealthAlertPart[]; compact?: boolean };

/** The alert as a banner (profile) or a compact line (rosters, lists). Text, not colour alone. */
export function HealthAlertNotice(props: Props) {
  // Most rows of a roster have no alert: they need no translator (one per row was measurable).
  return props.parts.length === 0 ? null : <HealthAlert {...props} />;
}

function HealthAlert({ parts, compact = false }: Props) {
  const t = useTranslations("healthAlert");
  if (compact) {
    return (
      <p className="mt-1 text-xs font-medium text-red-900">
        <span className="rounded bg-red-100 px-1.5 py-0.5">{t("title")}</span>{" "}
        {parts.map((p) => `${t(p.field)}: ${p.text}`).join(" · ")}
      </p>
    );
  }
  return (
    <section
      role="note"
      aria-label={t("title")}
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900"
    >
      <h2 className="font-semibold">{t("title")}</h2>
      <ul className="mt-1 space-y-0.5">
        {parts.map((p) => (
          <li key={p.field}>
            <span className="font-medium">{t(p.field)}:</span> {p.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
