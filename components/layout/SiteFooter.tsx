import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

const OSM_COPYRIGHT = "https://www.openstreetmap.org/copyright";

export async function SiteFooter({ mapAttribution }: { mapAttribution: string }) {
  const t = await getTranslations("footer");
  const link = "underline underline-offset-2 hover:text-brand-700";
  // Links inside sentences are underlined (not told apart by colour alone); the row of
  // stand-alone links gets phone-sized targets.
  return (
    <footer className="border-t border-slate-200 bg-white text-sm text-slate-700">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6">
        <p>
          {t("dataLicence")}{" "}
          <a className={link} href="https://opendatacommons.org/licenses/odbl/1-0/" rel="license">
            ODbL 1.0
          </a>
        </p>
        <p>{t("sampleData")}</p>
        <p>
          {/OpenStreetMap/i.test(mapAttribution) ? (
            <a className={link} href={OSM_COPYRIGHT}>
              {t("mapAttribution", { attribution: mapAttribution })}
            </a>
          ) : (
            t("mapAttribution", { attribution: mapAttribution })
          )}
        </p>
        <ul className="flex flex-wrap gap-x-4">
          <li>
            <Link className={`${link} inline-flex min-h-11 items-center sm:min-h-8`} href="/api-docs" prefetch={false}>
              {t("api")}
            </Link>
          </li>
          {[
            { href: "/api/export?format=csv", label: t("exportCsv") },
            { href: "/api/export?format=geojson", label: t("exportGeojson") },
          ].map((l) => (
            <li key={l.href}>
              <a className={`${link} inline-flex min-h-11 items-center sm:min-h-8`} href={l.href}>
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </footer>
  );
}
