import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { OpenInLinks } from "@/components/getting-there/OpenInLinks";
import { TaxiCard } from "@/components/getting-there/TaxiCard";
import { SupplierMiniMap } from "@/components/map/SupplierMiniMap";
import { RatingSummary } from "@/components/suppliers/RatingSummary";
import { ReportListing, SupplierReviews } from "@/components/reviews/SupplierReviews";
import { Link } from "@/i18n/navigation";
import { AppError } from "@/lib/errors";
import {
  capabilityLabel,
  categoryLabel,
  certificationLabel,
  displayNames,
  districtLabel,
  languageLabel,
  paymentMethodLabel,
} from "@/lib/labels";
import { localBusinessJsonLd, localizedAlternates } from "@/lib/seo";
import type { Locale } from "@/lib/taxonomy";
import { getEnv } from "@/lib/env";
import { findSupplierReviews, getPublishedSupplier, type SupplierDetail } from "@/server/data/suppliers";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const loadSupplier = cache(async (slug: string): Promise<SupplierDetail | null> => {
  try {
    return await getPublishedSupplier({ slug });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  }
});

function descriptionFor(s: SupplierDetail, locale: Locale): string | null {
  const preferred = locale === "zh" ? s.descriptionZh : locale === "ja" ? s.descriptionJa : null;
  return preferred ?? s.description ?? s.descriptionZh ?? s.descriptionJa;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const s = await loadSupplier(slug);
  if (!s) return { title: (await getTranslations({ locale, namespace: "meta" }))("notFoundTitle") };
  const { primary, others } = displayNames(s, locale as Locale);
  const where = [categoryLabel(s.category, locale as Locale), s.district && districtLabel(s.district, locale as Locale)]
    .filter(Boolean)
    .join(", ");
  const description = [where, descriptionFor(s, locale as Locale)].filter(Boolean).join(". ").slice(0, 300);
  return {
    title: others.length ? `${primary} (${others[0]})` : primary,
    description,
    alternates: localizedAlternates(`/suppliers/${s.slug}`, locale),
    openGraph: { title: primary, description, type: "website" },
  };
}

