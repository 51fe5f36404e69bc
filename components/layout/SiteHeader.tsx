import { getTranslations } from "next-intl/server";
import { AccountMenu } from "@/components/account/AccountMenu";
import { Link } from "@/i18n/navigation";
import { LocaleSwitcher } from "./LocaleSwitcher";
import { NavLinks } from "./NavLinks";

export async function SiteHeader() {
  const t = await getTranslations();
  const links = [
    { href: "/suppliers", label: t("nav.suppliers") },
    { href: "/map", label: t("nav.map") },
    { href: "/submit", label: t("nav.submit") },
  ];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 px-4 py-1 sm:py-2">
        <Link href="/" prefetch={false} className="inline-flex min-h-11 items-center text-lg font-bold tracking-tight text-brand-700">
          {t("meta.siteName")}
        </Link>
        <nav aria-label={t("nav.label")} className="order-3 -mx-2 w-full sm:order-none sm:mx-0 sm:w-auto">
          <NavLinks items={links}>
            <AccountMenu />
          </NavLinks>
        </nav>
        <div className="ml-auto">
          <LocaleSwitcher label={t("nav.language")} />
        </div>
      </div>
    </header>
  );
}
