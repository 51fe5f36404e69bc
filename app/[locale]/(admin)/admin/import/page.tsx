import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { ActionForm } from "@/components/admin/ActionForm";
import { ImportAutoRefresh } from "@/components/admin/ImportProgress";
import { DateTime, DiffTable, Notice, Person, Section, StatusBadge } from "@/components/admin/parts";
import { buttonClass } from "@/components/forms/fields";
import { Link } from "@/i18n/navigation";
import { AppError } from "@/lib/errors";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/listing/import";
import type { Actor } from "@/lib/permissions";
import type { Locale } from "@/lib/taxonomy";
import { startImportAction } from "@/server/actions/admin";
import { requirePermissionForPage } from "@/server/auth";
import { findImportJobs, getImportJob, previewImport, readImportUpload } from "@/server/data/import";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "admin" }))("import.title") };
}

/** Rows listed in full in the preview; the counts are always complete, and so is the list of invalid rows. */
const PREVIEW_ROWS = 200;
const PROBLEMS = ["importFileRequired", "importFileTooLarge", "importNotUtf8"] as const;

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);
type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A message key from the import code, with an optional detail after a colon (a column name). */
function problemText(t: Translate, message: string): string {
  const [key, detail] = message.split(/:(.*)/s);
  const text = t(key, { max: MAX_IMPORT_ROWS });
  return detail ? `${text} (${detail})` : text;
}

