import { getTranslations } from "next-intl/server";
import { AccountMenu } from "@/components/account/AccountMenu";
import { Link } from "@/i18n/navigation";
import { LocaleSwitcher } from "./LocaleSwitcher";

export async function SiteHeader() {
  const t = await getTranslations();
  const links = [
    { href: "/suppliers", label: t("nav.suppliers") },
    { href: "/map", label: t("nav.map") },
    { href: "/submit", label: t("nav.submit") },
  ] as const;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-700">
          {t("meta.siteName")}
        </Link>
        <nav aria-label={t("nav.label")} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm font-medium">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="text-slate-700 hover:text-brand-700 hover:underline">
                  {l.label}
                </Link>
              </li>
            ))}
            <li>
              <AccountMenu />
            </li>
          </ul>
        </nav>
        <div className="ml-auto">
          <LocaleSwitcher label={t("nav.language")} />
        </div>
      </div>
    </header>
  );
}
