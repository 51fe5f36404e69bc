import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";

/** A plain GET form: it works without JavaScript and leaves a shareable URL. */
export async function SearchBox({ defaultValue = "", autoFocus = false }: { defaultValue?: string; autoFocus?: boolean }) {
  const t = await getTranslations("search");
  const locale = await getLocale();
  return (
    <form role="search" action={getPathname({ href: "/suppliers", locale })} method="get" className="flex w-full gap-2">
      <label htmlFor="search-q" className="sr-only">
        {t("label")}
      </label>
      <input
        id="search-q"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={t("placeholder")}
        maxLength={200}
        autoFocus={autoFocus}
        className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600"
      />
      <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        {t("submit")}
      </button>
    </form>
  );
}
