"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

const NAMES: Record<string, string> = { en: "English", ja: "日本語", zh: "中文" };

function Links({ label }: { label: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <nav aria-label={label}>
      <ul className="flex gap-2 text-sm">
        {routing.locales.map((l) => (
          <li key={l}>
            {l === locale ? (
              <span aria-current="true" className="font-semibold text-slate-900">
                {NAMES[l]}
              </span>
            ) : (
              <Link href={href} locale={l} hrefLang={l} className="text-slate-600 hover:text-brand-700 hover:underline">
                {NAMES[l]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function LocaleSwitcher({ label }: { label: string }) {
  return (
    <Suspense fallback={null}>
      <Links label={label} />
    </Suspense>
  );
}
