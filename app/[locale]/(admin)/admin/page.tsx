import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DateTime, Person, Section } from "@/components/admin/parts";
import { Link } from "@/i18n/navigation";
import { categoryLabel, districtLabel } from "@/lib/labels";
import type { Locale } from "@/lib/taxonomy";
import { requirePermissionForPage } from "@/server/auth";
import { findModerationQueues } from "@/server/data/moderation";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "admin" }))("queues.title") };
}

const linkClass = "font-semibold text-brand-700 underline";

/** The three moderation queues, oldest first, with their counts. */
export default async function QueuesPage({ params }: Props) {
  const { locale: raw } = await params;
  setRequestLocale(raw);
  const locale = raw as Locale;
  const user = await requirePermissionForPage("read:moderation:any", "/admin");
  const [t, tf, tr, q] = await Promise.all([
    getTranslations("admin"),
    getTranslations("listingForm.fields"),
    getTranslations("report.reasons"),
    findModerationQueues({ actor: user }),
  ]);
  const more = (shown: number, total: number) => total > shown && <p className="text-sm text-slate-600">{t("queues.more", { count: total - shown })}</p>;
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold tracking-tight">{t("queues.heading")}</h1>
      <p className="text-slate-700">{t("queues.intro")}</p>

      <Section id="queue-listings" title={t("queues.listings", { count: q.counts.listings })}>
        {q.listings.length === 0 ? (
          <p className="text-slate-600">{t("queues.noListings")}</p>
        ) : (
          <ol className="flex flex-col divide-y divide-slate-200">
            {q.listings.map((l) => (
              <li key={l.id} className="flex flex-col gap-1 py-2">
                <Link href={`/admin/listings/${l.id}`} className={linkClass}>
                  {l.name}
                  {l.nameZh && <span lang="zh-Hans"> · {l.nameZh}</span>}
                </Link>
                <p className="text-sm text-slate-700">
                  {[categoryLabel(l.category, locale), l.district ? districtLabel(l.district, locale) : t("queues.noDistrict")].join(" · ")}
                </p>
                <p className="text-sm text-slate-600">
                  {t("queues.submitted")} <DateTime iso={l.createdAt} withTime /> · {t("queues.by")} <Person person={l.submitter} />
                </p>
              </li>
            ))}
          </ol>
        )}
        {more(q.listings.length, q.counts.listings)}
      </Section>

      <Section id="queue-proposals" title={t("queues.proposals", { count: q.counts.proposals })}>
        {q.proposals.length === 0 ? (
          <p className="text-slate-600">{t("queues.noProposals")}</p>
        ) : (
          <ol className="flex flex-col divide-y divide-slate-200">
            {q.proposals.map((p) => (
              <li key={p.id} className="flex flex-col gap-1 py-2">
                <Link href={`/admin/proposals/${p.id}`} className={linkClass}>
                  {t("queues.proposalFor", { name: p.supplier.name })}
                </Link>
                <p className="text-sm text-slate-700">
                  {t("queues.fields", { count: p.fields.length })}: {p.fields.map((f) => tf(f)).join(", ")}
                </p>
                <p className="text-sm text-slate-600">
                  {t("queues.suggested")} <DateTime iso={p.createdAt} withTime /> · {t("queues.by")} <Person person={p.proposer} />
                </p>
              </li>
            ))}
          </ol>
        )}
        {more(q.proposals.length, q.counts.proposals)}
      </Section>

      <Section id="queue-reports" title={t("queues.reports", { count: q.counts.reports })}>
        {q.reports.length === 0 ? (
          <p className="text-slate-600">{t("queues.noReports")}</p>
        ) : (
          <ol className="flex flex-col divide-y divide-slate-200">
            {q.reports.map((r) => (
              <li key={r.id} className="flex flex-col gap-1 py-2">
                <Link href={`/admin/reports/${r.id}`} className={linkClass}>
                  {r.target.type === "review"
                    ? t("queues.reportOnReview", { name: r.target.supplier.name })
                    : t("queues.reportOnListing", { name: r.target.name })}
                </Link>
                <p className="text-sm text-slate-700">
                  {tr(r.reason)}
                  {r.details && <span className="text-slate-600"> — {r.details}</span>}
                </p>
                {r.target.type === "review" && <p className="line-clamp-2 text-sm whitespace-pre-line text-slate-600">“{r.target.excerpt}”</p>}
                <p className="text-sm text-slate-600">
                  {t("queues.reported")} <DateTime iso={r.createdAt} withTime /> · {t("queues.by")} <Person person={r.reporter} />
                </p>
              </li>
            ))}
          </ol>
        )}
        {more(q.reports.length, q.counts.reports)}
      </Section>
    </div>
  );
}
