import { getTranslations } from "next-intl/server";
import { SearchBox } from "@/components/search/SearchBox";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4 py-10">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="text-slate-700">{t("text")}</p>
      <p className="font-medium">{t("back")}</p>
      <SearchBox />
    </div>
  );
}
