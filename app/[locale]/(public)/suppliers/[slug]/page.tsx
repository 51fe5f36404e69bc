import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { SupplierMiniMap } from "@/components/map/SupplierMiniMap";
// With the page's own styles, not inserted when the map's script arrives: a late stylesheet
// makes the whole page lay out again inside the map's start-up (about 250 ms on a slow phone).
import "leaflet/dist/leaflet.css";
import { OpenInLinks } from "@/components/getting-there/OpenInLinks";
import { TaxiCard } from "@/components/getting-there/TaxiCard";
import { ReportListing, SupplierReviews } from "@/components/reviews/SupplierReviews";
import { RatingSummary } from "@/components/suppliers/RatingSummary";
import { OtherNames } from "@/components/suppliers/OtherNames";
import { Link } from "@/i18n/navigation";
import { AppError } from "@/lib/errors";
import {
  capabilityLabel,
  categoryLabel,
  certificationLabel,
  displayNames,
  districtLabel,
  langTag,
  languageLabel,
  localizedNames,
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

/** The description in the reader's language when there is one, else the first that exists, with its language. */
function descriptionFor(s: SupplierDetail, locale: Locale): { text: string; lang: string } | null {
  const texts = [
    { text: s.descriptionZh, lang: langTag("zh"), locale: "zh" },
    { text: s.descriptionJa, lang: "ja", locale: "ja" },
    { text: s.description, lang: "en", locale: "en" },
  ].filter((d): d is { text: string; lang: string; locale: string } => !!d.text);
  const found = texts.find((d) => d.locale === locale) ?? texts.find((d) => d.locale === "en") ?? texts[0];
  return found ? { text: found.text, lang: found.lang } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const s = await loadSupplier(slug);
  if (!s) return { title: (await getTranslations({ locale, namespace: "meta" }))("notFoundTitle") };
  const { primary, others } = displayNames(s, locale as Locale);
  const where = [categoryLabel(s.category, locale as Locale), s.district && districtLabel(s.district, locale as Locale)]
    .filter(Boolean)
    .join(", ");
  const description = [where, descriptionFor(s, locale as Locale)?.text].filter(Boolean).join(". ").slice(0, 300);
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
      <dt className={`shrink-0 font-medium text-slate-600 ${stacked ? "" : "sm:w-44"}`}>{label}</dt>
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

// Stand-alone links (one per line) get phone-sized targets; long URLs may break anywhere.
const linkClass = "inline-flex min-h-11 items-center text-brand-700 underline break-all lg:min-h-0";
const chipClass = "inline-flex min-h-11 items-center rounded-full px-3 lg:min-h-8";

/**
 * A supplier, in the order someone standing in the street needs it: who it is, the address
 * to show a taxi driver and how to reach them, where it is on a map, then what they make and
 * how they take orders, then reviews. On wide screens the street column sits on the left,
 * in the same order as on a phone. Facts nobody has given yet are named on one line with a
 * way to add them, rather than as rows of "not known".
 */
export default async function SupplierPage({ params, searchParams }: Props) {
  const { locale: rawLocale, slug } = await params;
  setRequestLocale(rawLocale);
  const locale = rawLocale as Locale;
  const s = await loadSupplier(slug);
  if (!s) notFound();
  const t = await getTranslations("supplier");
  const format = await getFormatter();
  const rawReviewsPage = (await searchParams).reviews;
  const reviewsPage = typeof rawReviewsPage === "string" && /^\d{1,5}$/.test(rawReviewsPage) ? Math.max(1, Number(rawReviewsPage)) : 1;
  const reviews = await findSupplierReviews({ supplierId: s.id, page: reviewsPage });
  const { primary, others } = localizedNames(s, locale);
  const description = descriptionFor(s, locale);
  const env = getEnv();
  const jsonLd = localBusinessJsonLd(s, env.siteUrl, reviews.items, t("anonymous"));
  const c = s.contacts;
  const hasContacts = !!(c.website || c.email || c.phone || c.wechatId || c.qq || c.stores.length > 0);
  const point = s.lat !== null && s.lng !== null ? { lat: s.lat, lng: s.lng } : null;
  const yesNo = (v: boolean) => (v ? t("yes") : t("no"));
  const page = langTag(locale);

  const leadTime =
    s.leadTimeDaysMin !== null && s.leadTimeDaysMax !== null && s.leadTimeDaysMax !== s.leadTimeDaysMin
      ? t("leadTimeRange", { min: s.leadTimeDaysMin, max: s.leadTimeDaysMax })
      : s.leadTimeDaysMin !== null
        ? t("leadTimeDays", { count: s.leadTimeDaysMin })
        : null;
  // What they make and how they take orders: known facts as rows, the rest named once.
  const ordering: { key: string; label: string; value: string | null }[] = [
    { key: "moq", label: t("moq"), value: s.moq !== null ? `${t("moqValue", { count: s.moq })}${s.moqNote ? ` (${s.moqNote})` : ""}` : null },
    { key: "leadTime", label: t("leadTime"), value: leadTime },
    { key: "prototypes", label: t("prototypes"), value: s.acceptsPrototypes === null ? null : yesNo(s.acceptsPrototypes) },
    { key: "smallOrders", label: t("smallOrders"), value: s.acceptsSmallOrders === null ? null : yesNo(s.acceptsSmallOrders) },
    { key: "payment", label: t("payment"), value: s.paymentMethods.length ? format.list(s.paymentMethods.map((m) => paymentMethodLabel(m, locale)), { type: "conjunction" }) : null },
    {
      key: "certifications",
      label: t("certifications"),
      value: s.certifications.length ? format.list(s.certifications.map((m) => certificationLabel(m, locale)), { type: "conjunction" }) : null,
    },
  ];
  const knownOrdering = ordering.filter((f) => f.value !== null);
  const languages = s.languages.length ? format.list(s.languages.map((l) => languageLabel(l, locale)), { type: "conjunction" }) : null;
  const unknown = [
    ...(hasContacts ? [] : ["contacts"]),
    ...(languages ? [] : ["languages"]),
    ...(s.openingHours ? [] : ["openingHours"]),
    ...(s.capabilities.length ? [] : ["capabilities"]),
    ...ordering.filter((f) => f.value === null).map((f) => f.key),
  ].map((key) => t(`unknownFact.${key}`));
  const showContacts = hasContacts || languages !== null || s.openingHours !== null;

  return (
    <article className="flex flex-col gap-5">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }} />
      <header className="flex flex-col gap-2">
        <h1
          lang={primary.lang === page ? undefined : primary.lang}
          className={`text-2xl font-bold tracking-tight sm:text-3xl ${primary.lang === "en" ? "" : "break-keep [overflow-wrap:anywhere]"}`}
        >
          {primary.text}
        </h1>
        <OtherNames names={others} className="text-lg text-slate-700" />
        <p className="flex flex-wrap gap-2 text-sm">
          {s.categories.map((cat) => (
            <Link
              key={cat}
              href={{ pathname: "/suppliers", query: { category: cat } }}
              prefetch={false}
              className={`${chipClass} ${cat === s.category ? "bg-brand-600 text-white" : "bg-brand-100 text-brand-800"}`}
            >
              {categoryLabel(cat, locale)}
            </Link>
          ))}
          {s.district && (
            <Link href={{ pathname: "/suppliers", query: { district: s.district } }} prefetch={false} className={`${chipClass} bg-slate-200 text-slate-800`}>
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

      <div className="grid items-start gap-5 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-5">
          <TaxiCard
            place={{ name: s.name, nameZh: s.nameZh, addressZh: s.addressZh, wechatId: c.wechatId, point, approximate: s.locationApproximate }}
          />

          {showContacts && (
            <Section id="contacts" title={t("contacts")}>
              <dl className="flex flex-col gap-2 text-sm">
                {c.phone && (
                  <Fact stacked label={t("phone")}>
                    <a href={`tel:${c.phone.replace(/[^\d+]/g, "")}`} className={linkClass}>
                      {c.phone}
                    </a>
                  </Fact>
                )}
                {c.wechatId && <Fact stacked label={t("wechat")}>{c.wechatId}</Fact>}
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
                {s.openingHours && <Fact stacked label={t("openingHours")}>{s.openingHours}</Fact>}
                {languages && <Fact stacked label={t("languages")}>{languages}</Fact>}
              </dl>
            </Section>
          )}

          <Section id="location" title={t("location")}>
            {point && (
              <SupplierMiniMap
                regionLabel={t("mapLabel")}
                lat={point.lat}
                lng={point.lng}
                label={primary.text}
                approximate={s.locationApproximate}
                tileUrl={env.mapTileUrl}
                attribution={env.mapTileAttribution}
                tileDatum={env.mapTileDatum}
              />
            )}
            {s.locationApproximate && <p className="text-sm text-amber-900">{t("approximateLocation")}</p>}
            {point && <OpenInLinks point={point} name={s.nameZh ?? s.name} />}
            <dl className="flex flex-col gap-2 text-sm">
              {s.addressEn && (
                <Fact stacked label={t("addressEn")}>
                  <span lang={page === "en" ? undefined : "en"}>{s.addressEn}</span>
                </Fact>
              )}
              {s.district && <Fact stacked label={t("district")}>{districtLabel(s.district, locale)}</Fact>}
              {point && (
                <Fact stacked label={t("coordinates")}>
                  {/* An approximate point is an area's centre: two decimals (about a kilometre) say no more than is known. */}
                  {s.locationApproximate
                    ? t("coordinatesApprox", { lat: point.lat.toFixed(2), lng: point.lng.toFixed(2) })
                    : `${point.lat.toFixed(5)}, ${point.lng.toFixed(5)}`}
                </Fact>
              )}
            </dl>
          </Section>
        </div>

        <div className="flex min-w-0 flex-col gap-5 lg:col-span-2">
          {(description || s.statusNote) && (
            <Section id="about" title={t("about")}>
              {description && (
                <p lang={description.lang === page ? undefined : description.lang} className="whitespace-pre-line text-slate-800">
                  {description.text}
                </p>
              )}
              {s.statusNote && (
                <p className="text-sm text-slate-700">
                  <span className="font-medium">{t("note")}:</span> {s.statusNote}
                </p>
              )}
            </Section>
          )}

          {(s.capabilities.length > 0 || knownOrdering.length > 0) && (
            <Section id="ordering" title={t("makingAndOrdering")}>
              {s.capabilities.length > 0 && (
                <ul className="flex flex-wrap gap-2" aria-label={t("capabilities")}>
                  {s.capabilities.map((cap) => (
                    <li key={cap}>
                      <Link
                        href={{ pathname: "/suppliers", query: { capability: cap } }}
                        prefetch={false}
                        className="inline-flex min-h-11 items-center rounded bg-slate-100 px-2 text-sm text-slate-800 hover:bg-slate-200 lg:min-h-8"
                      >
                        {capabilityLabel(cap, locale)}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
              {knownOrdering.length > 0 && (
                <dl className="flex flex-col gap-2 text-sm">
                  {knownOrdering.map((f) => (
                    <Fact key={f.label} label={f.label}>
                      {f.value}
                    </Fact>
                  ))}
                </dl>
              )}
              {s.foundedYear && (
                <dl className="text-sm">
                  <Fact label={t("founded")}>{s.foundedYear}</Fact>
                </dl>
              )}
            </Section>
          )}

          {unknown.length > 0 && (
            <p className="rounded-lg border border-dashed border-slate-300 px-4 py-3 text-sm text-slate-700">
              {t("notYetKnown", { facts: format.list(unknown, { type: "conjunction" }) })}{" "}
              <Link href={`/suppliers/${s.slug}/edit`} prefetch={false} className="font-medium text-brand-700 underline">
                {t("knowThem")}
              </Link>
            </p>
          )}

          <Section id="reviews" title={t("reviewsHeading")}>
            <section aria-labelledby="rating">
              <h3 id="rating" className="sr-only">
                {t("ratingHeading")}
              </h3>
              <RatingSummary rating={s.rating} />
            </section>
            <SupplierReviews supplier={s} reviews={reviews} />
          </Section>

          <aside aria-label={t("aboutListing")} className="flex flex-col gap-2 text-sm">
            <Link href={`/suppliers/${s.slug}/edit`} prefetch={false} className="inline-flex min-h-11 items-center self-start text-brand-700 underline lg:min-h-0">
              {t("suggestEdit")}
            </Link>
            <ReportListing slug={s.slug} />
            {s.sources && (
              <details className="text-slate-700">
                <summary className="cursor-pointer py-3 lg:py-1">{t("sources")}</summary>
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
      </div>
    </article>
  );
}
