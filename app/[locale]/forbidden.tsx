import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** What signed-in people without the needed role see (status 403), e.g. on the staff pages. */
export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4 py-10">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="text-slate-700">{t("text")}</p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/" className="text-brand-700 underline">
            {t("home")}
          </Link>
        </li>
        <li>
          <Link href="/me" className="text-brand-700 underline">
            {t("account")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
