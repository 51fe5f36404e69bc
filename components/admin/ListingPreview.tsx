import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SupplierMiniMap } from "@/components/map/SupplierMiniMap";
import { getEnv } from "@/lib/env";
import {
  capabilityLabel,
  categoryLabel,
  certificationLabel,
  displayNames,
  districtLabel,
  languageLabel,
  paymentMethodLabel,
} from "@/lib/labels";
import type { ListingValues } from "@/lib/listing/fields";
import type { Locale } from "@/lib/taxonomy";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:gap-4">
      <dt className="w-44 shrink-0 font-medium text-slate-600">{label}</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </div>
  );
}

function descriptionFor(v: ListingValues, locale: Locale): string | null {
  const preferred = locale === "zh" ? v.descriptionZh : locale === "ja" ? v.descriptionJa : null;
  return preferred ?? v.description ?? v.descriptionZh ?? v.descriptionJa;
}

/**
 * A listing as the detail page will show it once published: the same facts, labels and small
 * map (components/map/SupplierMiniMap), laid out for checking rather than for visitors. Links
 * are shown as text so that a moderator does not follow a submitted link by accident.
 */
export async function ListingPreview({ values, locale, headingId }: { values: ListingValues; locale: Locale; headingId: string }) {
  const t = await getTranslations("supplier");
  const ta = await getTranslations("admin.listing");
  const env = getEnv();
  const { primary, others } = displayNames(values, locale);
  const description = descriptionFor(values, locale);
  const yesNo = (v: boolean | null) => (v === null ? t("unknown") : v ? t("yes") : t("no"));
  const list = (items: string[], label: (s: string, l: Locale) => string) => (items.length ? items.map((i) => label(i, locale)).join(", ") : t("unknown"));
  const approximate = values.locationPrecision === "AREA" || values.locationPrecision === "DISTRICT";
  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-4 rounded-lg border-2 border-dashed border-slate-300 bg-white p-4 sm:p-5">
      <p className="text-sm font-medium text-slate-600">{ta("previewNote")}</p>
      <header className="flex flex-col gap-2">
        <h2 id={headingId} className="text-2xl font-bold tracking-tight">
          {primary}
        </h2>
        {others.length > 0 && <p className="text-lg text-slate-700">{others.join(" · ")}</p>}
        <p className="flex flex-wrap gap-2 text-sm">
          {values.categories.map((c) => (
            <span key={c} className={`rounded-full px-3 py-1 ${c === values.category ? "bg-brand-600 text-white" : "bg-brand-100 text-brand-800"}`}>
              {categoryLabel(c, locale)}
            </span>
          ))}
          {values.district && <span className="rounded-full bg-slate-200 px-3 py-1 text-slate-800">{districtLabel(values.district, locale)}</span>}
        </p>
      </header>

      {description && <p className="whitespace-pre-line text-slate-800">{description}</p>}

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <dl className="flex flex-col gap-2 text-sm">
          <Fact label={t("moq")}>
            {values.moq !== null ? t("moqValue", { count: values.moq }) : t("unknown")}
            {values.moqNote && ` (${values.moqNote})`}
          </Fact>
          <Fact label={t("leadTime")}>
            {values.leadTimeDaysMin !== null && values.leadTimeDaysMax !== null && values.leadTimeDaysMax !== values.leadTimeDaysMin
              ? t("leadTimeRange", { min: values.leadTimeDaysMin, max: values.leadTimeDaysMax })
              : values.leadTimeDaysMin !== null
                ? t("leadTimeDays", { count: values.leadTimeDaysMin })
                : t("unknown")}
          </Fact>
          <Fact label={t("prototypes")}>{yesNo(values.acceptsPrototypes)}</Fact>
          <Fact label={t("smallOrders")}>{yesNo(values.acceptsSmallOrders)}</Fact>
          <Fact label={t("payment")}>{list(values.paymentMethods, paymentMethodLabel)}</Fact>
          <Fact label={t("certifications")}>{list(values.certifications, certificationLabel)}</Fact>
          <Fact label={t("languages")}>{list(values.languages, languageLabel)}</Fact>
          <Fact label={t("capabilities")}>{list(values.capabilities, capabilityLabel)}</Fact>
          {values.openingHours && <Fact label={t("openingHours")}>{values.openingHours}</Fact>}
          {values.foundedYear && <Fact label={t("founded")}>{values.foundedYear}</Fact>}
          <Fact label={t("website")}>{values.website ?? t("unknown")}</Fact>
          <Fact label={t("email")}>{values.email ?? t("unknown")}</Fact>
          <Fact label={t("phone")}>{values.phone ?? t("unknown")}</Fact>
          {values.wechatId && <Fact label={t("wechat")}>{values.wechatId}</Fact>}
          {values.qq && <Fact label={t("qq")}>{values.qq}</Fact>}
          {values.storeLinks.length > 0 && (
            <Fact label={t("stores")}>
              <ul>
                {values.storeLinks.map((l) => (
                  <li key={`${l.kind} ${l.url}`}>{l.url}</li>
                ))}
              </ul>
            </Fact>
          )}
        </dl>

        <div className="flex flex-col gap-3">
          {values.location ? (
            <SupplierMiniMap
              regionLabel={t("mapLabel")}
              lat={values.location.lat}
              lng={values.location.lng}
              label={primary}
              approximate={approximate}
              tileUrl={env.mapTileUrl}
              attribution={env.mapTileAttribution}
              tileDatum={env.mapTileDatum}
            />
          ) : (
            <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
              {ta("noLocation")}
            </p>
          )}
          <dl className="flex flex-col gap-2 text-sm">
            {values.addressEn && <Fact label={t("addressEn")}>{values.addressEn}</Fact>}
            {values.addressZh && (
              <Fact label={t("address")}>
                <span lang="zh-Hans">{values.addressZh}</span>
              </Fact>
            )}
            {values.location && (
              <Fact label={t("coordinates")}>
                {values.location.lat.toFixed(5)}, {values.location.lng.toFixed(5)}
              </Fact>
            )}
          </dl>
          {approximate && <p className="text-sm text-amber-800">{t("approximateLocation")}</p>}
        </div>
      </div>
    </article>
  );
}
