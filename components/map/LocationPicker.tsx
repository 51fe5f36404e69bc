"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useId, useState, type KeyboardEvent, type ReactNode } from "react";
import type { Datum } from "@/lib/geo";
import { checkLocation, DATUMS, parseCoordinatePair, type CheckedLocation } from "@/lib/map/location";
import type { LatLng } from "@/lib/taxonomy";
import type { TileConfig } from "./leaflet-tiles";

const LeafletPickerMap = dynamic(() => import("./LeafletPickerMap"), {
  ssr: false,
  loading: () => <div className="h-full w-full animate-pulse bg-slate-100" />,
});

export type LocationPickerValue = {
  /** The stored point, WGS-84. */
  point: LatLng | null;
  /** What was typed, and in which datum, so a form re-shown after an error keeps it. */
  input?: string;
  inputDatum?: Datum;
};

type Props = {
  tiles: TileConfig;
  defaultValue?: LocationPickerValue;
  /** Id of the coordinates field, for a form's error summary to link to. */
  inputId?: string;
  /** Id of a form's error message about the location: marks the coordinates field invalid. */
  errorId?: string;
  /** Shown after the legend, e.g. a form's "(required)". */
  legendExtra?: ReactNode;
};

const fixed = (v: number) => v.toFixed(6);

/**
 * Picks a supplier's location for a plain <form>: click or drag a pin, or paste coordinates in
 * the datum they were copied from. The form receives hidden inputs: `lat` and `lng` in WGS-84,
 * `coordDatum` (the datum of the entered values: WGS84 when placed on the map) and
 * `enteredLat`/`enteredLng` (the values as entered). A point outside Shenzhen or with latitude
 * and longitude apparently swapped is sent only after the "right as it is" box is ticked, and
 * that box is required while it shows, so the browser will not submit the form before. The
 * server must check again with lib/map/location.ts `checkLocation`.
 */
export function LocationPicker({ tiles, defaultValue, inputId, errorId, legendExtra }: Props) {
  const t = useTranslations("picker");
  const tm = useTranslations("map");
  const id = useId();
  const initial = defaultValue?.point ?? null;
  const [text, setText] = useState(defaultValue?.input ?? (initial ? `${fixed(initial.lat)}, ${fixed(initial.lng)}` : ""));
  const [inputDatum, setInputDatum] = useState<Datum>(defaultValue?.inputDatum ?? "WGS84");
  const [entered, setEntered] = useState<{ point: LatLng; datum: Datum } | null>(initial ? { point: initial, datum: "WGS84" } : null);
  const [check, setCheck] = useState<CheckedLocation | null>(initial ? checkLocation(initial, "WGS84") : null);
  const [unreadable, setUnreadable] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const [appliedText, setAppliedText] = useState(text);

  function use(point: LatLng, datum: Datum) {
    setEntered({ point, datum });
    setCheck(checkLocation(point, datum));
    setConfirmed(false);
    setUnreadable(false);
  }

  function apply(value = text) {
    setAppliedText(value);
    const parsed = parseCoordinatePair(value);
    if (!parsed) {
      setUnreadable(true);
      return;
    }
    use(parsed, inputDatum);
  }

  function picked(point: LatLng) {
    const typed = `${fixed(point.lat)}, ${fixed(point.lng)}`;
    setText(typed);
    setAppliedText(typed);
    setInputDatum("WGS84");
    use(point, "WGS84");
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter places the pin rather than submitting the surrounding form half-done.
    if (event.key === "Enter") {
      event.preventDefault();
      apply();
    }
  }

  const point = check?.wgs84 ?? null;
  const warnings = check?.warnings ?? [];
  const needsConfirm = point !== null && warnings.length > 0;
  const send = point !== null && (!needsConfirm || confirmed);
  const swap = check?.swapSuggestion;

  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="mb-1 font-semibold">
        {t("legend")}
        {legendExtra && <> {legendExtra}</>}
      </legend>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {t("hint")}
      </p>
      <div role="region" aria-label={t("mapLabel")} className="h-64 w-full overflow-hidden rounded-md border border-slate-300 sm:h-80">
        <LeafletPickerMap point={point} tiles={tiles} onPick={picked} pinLabel={t("legend")} tilesUnavailable={tm("baseMapUnavailable")} />
      </div>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <label className="flex flex-1 flex-col gap-1 text-sm font-medium">
          {t("paste")}
          <input
            id={inputId}
            name="coordInput"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
            // Typed but not placed yet: leaving the field places it, so "Save" right after works.
            onBlur={() => {
              if (text.trim() !== "" && text !== appliedText) apply();
            }}
            onPaste={(e) => {
              const pasted = e.clipboardData.getData("text");
              if (parseCoordinatePair(pasted)) {
                e.preventDefault();
                setText(pasted.trim());
                apply(pasted);
              }
            }}
            placeholder={t("pastePlaceholder")}
            inputMode="decimal"
            autoComplete="off"
            aria-invalid={unreadable || errorId !== undefined || undefined}
            aria-describedby={[unreadable ? `${id}-unreadable` : null, errorId ?? null].filter(Boolean).join(" ") || undefined}
            className="rounded-md border border-slate-300 px-3 py-2 font-normal"
          />
        </label>
        <label className="flex min-w-0 flex-col gap-1 text-sm font-medium">
          {t("datum")}
          <select
            name="coordInputDatum"
            value={inputDatum}
            onChange={(e) => setInputDatum(e.target.value as Datum)}
            className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-2 font-normal"
          >
            {DATUMS.map((d) => (
              <option key={d} value={d}>
                {t(`datum${d}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => apply()} className="rounded-md border border-brand-600 bg-white px-4 py-2 font-medium text-brand-700 hover:bg-brand-100">
          {t("apply")}
        </button>
      </div>

      <div aria-live="polite" className="flex flex-col gap-2 text-sm">
        {unreadable && (
          <p id={`${id}-unreadable`} className="text-red-800">
            {t("unreadable")}
          </p>
        )}
        {!unreadable && warnings.includes("swapped") && swap && (
          <p className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
            <span>{t("swapped", { lat: swap.lat, lng: swap.lng })}</span>
            <button
              type="button"
              className="rounded border border-amber-700 bg-white px-2 py-1 font-medium"
              onClick={() => {
                const swapped = `${swap.lat}, ${swap.lng}`;
                setText(swapped);
                apply(swapped);
              }}
            >
              {t("swap")}
            </button>
          </p>
        )}
        {!unreadable && point && warnings.includes("outside-shenzhen") && (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">{t("outside")}</p>
        )}
        <p className="text-slate-700">{point ? t("chosen", { lat: fixed(point.lat), lng: fixed(point.lng) }) : t("none")}</p>
        {needsConfirm && (
          <label className="flex items-center gap-2 font-medium">
            <input
              type="checkbox"
              name="coordConfirmed"
              value="1"
              required
              checked={confirmed}
              onChange={(e) => setConfirmed(e.target.checked)}
              className="size-4 accent-brand-600"
            />
            {t("confirm")}
          </label>
        )}
        {needsConfirm && !confirmed && <p className="text-slate-700">{t("needsConfirm")}</p>}
      </div>

      {send && entered && (
        <>
          <input type="hidden" name="lat" value={fixed(point.lat)} />
          <input type="hidden" name="lng" value={fixed(point.lng)} />
          <input type="hidden" name="coordDatum" value={entered.datum} />
          <input type="hidden" name="enteredLat" value={String(entered.point.lat)} />
          <input type="hidden" name="enteredLng" value={String(entered.point.lng)} />
        </>
      )}
    </fieldset>
  );
}
