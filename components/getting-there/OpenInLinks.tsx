import { getTranslations } from "next-intl/server";
import { MAP_APPS, openInLinks } from "@/lib/map/links";
import type { LatLng } from "@/lib/taxonomy";

/** Links that open the place in the map apps people use, each in the datum it expects. */
export async function OpenInLinks({ point, name }: { point: LatLng; name: string }) {
  const t = await getTranslations("gettingThere");
  const links = openInLinks({ point, name });
  return (
    <nav aria-labelledby="open-in" className="flex flex-col gap-1 text-sm">
      <h3 id="open-in" className="font-medium text-slate-600">
        {t("openIn")}
      </h3>
      <ul className="flex flex-wrap gap-2">
        {MAP_APPS.map((app) => (
          <li key={app}>
            <a
              href={links[app]}
              rel="noopener nofollow"
              className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 text-brand-700 lg:min-h-9 hover:border-brand-600 hover:bg-brand-100"
            >
              {t(app)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
