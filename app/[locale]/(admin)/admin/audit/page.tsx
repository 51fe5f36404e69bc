import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DateTime, KeyValues, Person } from "@/components/admin/parts";
import { buttonClass, secondaryButtonClass } from "@/components/forms/fields";
import { Pagination } from "@/components/suppliers/Pagination";
import { Link } from "@/i18n/navigation";
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from "@/lib/audit";
import { dayAfter, parseAuditQuery } from "@/lib/schemas/moderation";
import type { Locale } from "@/lib/taxonomy";
import { requirePermissionForPage } from "@/server/auth";
import { findAuditLog, type AuditLogFilter, type AuditLogItem } from "@/server/data/audit";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "admin" }))("audit.title") };
}

const inputClass = "w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

/** Where an audit row's target can be looked at, when it has a staff page. */
function targetHref(item: AuditLogItem): string | null {
  if (item.targetType === "supplier" && /^\d+$/.test(item.targetId)) return `/admin/listings/${item.targetId}`;
  if (item.targetType === "proposal") return `/admin/proposals/${encodeURIComponent(item.targetId)}`;
  if (item.targetType === "report") return `/admin/reports/${encodeURIComponent(item.targetId)}`;
  if (item.targetType === "import") return `/admin/import?job=${encodeURIComponent(item.targetId)}`;
  return null;
}

/** The append-only audit log, newest first, filtered by actor, action, target type and days (UTC). */
export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = parseAuditQuery(await searchParams);
  const user = await requirePermissionForPage("read:audit:any", "/admin/audit");
  const filter: AuditLogFilter = {
    actorEmail: query.actor || undefined,
    action: (query.action || undefined) as AuditLogFilter["action"],
    targetType: (query.targetType || undefined) as AuditLogFilter["targetType"],
    from: query.from ? new Date(`${query.from}T00:00:00Z`) : undefined,
    to: query.to ? dayAfter(query.to) : undefined,
  };
  const [t, tAll, log] = await Promise.all([getTranslations("admin"), getTranslations(), findAuditLog({ actor: user, filter, page: query.page })]);
  const tt = tAll as unknown as (key: string, values?: Record<string, string | number>) => string;
  const pages = Math.max(1, Math.ceil(log.total / log.pageSize));
  const hrefFor = (page: number) => {
    const p = new URLSearchParams();
    for (const k of ["actor", "action", "targetType", "from", "to"] as const) if (query[k]) p.set(k, query[k]);
    if (page > 1) p.set("page", String(page));
    const s = p.toString();
    return `/admin/audit${s ? `?${s}` : ""}`;
  };

  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold tracking-tight">{t("audit.heading")}</h1>
      <p className="text-slate-700">{t("audit.intro")}</p>
      <form method="get" aria-label={t("audit.filters")} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-actor" className="font-medium">
            {t("audit.actor")}
          </label>
          <input id="audit-actor" name="actor" type="email" defaultValue={query.actor} autoComplete="off" className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-action" className="font-medium">
            {t("audit.action")}
          </label>
          <select id="audit-action" name="action" defaultValue={query.action} className={inputClass}>
            <option value="">{t("audit.any")}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {tt(`audit.actions.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-target" className="font-medium">
            {t("audit.targetType")}
          </label>
          <select id="audit-target" name="targetType" defaultValue={query.targetType} className={inputClass}>
            <option value="">{t("audit.any")}</option>
            {AUDIT_TARGET_TYPES.map((a) => (
              <option key={a} value={a}>
                {tt(`audit.targetTypes.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-from" className="font-medium">
            {t("audit.from")}
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={query.from} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-to" className="font-medium">
            {t("audit.to")}
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={query.to} className={inputClass} />
        </div>
        <div className="flex items-end gap-3">
          <button type="submit" className={buttonClass}>
            {t("audit.apply")}
          </button>
          <Link href="/admin/audit" className={secondaryButtonClass}>
            {t("audit.clear")}
          </Link>
        </div>
      </form>

      <p role="status" className="text-sm text-slate-700">
        {t("audit.count", { count: log.total })}
      </p>
      <ol aria-label={t("audit.heading")} className="flex flex-col gap-3">
        {log.items.map((item) => {
          const href = targetHref(item);
          return (
            <li key={item.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <span className="text-base font-semibold">{tt(`audit.actions.${item.action}`)}</span>
                <DateTime iso={item.createdAt} withTime />
              </p>
              <dl className="grid grid-cols-[minmax(6rem,max-content)_1fr] gap-x-3 gap-y-1">
                <dt className="font-medium text-slate-600">{t("audit.who")}</dt>
                <dd>
                  <Person person={item.actor} />
                </dd>
                <dt className="font-medium text-slate-600">{t("audit.target")}</dt>
                <dd className="break-all">
                  {tt(`audit.targetTypes.${item.targetType}`)}{" "}
                  {href ? (
                    <Link href={href} className="text-brand-700 underline">
                      {item.targetId}
                    </Link>
                  ) : (
                    item.targetId
                  )}
                </dd>
                {item.reason && (
                  <>
                    <dt className="font-medium text-slate-600">{t("audit.reason")}</dt>
                    <dd className="whitespace-pre-line break-words">{item.reason}</dd>
                  </>
                )}
              </dl>
              {(item.before !== null || item.after !== null) && (
                <details>
                  <summary className="cursor-pointer text-brand-700 underline">{t("audit.changes")}</summary>
                  <div className="mt-2 grid gap-3 md:grid-cols-2">
                    <div>
                      <p className="font-medium">{t("audit.before")}</p>
                      <KeyValues value={item.before} locale={locale as Locale} t={tt} />
                    </div>
                    <div>
                      <p className="font-medium">{t("audit.after")}</p>
                      <KeyValues value={item.after} locale={locale as Locale} t={tt} />
                    </div>
                  </div>
                </details>
              )}
            </li>
          );
        })}
      </ol>
      <Pagination page={log.page} pages={pages} hrefFor={hrefFor} />
    </div>
  );
}
