"use client";

import { Link, usePathname } from "@/i18n/navigation";

/** The staff pages' own navigation; the current page is marked for screen readers too. */
export function AdminNav({ label, links }: { label: string; links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const current = (href: string) => (href === "/admin" ? pathname === "/admin" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    // Wrapping rather than scrolling sideways: on a phone every page, the current one included, stays in sight.
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-1 border-b border-slate-200 text-sm font-medium">
        {links.map((l) => (
          <li key={l.href}>
            <Link
              href={l.href}
              aria-current={current(l.href) ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded-t-md border-b-2 border-transparent px-3 text-slate-700 sm:min-h-9 hover:text-brand-700 aria-[current=page]:border-brand-600 aria-[current=page]:text-brand-800"
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
