"use client";
// The office's tools on a register: who covers the class that day, and removing a register taken
// by mistake (after a confirmation that says what will go).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { clearRegisterAction, setCoverAction } from "../actions";

export function RegisterOfficeTools({
  classId,
  day,
  coverTeacherId,
  teachers,
  taken,
}: {
  classId: string;
  day: string;
  coverTeacherId: string;
  teachers: { id: string; name: string }[];
  taken: boolean;
}) {
  const t = useTranslations("attendance.office");
  const router = useRouter();
  const [cover, setCover] = useState(coverTeacherId);
  const [message, setMessage] = useState("");
  const [pending, start] = useTransition();
  const saveCover = () =>
    start(async () => {
      const result = await setCoverAction({ classId, day, teacherId: cover });
      setMessage(
        result.ok
          ? t("coverSaved")
          : (result.formError ?? Object.values(result.fieldErrors ?? {}).flat()[0] ?? ""),
      );
      if (result.ok) router.refresh();
    });
  return (
    <section aria-labelledby="office-tools" className="space-y-3 rounded border border-slate-200 p-4">
      <h2 id="office-tools" className="font-semibold">
        {t("toolsTitle")}
      </h2>
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="block font-medium">{t("cover")}</span>
          <select
            value={cover}
            onChange={(e) => setCover(e.target.value)}
            className="mt-1 min-h-11 rounded border border-slate-400 px-2"
          >
            <option value="">{t("noCover")}</option>
            {teachers.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={saveCover}
          disabled={pending}
          className="min-h-11 rounded border border-slate-400 px-4 font-medium hover:bg-slate-100"
        >
          {t("saveCover")}
        </button>
        {taken ? (
          <ConfirmButton
            label={t("clear")}
            title={t("clearTitle")}
            confirmLabel={t("clearConfirm")}
            cancelLabel={t("clearCancel")}
            className="min-h-11 rounded border border-red-700 px-4 font-medium text-red-800 hover:bg-red-50"
            onConfirm={async () => {
              const result = await clearRegisterAction({ classId, day });
              if (!result.ok) return result.formError ?? t("clearFailed");
              setMessage(t("cleared"));
              router.refresh();
            }}
          >
            <p>{t("clearBody")}</p>
          </ConfirmButton>
        ) : null}
      </div>
      <p role="status" className="text-sm text-green-900">
        {message}
      </p>
    </section>
  );
}