async function Preview({ actor, token, locale }: { actor: Actor; token: string; locale: Locale }) {
  const [t, tAll, format] = await Promise.all([getTranslations("admin.import"), getTranslations(), getFormatter()]);
  const tt = tAll as unknown as Translate;
  let upload;
  try {
    upload = await readImportUpload({ actor, token });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      return (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900">
          {t("uploadGone")}
        </p>
      );
    }
    throw error;
  }
  const preview = await previewImport({ actor, csv: upload.csv });
  const problems = preview.fileErrors.length + preview.invalid.length;
  const work = preview.creates.length + preview.updates.length;
  return (
    <div className="flex flex-col gap-5">
      <Section id="import-summary" title={t("previewHeading", { file: upload.fileName })}>
        <p className="text-sm text-slate-700">
          {t("uploaded", { size: format.number(upload.bytes / 1024, { maximumFractionDigits: 0 }) })} <DateTime iso={upload.uploadedAt} withTime />
        </p>
        <ul className="grid gap-2 text-sm sm:grid-cols-4">
          <li className="rounded-md bg-green-50 p-3">
            <span className="block text-2xl font-bold">{format.number(preview.creates.length)}</span>
            {t("toCreate")}
          </li>
          <li className="rounded-md bg-sky-50 p-3">
            <span className="block text-2xl font-bold">{format.number(preview.updates.length)}</span>
            {t("toUpdate")}
          </li>
          <li className="rounded-md bg-slate-100 p-3">
            <span className="block text-2xl font-bold">{format.number(preview.unchanged.length)}</span>
            {t("unchanged")}
          </li>
          <li className={`rounded-md p-3 ${problems ? "bg-red-50" : "bg-slate-100"}`}>
            <span className="block text-2xl font-bold">{format.number(preview.invalid.length)}</span>
            {t("invalid")}
          </li>
        </ul>
        {problems > 0 ? (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900">
            {t("fixFirst")}
          </p>
        ) : work === 0 ? (
          <p className="text-slate-700">{t("nothingToDo")}</p>
        ) : (
          <ActionForm
            id="start-import"
            action={startImportAction}
            hidden={{ upload: token }}
            description={t("startHint")}
            submit={{ label: t("start", { creates: preview.creates.length, updates: preview.updates.length }), pending: t("starting") }}
          />
        )}
      </Section>

      {preview.fileErrors.length > 0 && (
        <Section id="import-file-errors" title={t("fileErrors")}>
          <ul className="list-disc pl-5 text-sm text-red-900">
            {preview.fileErrors.map((e) => (
              <li key={e}>{problemText(tt, e)}</li>
            ))}
          </ul>
        </Section>
      )}

      {preview.invalid.length > 0 && (
        <Section id="import-invalid" title={t("invalidRows", { count: preview.invalid.length })}>
          <ul className="flex flex-col gap-2 text-sm">
            {preview.invalid.map((r) => (
              <li key={r.row}>
                <span className="font-semibold">{t("row", { row: r.row })}</span>
                <ul className="list-disc pl-5 text-red-900">
                  {r.errors.map((e, i) => (
                    <li key={i}>
                      {tt(`listingForm.fields.${e.field}`)}: {problemText(tt, e.message)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {preview.updates.length > 0 && (
        <Section id="import-updates" title={t("updatesHeading", { count: preview.updates.length })}>
          {preview.updates.length > PREVIEW_ROWS && <p className="text-sm text-slate-700">{t("firstRows", { count: PREVIEW_ROWS })}</p>}
          <ul className="flex flex-col gap-4">
            {preview.updates.slice(0, PREVIEW_ROWS).map((u) => (
              <li key={u.row} className="flex flex-col gap-1">
                <p className="font-semibold">
                  {t("row", { row: u.row })}: {u.name} <span className="font-normal text-slate-600">({u.slug})</span>
                </p>
                <DiffTable diff={u.diff} locale={locale} caption={t("diffCaption", { name: u.name })} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      {preview.creates.length > 0 && (
        <Section id="import-creates" title={t("createsHeading", { count: preview.creates.length })}>
          {preview.creates.length > PREVIEW_ROWS && <p className="text-sm text-slate-700">{t("firstRows", { count: PREVIEW_ROWS })}</p>}
          <ul className="flex flex-col gap-1 text-sm">
            {preview.creates.slice(0, PREVIEW_ROWS).map((c) => (
              <li key={c.row}>
                {t("row", { row: c.row })}: {c.name} <span className="text-slate-600">({c.slug})</span>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}

async function Job({ actor, jobId }: { actor: Actor; jobId: string }) {
  const [t, format] = await Promise.all([getTranslations("admin.import"), getFormatter()]);
  let job;
  try {
    job = await getImportJob({ actor, jobId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return <p role="alert">{t("noJob")}</p>;
    throw error;
  }
  const running = job.status === "RUNNING";
  return (
    <Section id="import-job" title={t("jobHeading")}>
      <ImportAutoRefresh running={running} />
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge status={job.status} />
        <span>
          {t("startedAt")} <DateTime iso={job.createdAt} withTime />
        </span>
      </p>
      <label htmlFor="import-progress" className="font-medium">
        {t("progress")}
      </label>
      <progress id="import-progress" max={Math.max(1, job.total)} value={job.processed} className="h-3 w-full" />
      <p role="status" className="text-sm text-slate-700">
        {t("processed", { processed: format.number(job.processed), total: format.number(job.total) })}
      </p>
      {job.status === "COMPLETED" && (
        <p className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-green-900">
          {t("completed", { created: job.created, updated: job.updated })}
        </p>
      )}
      {job.status === "FAILED" && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-red-900">
          {t("failed", { error: job.error ?? "" })}
        </p>
      )}
      {running ? (
        <p className="text-sm">
          <Link href={`/admin/import?job=${encodeURIComponent(job.id)}`} className="text-brand-700 underline">
            {t("refresh")}
          </Link>
        </p>
      ) : (
        <p className="flex flex-wrap gap-x-4 text-sm">
          <Link href={{ pathname: "/admin/audit", query: { action: "import.apply" } }} className="text-brand-700 underline">
            {t("inAudit")}
          </Link>
          <Link href="/admin/import" className="text-brand-700 underline">
            {t("another")}
          </Link>
        </p>
      )}
    </Section>
  );
}

/** CSV import: upload, preview (nothing written), then import with progress. */
export default async function ImportPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  const user = await requirePermissionForPage("import:listing:any", "/admin/import");
  const [t, tAll, format] = await Promise.all([getTranslations("admin.import"), getTranslations(), getFormatter()]);
  const tt = tAll as unknown as Translate;
  const upload = one(sp.upload);
  const jobId = one(sp.job);
  const problem = one(sp.problem);
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
      <Notice notice={sp.notice} scope="import" />
      {jobId ? (
        <Job actor={user} jobId={jobId} />
      ) : upload ? (
        <Suspense fallback={<p role="status">{t("checking")}</p>}>
          <Preview actor={user} token={upload} locale={locale as Locale} />
        </Suspense>
      ) : (
        <>
          <Section id="import-upload" title={t("uploadHeading")}>
            <p className="text-sm text-slate-700">{t("intro", { rows: format.number(MAX_IMPORT_ROWS), megabytes: MAX_IMPORT_BYTES / 1024 / 1024 })}</p>
            <p className="text-sm">
              <a href="/api/export?format=csv" className="text-brand-700 underline">
                {t("exportLink")}
              </a>
            </p>
            {problem && (PROBLEMS as readonly string[]).includes(problem) && (
              <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
                {tt(`formErrors.${problem}`)}
              </p>
            )}
            <form method="post" action={`/api/admin/import?locale=${locale}`} encType="multipart/form-data" className="flex flex-col items-start gap-3">
              <label htmlFor="import-file" className="font-medium">
                {t("file")}
              </label>
              <input id="import-file" name="file" type="file" accept=".csv,text/csv" required aria-describedby="import-file-hint" className="max-w-full text-sm" />
              <p id="import-file-hint" className="text-sm text-slate-600">
                {t("fileHint")}
              </p>
              <button type="submit" className={buttonClass}>
                {t("preview")}
              </button>
            </form>
          </Section>
          <RecentJobs actor={user} />
        </>
      )}
    </div>
  );
}

async function RecentJobs({ actor }: { actor: Actor }) {
  const [t, jobs] = await Promise.all([getTranslations("admin.import"), findImportJobs({ actor })]);
  if (jobs.length === 0) return null;
  return (
    <Section id="import-recent" title={t("recent")}>
      <ul className="flex flex-col gap-2 text-sm">
        {jobs.map((j) => (
          <li key={j.id} className="flex flex-wrap items-center gap-2">
            <Link href={`/admin/import?job=${encodeURIComponent(j.id)}`} className="text-brand-700 underline">
              <DateTime iso={j.createdAt} withTime />
            </Link>
            <StatusBadge status={j.status} />
            <span>{t("jobCounts", { created: j.created, updated: j.updated, total: j.total })}</span>
            <span className="text-slate-600">
              <Person person={j.actor} />
            </span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
