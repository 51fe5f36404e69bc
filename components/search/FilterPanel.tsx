import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ApplyButton } from "./FilterForm";

/**
 * The filters: a sidebar on wide screens, a folded panel above the results on phones. It is a
 * <details> closed in the HTML, so phones get the results first without waiting for a script
 * (no layout shift); app/globals.css keeps it open beside the results on wide screens.
 * `activeCount` (filters applied now) shows on the phone toggle.
 */
export async function FilterPanel({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const t = await getTranslations("list");
  return (
    <details data-filter-panel className="filter-panel group/panel rounded-lg border border-slate-200 bg-white">
      <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-3 rounded-lg px-4 font-medium [&::-webkit-details-marker]:hidden">
        <span className="flex items-center gap-2">
          {t("filters")}
          {activeCount > 0 && (
            <>
              <span aria-hidden="true" className="inline-flex min-w-6 items-center justify-center rounded-full bg-brand-600 px-1.5 text-sm font-semibold text-white">
                {activeCount}
              </span>
              <span className="sr-only">{t("activeCount", { count: activeCount })}</span>
            </>
          )}
        </span>
        <span aria-hidden="true" className="text-slate-600 transition-transform group-open/panel:rotate-180">
          ▾
        </span>
      </summary>
      <div className="flex flex-col gap-4 px-4 lg:p-4">
        <h2 className="hidden text-base font-semibold lg:block">{t("filters")}</h2>
        {children}
        {/* Phones: the panel's own submit button stays in reach while scrolling through it. */}
        <div className="sticky bottom-0 -mx-4 border-t border-slate-200 bg-white px-4 py-3 lg:hidden">
          <ApplyButton />
        </div>
        {/* Wide screens apply each change at once; without JavaScript they need a button too. */}
        <noscript>
          <button type="submit" className="hidden min-h-11 w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white lg:block">
            {t("apply")}
          </button>
        </noscript>
      </div>
    </details>
  );
}

/** One group of options with its legend; two or three columns on a phone's or tablet's full width. */
export function Facet({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="border-t border-slate-200 pt-3">
      <legend className="float-left mb-1 w-full text-sm font-semibold text-slate-900">{legend}</legend>
      {hint && <p className="clear-left mb-1 text-xs text-slate-600">{hint}</p>}
      <div className="clear-left grid grid-cols-2 gap-x-3 sm:grid-cols-3 lg:grid-cols-1">{children}</div>
    </fieldset>
  );
}

/**
 * One option: the whole row is the touch target (44 px tall on phones). Options that would
 * give no results are greyed, still at 4.5:1 contrast, and can still be ticked.
 */
export function Check({
  name,
  value,
  checked,
  label,
  count,
  type = "checkbox",
}: {
  name: string;
  value: string;
  checked: boolean;
  label: string;
  count?: number;
  type?: "checkbox" | "radio";
}) {
  const muted = count === 0 && !checked;
  return (
    <label className={`flex min-h-11 cursor-pointer items-center gap-2 text-sm lg:min-h-8 ${muted ? "text-slate-500" : "text-slate-800"}`}>
      <input type={type} name={name} value={value} defaultChecked={checked} className="size-5 shrink-0 accent-brand-600 lg:size-4" />
      <span className="flex-1 leading-tight">{label}</span>
      {count !== undefined && <span className={`tabular-nums ${muted ? "text-slate-500" : "text-slate-600"}`}>{count}</span>}
    </label>
  );
}
