"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useSchemaResolver } from "@/components/ui/schema-resolver";
import { z } from "zod";
import { reportActionErrors } from "@/components/ui/report-action-errors";
import { FormErrors, TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/server/action-result";
import { MAX_ARCHIVE_BYTES, restoreSchoolSchema } from "@/server/platform/schemas";

const formSchema = restoreSchoolSchema.extend({
  archive: z
    .custom<FileList>(
      (v) => typeof FileList !== "undefined" && v instanceof FileList && v.length === 1,
      "rules.archive.choose",
    )
    .refine((files) => files[0]!.size <= MAX_ARCHIVE_BYTES, "rules.archive.tooBig"),
});
type Values = z.input<typeof formSchema>;

/** Uploads with XMLHttpRequest, whose upload progress fetch() does not report. */
function upload(
  body: FormData,
  onProgress: (fraction: number) => void,
  t: (key: "restore.signedOut" | "restore.unfinished" | "restore.interrupted") => string,
): Promise<ActionResult<{ id: string }>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/tenants/restore/upload");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as ActionResult<{ id: string }>);
      } catch {
        resolve({
          ok: false,
          formError: xhr.status === 404 ? t("restore.signedOut") : t("restore.unfinished"),
        });
      }
    };
    xhr.onerror = () => resolve({ ok: false, formError: t("restore.interrupted") });
    xhr.send(body);
  });
}

export function RestoreForm() {
  const t = useTranslations("console");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: useSchemaResolver(formSchema),
    defaultValues: { slug: "", subdomain: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const body = new FormData();
    body.set("slug", values.slug);
    body.set("subdomain", values.subdomain);
    body.set("archive", (values.archive as FileList)[0]!);
    setProgress(0);
    const result = await upload(body, setProgress, t);
    setProgress(null);
    if (result.ok) {
      router.push(`/tenants/${result.data!.id}?restored=1`);
      return;
    }
    reportActionErrors(result, {
      fields: { slug: "", subdomain: "", archive: "" },
      setError,
      setFormError,
      signIn: () => router.push("/login"),
    });
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-5"
      aria-label={t("restore.label")}
    >
      <FormErrors id="restore-error" formError={formError} fieldErrorCount={Object.keys(errors).length} />
      <div>
        <label htmlFor="restore-archive" className="block text-sm font-medium text-slate-900">
          {t("restore.archive")}
        </label>
        <input
          id="restore-archive"
          type="file"
          accept=".zip,application/zip"
          {...register("archive")}
          aria-invalid={errors.archive ? true : undefined}
          aria-describedby={errors.archive ? "restore-archive-error" : undefined}
          className="mt-1 block w-full rounded border border-slate-400 px-3 py-2"
        />
        {errors.archive ? (
          <p id="restore-archive-error" className="mt-1 text-sm text-red-800">
            {String(errors.archive.message)}
          </p>
        ) : null}
      </div>
      <TextField
        id="restore-slug"
        label={t("restore.slug")}
        autoComplete="off"
        registration={register("slug")}
        error={errors.slug?.message}
      />
      <TextField
        id="restore-subdomain"
        label={t("restore.subdomain")}
        autoComplete="off"
        registration={register("subdomain")}
        error={errors.subdomain?.message}
      />
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-slate-900 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        {isSubmitting ? t("restore.restoring") : t("restore.submit")}
      </button>
      <div role="status" className="text-sm text-slate-700">
        {progress !== null ? (
          progress < 1 ? (
            <>
              <label htmlFor="restore-progress">{t("restore.uploading")}</label>{" "}
              <progress id="restore-progress" max={1} value={progress} /> {Math.round(progress * 100)}%
            </>
          ) : (
            t("restore.uploaded")
          )
        ) : null}
      </div>
    </form>
  );
}
