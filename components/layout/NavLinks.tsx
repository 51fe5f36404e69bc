"use client";

import type { ReactNode } from "react";
import { Link, usePathname } from "@/i18n/navigation";

type Item = { href: string; label: string };

/** Where a link stands relative to the current page: the page itself, or a page within its section. */
function currentFor(href: string, pathname: string): "page" | "true" | undefined {
  if (pathname === href) return "page";
  return pathname.startsWith(`${href}/`) ? "true" : undefined;
}

/**
 * The header's section links; the current section is marked for assistive technology and by eye.
 * `children` is the last item (the account menu, rendered on the server).
 */
export function NavLinks({ items, children }: { items: Item[]; children: ReactNode }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap items-center gap-x-1 text-sm font-medium sm:gap-x-2">
      {items.map((l) => {
        const current = currentFor(l.href, pathname);
        return (
          <li key={l.href}>
            <Link
              href={l.href}
              prefetch={false}
              aria-current={current}
              className={`inline-flex min-h-11 items-center px-2 hover:text-brand-700 hover:underline sm:min-h-9 ${
                current ? "text-brand-800 underline decoration-2 underline-offset-8" : "text-slate-700"
              }`}
            >
              {l.label}
            </Link>
          </li>
        );
      })}
      <li className="ml-1">{children}</li>
    </ul>
  );
}
