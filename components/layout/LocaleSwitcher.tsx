"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { langTag } from "@/lib/labels";
import type { Locale } from "@/lib/taxonomy";

// Each language's name in that language, marked as such so it is read and drawn right.
const NAMES: Record<Locale, string> = { en: "English", ja: "日本語", zh: "中文" };

const item = "inline-flex min-h-11 min-w-11 items-center justify-center px-1.5 sm:min-h-9";

function Links({ label, search }: { label: string; search: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 text-sm">
        {routing.locales.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span aria-current="true" lang={langTag(l)} className={`${item} font-semibold text-slate-900`}>
                {NAMES[l]}
              </span>
            ) : (
              <Link href={href} locale={l} prefetch={false} hrefLang={langTag(l)} lang={langTag(l)} className={`${item} text-slate-700 hover:text-brand-700 hover:underline`}>
                {NAMES[l]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function LinksKeepingSearch({ label }: { label: string }) {
  return <Links label={label} search={useSearchParams().toString()} />;
}

/** The same page in another language, keeping its search parameters once they are known. */
export function LocaleSwitcher({ label }: { label: string }) {
  return (
    // Same size with or without the parameters: no layout shift when a static page hydrates.
    <Suspense fallback={<Links label={label} search="" />}>
      <LinksKeepingSearch label={label} />
    </Suspense>
  );
}
