import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import { MAX_QUERY_LENGTH } from "@/lib/search/text";

/** The search field and its button, for use inside a GET form that sends `q`. */
export async function SearchFields({ id, defaultValue = "" }: { id: string; defaultValue?: string }) {
  const t = await getTranslations("search");
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {t("label")}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={t("placeholder")}
        maxLength={MAX_QUERY_LENGTH}
        className="min-h-11 min-w-0 flex-1 rounded-md border border-slate-500 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600"
      />
      <button type="submit" className="min-h-11 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        {t("submit")}
      </button>
    </>
  );
}

/** A plain GET form to the supplier list: it works without JavaScript and leaves a shareable URL. */
export async function SearchBox() {
  const locale = await getLocale();
  return (
    <form role="search" action={getPathname({ href: "/suppliers", locale })} method="get" className="flex w-full gap-2">
      <SearchFields id="search-q" />
    </form>
  );
}
