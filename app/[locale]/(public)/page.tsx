import { getTranslations, setRequestLocale } from "next-intl/server";
import { SearchBox } from "@/components/search/SearchBox";
import { SupplierCardList } from "@/components/suppliers/SupplierCard";
import { Link } from "@/i18n/navigation";
import { categoryLabel } from "@/lib/labels";
import { EMPTY_QUERY } from "@/lib/search/query";
import { localizedAlternates } from "@/lib/seo";
import type { Locale } from "@/lib/taxonomy";
import { countSuppliersByCategory, findSuppliers } from "@/server/data/suppliers";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: { absolute: `${t("siteName")} – ${t("tagline")}` }, alternates: localizedAlternates("/", locale) };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const [categories, recent, topRated] = await Promise.all([
    countSuppliersByCategory(),
    findSuppliers({ query: { ...EMPTY_QUERY, sort: "newest", pageSize: 6 } }),
    findSuppliers({ query: { ...EMPTY_QUERY, sort: "rating", minRating: 1, pageSize: 6 } }),
  ]);
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="home-heading" className="flex flex-col gap-4 rounded-xl bg-brand-50 px-4 py-8 sm:px-8">
        <h1 id="home-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
          {t("heading")}
        </h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
        <div className="max-w-2xl">
          <SearchBox />
        </div>
      </section>

      <section aria-labelledby="categories-heading" className="flex flex-col gap-3">
        <h2 id="categories-heading" className="text-xl font-semibold">
          {t("categoriesHeading")}
        </h2>
        <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
          {categories.map((c) => (
            <li key={c.slug}>
              {c.count > 0 ? (
                <Link
                  href={{ pathname: "/suppliers", query: { category: c.slug } }}
                  prefetch={false}
                  className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-3 hover:border-brand-600 hover:shadow-sm"
                >
                  <span className="font-medium text-brand-700">{categoryLabel(c.slug, locale as Locale)}</span>
                  <span className="text-sm text-slate-600">{t("categoryCount", { count: c.count })}</span>
                </Link>
              ) : (
                // Nothing to list yet: shown, so the directory's scope is visible, but not a link to an empty page.
                <div className="flex h-full flex-col rounded-lg border border-dashed border-slate-300 p-3">
                  <span className="font-medium text-slate-700">{categoryLabel(c.slug, locale as Locale)}</span>
                  <span className="text-sm text-slate-600">{t("categoryCount", { count: 0 })}</span>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="recent-heading" className="flex flex-col gap-3">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="recent-heading" className="text-xl font-semibold">
            {t("recentHeading")}
          </h2>
          <Link href={{ pathname: "/suppliers", query: { sort: "newest" } }} prefetch={false} className="inline-flex min-h-11 items-center text-sm text-brand-700 underline">
            {t("seeAll")}
          </Link>
        </div>
        <SupplierCardList suppliers={recent.items} />
      </section>

      <section aria-labelledby="top-heading" className="flex flex-col gap-3">
        <h2 id="top-heading" className="text-xl font-semibold">
          {t("topRatedHeading")}
        </h2>
        {topRated.items.length === 0 ? (
          <p className="text-slate-600">{t("noTopRated")}</p>
        ) : (
          <SupplierCardList suppliers={topRated.items} />
        )}
      </section>

      <section aria-labelledby="map-heading" className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="map-heading" className="text-xl font-semibold">
          {t("mapHeading")}
        </h2>
        <p className="text-slate-700">{t("mapText")}</p>
        <p>
          <Link href="/map" prefetch={false} className="inline-flex min-h-11 items-center rounded-md bg-brand-600 px-4 font-medium text-white hover:bg-brand-700">
            {t("openMap")}
          </Link>
        </p>
      </section>
    </div>
  );
}
