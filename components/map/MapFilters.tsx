import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SearchFields } from "@/components/search/SearchBox";
import { capabilityLabel, categoryLabel, districtLabel, languageLabel } from "@/lib/labels";
import { formatCenter, type MapView } from "@/lib/map/params";
import type { SupplierQuery } from "@/lib/search/query";
import { RATING_THRESHOLDS } from "@/lib/search/types";
import { CAPABILITIES, CATEGORIES, DISTRICTS, LANGUAGES, type Locale } from "@/lib/taxonomy";
import { MapFilterForm } from "./MapFilterForm";

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-0.5 border-t border-slate-200 pt-2">
      <legend className="mb-1 text-sm font-semibold text-slate-900">{legend}</legend>
      {children}
    </fieldset>
  );
}

function Check({ name, value, checked, label, type = "checkbox" }: { name: string; value: string; checked: boolean; label: string; type?: "checkbox" | "radio" }) {
  return (
    <label className="flex cursor-pointer items-center gap-2 py-0.5 text-sm text-slate-800">
      <input type={type} name={name} value={value} defaultChecked={checked} className="size-4 accent-brand-600" />
      <span>{label}</span>
    </label>
  );
}

/** The list's filters, by the same URL parameters, for the map (without the list's counts). */
export async function MapFilters({ action, query, view, locale }: { action: string; query: SupplierQuery; view: MapView; locale: Locale }) {
  const t = await getTranslations("list");
  const tm = await getTranslations("map");
  const options = <T extends string>(name: string, values: readonly T[], selected: readonly string[], label: (v: T) => string) =>
    values.map((v) => <Check key={v} name={name} value={v} checked={selected.includes(v)} label={label(v)} />);
  return (
    <MapFilterForm action={action} className="flex flex-col gap-3">
      <div role="search" className="flex gap-2">
        <SearchFields id="map-q" defaultValue={query.q} />
      </div>
      <input type="hidden" name="center" value={formatCenter(view.center)} />
      <input type="hidden" name="zoom" value={view.zoom} />
      <Group legend={t("facet.category")}>{options("category", CATEGORIES.map((c) => c.slug), query.categories, (v) => categoryLabel(v, locale))}</Group>
      <Group legend={t("facet.district")}>{options("district", DISTRICTS.map((d) => d.slug), query.districts, (v) => districtLabel(v, locale))}</Group>
      <Group legend={t("facet.language")}>{options("language", LANGUAGES.map((l) => l.code), query.languages, (v) => languageLabel(v, locale))}</Group>
      <Group legend={t("facet.orders")}>
        <Check name="smallOrders" value="1" checked={query.smallOrders} label={t("facet.smallOrders")} />
        <Check name="prototypes" value="1" checked={query.prototypes} label={t("facet.prototypes")} />
      </Group>
      <Group legend={t("facet.minRating")}>
        <Check type="radio" name="minRating" value="" checked={query.minRating === null} label={t("facet.anyRating")} />
        {RATING_THRESHOLDS.map((r) => (
          <Check key={r} type="radio" name="minRating" value={String(r)} checked={query.minRating === r} label={t("facet.ratingAtLeast", { stars: r })} />
        ))}
      </Group>
      <Group legend={t("facet.capability")}>
        <p className="text-xs text-slate-600">{t("facet.capabilityHint")}</p>
        <details open={query.capabilities.length > 0}>
          <summary className="cursor-pointer py-1 text-sm text-brand-700">{t("facet.showMore", { count: CAPABILITIES.length })}</summary>
          {options("capability", CAPABILITIES.map((c) => c.slug), query.capabilities, (v) => capabilityLabel(v, locale))}
        </details>
      </Group>
      <noscript>
        <button type="submit" className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white">
          {tm("apply")}
        </button>
      </noscript>
    </MapFilterForm>
  );
}