function Fact({ label, children, stacked = false }: { label: string; children: ReactNode; stacked?: boolean }) {
  return (
    <div className={`flex flex-col gap-0.5 ${stacked ? "" : "sm:flex-row sm:gap-4"}`}>
      <dt className={`shrink-0 font-medium text-slate-600 ${stacked ? "" : "w-44"}`}>{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

const linkClass = "text-brand-700 underline break-all";

export default async function SupplierPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  setRequestLocale(rawLocale);
  const locale = rawLocale as Locale;
  const s = await loadSupplier(slug);
  if (!s) notFound();
  const t = await getTranslations("supplier");
  const rawReviewsPage = (await searchParams).reviews;
  const reviewsPage = typeof rawReviewsPage === "string" && /^\d{1,5}$/.test(rawReviewsPage) ? Math.max(1, Number(rawReviewsPage)) : 1;
  const reviews = await findSupplierReviews({ supplierId: s.id, page: reviewsPage });
  const { primary, others } = displayNames(s, locale);
  const description = descriptionFor(s, locale);
  const env = getEnv();
  const jsonLd = localBusinessJsonLd(s, env.siteUrl, reviews.items, t("anonymous"));
  const c = s.contacts;
  const hasContacts = c.website || c.email || c.phone || c.wechatId || c.qq || c.stores.length > 0;
  const point = s.lat !== null && s.lng !== null ? { lat: s.lat, lng: s.lng } : null;
  const yesNo = (v: boolean | null) => (v === null ? t("unknown") : v ? t("yes") : t("no"));

  return (
    <article className="flex flex-col gap-5">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }} />
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{primary}</h1>
        {others.length > 0 && (
          <p className="text-lg text-slate-700" lang={others[0] === s.nameZh ? "zh-Hans" : undefined}>
            {others.join(" · ")}
          </p>
        )}
        <p className="flex flex-wrap gap-2 text-sm">
          {s.categories.map((cat) => (
            <Link
              key={cat}
              href={{ pathname: "/suppliers", query: { category: cat } }}
              className={`rounded-full px-3 py-1 ${cat === s.category ? "bg-brand-600 text-white" : "bg-brand-100 text-brand-800"}`}
            >
              {categoryLabel(cat, locale)}
            </Link>
          ))}
          {s.district && (
            <Link href={{ pathname: "/suppliers", query: { district: s.district } }} className="rounded-full bg-slate-200 px-3 py-1 text-slate-800">
              {districtLabel(s.district, locale)}
            </Link>
          )}
        </p>
        {s.lastVerifiedAt && <p className="text-sm text-slate-700">{t("lastVerified", { date: new Date(s.lastVerifiedAt).toLocaleDateString(locale, { dateStyle: "medium", timeZone: "UTC" }) })}</p>}
        {s.rating.count > 0 && (
          <p className="text-sm text-slate-700">{t("ratingSummary", { average: s.rating.average.toFixed(1), count: s.rating.count })}</p>
        )}
      </header>

      {s.isSampleData && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {t("sampleData")}
        </p>
      )}

      <div className="grid gap-5 lg:grid-cols-3">
        <div className="flex flex-col gap-5 lg:col-span-2">
          {(description || s.statusNote) && (
            <Section id="about" title={t("about")}>
              {description && <p className="whitespace-pre-line text-slate-800">{description}</p>}
              {s.statusNote && (
                <p className="text-sm text-slate-700">
                  <span className="font-medium">{t("note")}:</span> {s.statusNote}
                </p>
              )}
            </Section>
          )}

          <Section id="ordering" title={t("ordering")}>
            <dl className="flex flex-col gap-2 text-sm">
              <Fact label={t("moq")}>{s.moq !== null ? t("moqValue", { count: s.moq }) : t("unknown")}{s.moqNote && ` (${s.moqNote})`}</Fact>
              <Fact label={t("leadTime")}>
                {s.leadTimeDaysMin !== null && s.leadTimeDaysMax !== null && s.leadTimeDaysMax !== s.leadTimeDaysMin
                  ? t("leadTimeRange", { min: s.leadTimeDaysMin, max: s.leadTimeDaysMax })
                  : s.leadTimeDaysMin !== null
                    ? t("leadTimeDays", { count: s.leadTimeDaysMin })
                    : t("unknown")}
              </Fact>
              <Fact label={t("prototypes")}>{yesNo(s.acceptsPrototypes)}</Fact>
              <Fact label={t("smallOrders")}>{yesNo(s.acceptsSmallOrders)}</Fact>
              <Fact label={t("payment")}>
                {s.paymentMethods.length ? s.paymentMethods.map((m) => paymentMethodLabel(m, locale)).join(", ") : t("unknown")}
              </Fact>
              <Fact label={t("certifications")}>
                {s.certifications.length ? s.certifications.map((m) => certificationLabel(m, locale)).join(", ") : t("unknown")}
              </Fact>
              <Fact label={t("languages")}>
                {s.languages.length ? s.languages.map((l) => languageLabel(l, locale)).join(", ") : t("unknown")}
              </Fact>
              {s.openingHours && <Fact label={t("openingHours")}>{s.openingHours}</Fact>}
              {s.foundedYear && <Fact label={t("founded")}>{s.foundedYear}</Fact>}
            </dl>
          </Section>

          {s.capabilities.length > 0 && (
            <Section id="capabilities" title={t("capabilities")}>
              <ul className="flex flex-wrap gap-2">
                {s.capabilities.map((cap) => (
                  <li key={cap}>
                    <Link
                      href={{ pathname: "/suppliers", query: { capability: cap } }}
                      className="inline-block rounded bg-slate-100 px-2 py-1 text-sm text-slate-800 hover:bg-slate-200"
                    >
                      {capabilityLabel(cap, locale)}
                    </Link>
                  </li>
                ))}
              </ul>
            </Section>
          )}

          <Section id="rating" title={t("ratingHeading")}>
            <RatingSummary rating={s.rating} />
          </Section>

          <Section id="reviews" title={t("reviewsHeading")}>
            <SupplierReviews supplier={s} reviews={reviews} />
          </Section>
        </div>

        <aside className="flex flex-col gap-5">
          <TaxiCard
            place={{ name: s.name, nameZh: s.nameZh, addressZh: s.addressZh, wechatId: c.wechatId, point, approximate: s.locationApproximate }}
          />

          <Section id="contacts" title={t("contacts")}>
            {hasContacts ? (
              <dl className="flex flex-col gap-2 text-sm">
                {c.website && (
                  <Fact stacked label={t("website")}>
                    <a href={c.website} rel="nofollow noopener" target="_blank" className={linkClass}>
                      {c.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                    </a>
                  </Fact>
                )}
                {c.email && (
                  <Fact stacked label={t("email")}>
                    <a href={`mailto:${c.email}`} className={linkClass}>
                      {c.email}
                    </a>
                  </Fact>
                )}
                {c.phone && (
                  <Fact stacked label={t("phone")}>
                    <a href={`tel:${c.phone.replace(/[^\d+]/g, "")}`} className={linkClass}>
                      {c.phone}
                    </a>
                  </Fact>
                )}
                {c.wechatId && <Fact stacked label={t("wechat")}>{c.wechatId}</Fact>}
                {c.qq && <Fact stacked label={t("qq")}>{c.qq}</Fact>}
                {c.stores.length > 0 && (
                  <Fact stacked label={t("stores")}>
                    <ul>
                      {c.stores.map((st) => (
                        <li key={st.url}>
                          <a href={st.url} rel="nofollow noopener" target="_blank" className={linkClass}>
                            {st.label ?? st.kind}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </Fact>
                )}
              </dl>
            ) : (
              <p className="text-sm text-slate-600">{t("noContacts")}</p>
            )}
          </Section>

          <Section id="location" title={t("location")}>
            {s.lat !== null && s.lng !== null && (
              <SupplierMiniMap
                regionLabel={t("mapLabel")}
                lat={s.lat}
                lng={s.lng}
                label={primary}
                approximate={s.locationApproximate}
                tileUrl={env.mapTileUrl}
                attribution={env.mapTileAttribution}
                tileDatum={env.mapTileDatum}
              />
            )}
            <dl className="flex flex-col gap-2 text-sm">
              {s.addressEn && <Fact stacked label={t("addressEn")}>{s.addressEn}</Fact>}
              {s.district && <Fact stacked label={t("district")}>{districtLabel(s.district, locale)}</Fact>}
              {s.lat !== null && s.lng !== null && (
                <Fact stacked label={t("coordinates")}>
                  {s.lat.toFixed(5)}, {s.lng.toFixed(5)}
                </Fact>
              )}
            </dl>
            {s.locationApproximate && <p className="text-sm text-amber-800">{t("approximateLocation")}</p>}
            {point && <OpenInLinks point={point} name={s.nameZh ?? s.name} />}
          </Section>

          <p className="flex flex-col gap-2 text-sm">
            <Link href={`/suppliers/${s.slug}/edit`} className="text-brand-700 underline">
              {t("suggestEdit")}
            </Link>
          </p>
          <ReportListing slug={s.slug} />

          {s.sources && (
            <details className="text-sm text-slate-600">
              <summary className="cursor-pointer">{t("sources")}</summary>
              <ul className="mt-2 list-disc pl-5">
                {s.sources.split(" | ").map((src) => (
                  <li key={src} className="break-words">
                    {/^https?:\/\//.test(src) ? (
                      <a href={src} rel="nofollow noopener" className="underline">
                        {src}
                      </a>
                    ) : (
                      src
                    )}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </aside>
      </div>
    </article>
  );
}
