import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pageWindow } from "@/lib/pagination";

type Props = { page: number; pages: number; hrefFor: (page: number) => string };

export async function Pagination({ page, pages, hrefFor }: Props) {
  const t = await getTranslations("list");
  if (pages <= 1) return null;
  // 44 px targets on phones, a little smaller beside a mouse.
  const item = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border px-3 text-sm lg:min-h-10 lg:min-w-10";
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center gap-2">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} prefetch={false} rel="prev" className={`${item} border-slate-300 bg-white hover:border-brand-600`}>
          {t("previous")}
        </Link>
      )}
      {pageWindow(page, pages).map((p, i) =>
        p === "gap" ? (
          <span key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
            …
          </span>
        ) : p === page ? (
          <span key={p} aria-current="page" className={`${item} border-brand-600 bg-brand-600 font-semibold text-white`}>
            {p}
          </span>
        ) : (
          <Link key={p} href={hrefFor(p)} prefetch={false} aria-label={t("pageOf", { page: p, pages })} className={`${item} border-slate-300 bg-white hover:border-brand-600`}>
            {p}
          </Link>
        ),
      )}
      {page < pages && (
        <Link href={hrefFor(page + 1)} prefetch={false} rel="next" className={`${item} border-slate-300 bg-white hover:border-brand-600`}>
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
