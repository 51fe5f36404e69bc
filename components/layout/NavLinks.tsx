"use client";

import { Link, usePathname } from "@/i18n/navigation";

type Item = { href: string; label: string };

/** Where a link stands relative to the current page: the page itself, or a page within its section. */
function currentFor(href: string, pathname: string): "page" | "true" | undefined {
  if (pathname === href) return "page";
  return pathname.startsWith(`${href}/`) ? "true" : undefined;
}

/** The header's section links; the current section is marked for assistive technology and by eye. */
export function NavLinks({ items, signIn }: { items: Item[]; signIn: Item }) {
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
      <li className="ml-1">
        <Link
          href={signIn.href}
          prefetch={false}
          aria-current={currentFor(signIn.href, pathname)}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-3 text-white hover:bg-brand-700 sm:min-h-9"
        >
          {signIn.label}
        </Link>
      </li>
    </ul>
  );
}
