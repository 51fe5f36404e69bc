import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export async function SiteFooter({ mapAttribution }: { mapAttribution: string }) {
  const t = await getTranslations("footer");
  return (
    <footer className="border-t border-slate-200 bg-white text-sm text-slate-600">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6">
        <p>
          {t("dataLicence")}{" "}
          <a className="underline hover:text-brand-700" href="https://opendatacommons.org/licenses/odbl/1-0/" rel="license">
            ODbL 1.0
          </a>
        </p>
        <p>{t("sampleData")}</p>
        <p>{t("mapAttribution", { attribution: mapAttribution })}</p>
        <p className="flex flex-wrap gap-x-4">
          <Link className="underline hover:text-brand-700" href="/api-docs">
            {t("api")}
          </Link>
          <a className="underline hover:text-brand-700" href="/api/export?format=csv">
            {t("exportCsv")}
          </a>
          <a className="underline hover:text-brand-700" href="/api/export?format=geojson">
            {t("exportGeojson")}
          </a>
        </p>
      </div>
    </footer>
  );
}
