import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { amapUrl } from "@/lib/map/links";
import type { LatLng } from "@/lib/taxonomy";
import { AddressPhrases } from "@/components/suppliers/AddressPhrases";
import { TaxiCardDialog } from "./TaxiCardDialog";

export type TaxiCardPlace = {
  name: string;
  nameZh: string | null;
  addressZh: string | null;
  wechatId: string | null;
  point: LatLng | null;
  approximate: boolean;
};

/**
 * The Chinese name and address, large, to show a driver or a guard; one tap shows them full
 * screen with a QR code of the Amap link. Rendered when there is something in Chinese to show.
 */
export async function TaxiCard({ place }: { place: TaxiCardPlace }) {
  if (!place.addressZh && !place.nameZh) return null;
  const t = await getTranslations();
  const amap = place.point ? amapUrl({ point: place.point, name: place.nameZh ?? place.name }) : null;
  // Generated here, so the page carries the code as inline SVG and the browser needs no library.
  const qrSvg = amap ? await QRCode.toString(amap, { type: "svg", margin: 2, errorCorrectionLevel: "M" }) : null;
  return (
    <section aria-labelledby="taxi" className="flex flex-col gap-2 rounded-lg border-2 border-slate-900 bg-white p-4">
      <h2 id="taxi" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
        {t("supplier.taxiCard")}
      </h2>
      {place.addressZh && (
        <p lang="zh-Hans" className="break-keep text-3xl font-bold leading-snug text-slate-950 [overflow-wrap:anywhere] sm:text-4xl lg:text-3xl">
          <AddressPhrases text={place.addressZh} />
        </p>
      )}
      {place.nameZh && (
        <p lang="zh-Hans" className="break-keep text-2xl font-semibold text-slate-900 [overflow-wrap:anywhere]">
          {place.nameZh}
        </p>
      )}
      {place.approximate && <p className="text-sm text-amber-800">{t("gettingThere.approximate")}</p>}
      <TaxiCardDialog
        nameZh={place.nameZh}
        addressZh={place.addressZh}
        wechatId={place.wechatId}
        approximate={place.approximate}
        qrSvg={qrSvg}
      />
    </section>
  );
}
