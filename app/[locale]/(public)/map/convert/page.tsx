import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OpenInLinks } from "@/components/getting-there/OpenInLinks";
import { LocationPicker } from "@/components/map/LocationPicker";
import { getPathname, Link } from "@/i18n/navigation";
import { getEnv } from "@/lib/env";
import { fromWgs84, type Datum } from "@/lib/geo";
import { checkLocation, DATUMS, isValidLatLng } from "@/lib/map/location";
import { formatCenter } from "@/lib/map/params";
import { localizedAlternates } from "@/lib/seo";
import type { LatLng } from "@/lib/taxonomy";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: t("convertTitle"), description: t("convertDescription"), alternates: localizedAlternates("/map/convert", locale) };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const number = (v: string | undefined) => (v !== undefined && /^-?\d{1,3}(?:\.\d+)?$/.test(v.trim()) ? Number(v) : NaN);

type Outcome = { kind: "none" } | { kind: "invalid" } | { kind: "unconfirmed" } | { kind: "ok"; point: LatLng; datum: Datum };

/** What the picker sent, read the way a submission form's action will read it. */
function readLocation(sp: SearchParams): Outcome {
  if (one(sp.lat) === undefined && one(sp.coordInput) === undefined) return { kind: "none" };
  const point = { lat: number(one(sp.lat)), lng: number(one(sp.lng)) };
  const datum = one(sp.coordDatum) as Datum;
  const entered = { lat: number(one(sp.enteredLat)), lng: number(one(sp.enteredLng)) };
  if (!isValidLatLng(point) || !DATUMS.includes(datum) || !isValidLatLng(entered)) return { kind: "invalid" };
  if (checkLocation(point, "WGS84").warnings.length > 0 && one(sp.coordConfirmed) !== "1") return { kind: "unconfirmed" };
  return { kind: "ok", point, datum };
}

const fixed = (p: LatLng) => `${p.lat.toFixed(6)}, ${p.lng.toFixed(6)}`;

/**
 * A small tool, and the location picker's first home: paste a point from a Chinese map app (or
 * place it), get it in every datum with links to open it anywhere or see suppliers around it.
 * The submission form uses the same picker inside its own form.
 */
export default async function ConvertPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const sp = await searchParams;
  const outcome = readLocation(sp);
  const env = getEnv();
  const inputDatum = one(sp.coordInputDatum) as Datum;
  const point = outcome.kind === "ok" ? outcome.point : null;

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold tracking-tight">{t("convert.heading")}</h1>
        <p className="text-slate-700">{t("convert.intro")}</p>
      </header>

      <form method="get" action={getPathname({ href: "/map/convert", locale })} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
        <LocationPicker
          tiles={{ url: env.mapTileUrl, attribution: env.mapTileAttribution, datum: env.mapTileDatum }}
          defaultValue={{ point, input: one(sp.coordInput), inputDatum: DATUMS.includes(inputDatum) ? inputDatum : undefined }}
        />
        <button type="submit" className="self-start rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
          {t("convert.submit")}
        </button>
      </form>

      {(outcome.kind === "invalid" || outcome.kind === "unconfirmed") && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {outcome.kind === "invalid" ? t("convert.invalid") : t("convert.notConfirmed")}
        </p>
      )}

      {outcome.kind === "ok" && (
        <section aria-labelledby="convert-result" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
          <h2 id="convert-result" className="text-lg font-semibold">
            {t("convert.result")}
          </h2>
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            {DATUMS.map((d) => (
              <div key={d} className="contents">
                <dt className="font-medium text-slate-600">{t(`picker.datum${d}`)}</dt>
                <dd className="font-mono">{fixed(fromWgs84(outcome.point, d))}</dd>
              </div>
            ))}
          </dl>
          <OpenInLinks point={outcome.point} name={fixed(outcome.point)} />
          <Link href={`/map?center=${formatCenter(outcome.point)}&zoom=16`} className="self-start text-brand-700 underline">
            {t("convert.nearby")}
          </Link>
        </section>
      )}
    </div>
  );
}
