import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DateTime, StatusBadge } from "@/components/admin/parts";
import { buttonClass } from "@/components/forms/fields";
import { Pagination } from "@/components/suppliers/Pagination";
import { Link } from "@/i18n/navigation";
import { districtLabel } from "@/lib/labels";
import { LISTING_STATUSES, parseListingQuery } from "@/lib/schemas/moderation";
import type { Locale } from "@/lib/taxonomy";
import { requirePermissionForPage } from "@/server/auth";
import { findListings } from "@/server/data/moderation";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "admin" }))("listings.title") };
}

const inputClass = "w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

/** Any listing by name or slug, any status: where staff go to verify or archive a published one. */
export default async function ListingsPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  setRequestLocale(raw);
  const locale = raw as Locale;
  const query = parseListingQuery(await searchParams);
  const user = await requirePermissionForPage("read:moderation:any", "/admin/listings");
  const [t, result] = await Promise.all([getTranslations("admin"), findListings({ actor: user, query: query.q, status: query.status, page: query.page })]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const hrefFor = (page: number) => {
    const p = new URLSearchParams();
    if (query.q) p.set("q", query.q);
    if (query.status) p.set("status", query.status);
    if (page > 1) p.set("page", String(page));
    const s = p.toString();
    return `/admin/listings${s ? `?${s}` : ""}`;
  };
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold tracking-tight">{t("listings.heading")}</h1>
      <form method="get" role="search" aria-label={t("listings.searchLabel")} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-end">
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor="listings-q" className="font-medium">
            {t("listings.query")}
          </label>
          <input id="listings-q" name="q" type="search" defaultValue={query.q} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="listings-status" className="font-medium">
            {t("listings.statusFilter")}
          </label>
          <select id="listings-status" name="status" defaultValue={query.status ?? ""} className={inputClass}>
            <option value="">{t("listings.anyStatus")}</option>
            {LISTING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass}>
          {t("listings.search")}
        </button>
      </form>

      <p role="status" className="text-sm text-slate-700">
        {t("listings.count", { count: result.total })}
      </p>
      {result.items.length > 0 && (
        <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {result.items.map((l) => (
            <li key={l.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
              <span className="flex flex-col">
                <Link href={`/admin/listings/${l.id}`} className="font-semibold text-brand-700 underline">
                  {l.name}
                  {l.nameZh && <span lang="zh-Hans"> · {l.nameZh}</span>}
                </Link>
                <span className="text-sm text-slate-600">
                  {l.slug}
                  {l.district && ` · ${districtLabel(l.district, locale)}`}
                </span>
              </span>
              <span className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <StatusBadge status={l.status} />
                {l.lastVerifiedAt && (
                  <span>
                    {t("listing.lastVerified")} <DateTime iso={l.lastVerifiedAt} />
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} pages={pages} hrefFor={hrefFor} />
    </div>
  );
}
