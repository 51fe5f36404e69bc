/**
 * The listing form as the browser and the server action both see it: what the person typed
 * (kept to show again after an error, with or without JavaScript), the location read from the
 * picker's fields and checked again here, and `parseListingForm` on top. The browser runs
 * `validateListingForm` on blur and before sending; the action runs the same function on what
 * arrives, so a rule can never pass in one and fail in the other.
 */
import type { FormState } from "../forms";
import type { Datum } from "../geo";
import { STAMP_FIELD } from "../form-guard";
import { checkLocation, DATUMS, parseCoordinatePair } from "../map/location";
import type { LatLng } from "../taxonomy";
import type { DuplicateReason } from "./duplicates";
import type { ListingValues } from "./fields";
import { ERROR_PREFIX, listingFormDataToObject, listingToFormObject, MAX_STORE_LINKS, parseListingForm, type ListingFormMode, type ListingInput } from "./schema";

/**
 * The listing form has a real "website" field, the default honeypot's name, so its honeypot has
 * another name that form-filling bots also fill.
 */
export const LISTING_HONEYPOT_FIELD = "homepage";

/** The button that answers "is it one of these?" with "no, it is a new place". */
export const CONFIRM_NEW_FIELD = "confirmNew";

export type StoreLinkRow = { kind?: string; url?: string };

/** What was typed, by field name: text, the ticked boxes of a group, or store-link rows. */
export type ListingFormValues = { [field: string]: string | string[] | StoreLinkRow[] };

/** Fields the form sends that are not the listing's and must not come back to the page. */
const NOT_KEPT = new Set([STAMP_FIELD, LISTING_HONEYPOT_FIELD, CONFIRM_NEW_FIELD]);

/** What the person typed, to fill the form again; the guard fields are dropped. */
export function listingFormValues(form: FormData): ListingFormValues {
  // listingFormDataToObject only yields strings, string lists and rows of strings.
  const raw = listingFormDataToObject(form) as ListingFormValues;
  return Object.fromEntries(Object.entries(raw).filter(([name]) => !NOT_KEPT.has(name)));
}

export function textValue(values: ListingFormValues, name: string): string {
  const v = values[name];
  return typeof v === "string" ? v : "";
}

export function listValue(values: ListingFormValues, name: string): string[] {
  const v = values[name];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string");
  return typeof v === "string" && v !== "" ? [v] : [];
}

export function storeLinkRows(values: ListingFormValues): StoreLinkRow[] {
  const v = values.storeLinks;
  return Array.isArray(v) ? v.filter((r): r is StoreLinkRow => typeof r === "object" && r !== null).slice(0, MAX_STORE_LINKS) : [];
}

export type FormLocation =
  | { kind: "none" }
  | { kind: "unreadable" }
  | { kind: "point"; entered: LatLng; datum: Datum; wgs84: LatLng | null; swapped: boolean; outside: boolean };

const isDatum = (v: string): v is Datum => (DATUMS as readonly string[]).includes(v);

function numberPair(lat: string, lng: string): LatLng | null {
  const p = { lat: Number(lat), lng: Number(lng) };
  return lat.trim() !== "" && lng.trim() !== "" && Number.isFinite(p.lat) && Number.isFinite(p.lng) ? p : null;
}

/**
 * The location the form carries. The coordinates field, as typed in its datum, wins: it is what
 * the person sees, and without JavaScript the picker's hidden fields (filled when the page was
 * drawn) may be stale. Without that field, the picker's entered point and datum, then a plain
 * WGS-84 `lat`/`lng` pair, are read.
 */
export function formLocation(values: ListingFormValues): FormLocation {
  const typed = textValue(values, "coordInput").trim();
  let entered: LatLng | null;
  let datumText: string;
  if (typed !== "") {
    entered = parseCoordinatePair(typed);
    datumText = textValue(values, "coordInputDatum") || "WGS84";
  } else if (textValue(values, "enteredLat") !== "") {
    entered = numberPair(textValue(values, "enteredLat"), textValue(values, "enteredLng"));
    datumText = textValue(values, "coordDatum") || "WGS84";
  } else if (textValue(values, "lat") !== "") {
    entered = numberPair(textValue(values, "lat"), textValue(values, "lng"));
    datumText = "WGS84";
  } else return { kind: "none" };
  if (entered === null || !isDatum(datumText)) return { kind: "unreadable" };
  const check = checkLocation(entered, datumText);
  return {
    kind: "point",
    entered,
    datum: datumText,
    wgs84: check.wgs84,
    swapped: check.warnings.includes("swapped"),
    outside: check.warnings.includes("outside-shenzhen"),
  };
}

/** Field errors by field name (store-link rows as "storeLinks.0.url"), one message key each. */
export type ListingFieldErrors = Record<string, string>;

export type ListingValidation = { success: true; data: ListingInput } | { success: false; fieldErrors: ListingFieldErrors };

const LOCATION_PARTS = new Set(["lat", "lng", "datum"]);

export const SUBMIT_ERROR_PREFIX = "submitForm.errors.";

/**
 * The whole form's check: the location (read as above and re-checked with `checkLocation`), then
 * the listing schema. Errors are full message keys; the coordinates' parts report as "location".
 */
export function validateListingForm(values: ListingFormValues, mode: ListingFormMode): ListingValidation {
  const location = formLocation(values);
  const point = location.kind === "point" ? location.entered : null;
  const input = {
    ...values,
    lat: point ? String(point.lat) : "",
    lng: point ? String(point.lng) : "",
    datum: location.kind === "point" ? location.datum : "WGS84",
  };
  const parsed = parseListingForm(input, mode);
  const fieldErrors: ListingFieldErrors = {};
  if (!parsed.success) {
    for (const [field, keys] of Object.entries(parsed.fieldErrors)) {
      const name = LOCATION_PARTS.has(field) ? "location" : field;
      fieldErrors[name] ??= keys[0];
    }
  }
  // The picker warns in the browser; the server decides. A swapped pair or a point outside
  // Shenzhen is refused whatever the "right as it is" box says: a listing must be in Shenzhen.
  if (location.kind === "unreadable") fieldErrors.location = `${SUBMIT_ERROR_PREFIX}locationUnreadable`;
  else if (location.kind === "point" && location.swapped) fieldErrors.location = `${SUBMIT_ERROR_PREFIX}locationSwapped`;
  else if (location.kind === "point" && location.outside) fieldErrors.location = `${ERROR_PREFIX}locationOutsideShenzhen`;
  if (Object.keys(fieldErrors).length > 0 || !parsed.success) return { success: false, fieldErrors };
  return { success: true, data: parsed.data };
}

/**
 * A listing's values as the form's fields, to fill the suggest-an-edit and resubmit forms. The
 * point goes in the coordinates field in full precision (WGS-84), so an untouched form sends the
 * very same point back.
 */
export function listingFormValuesOf(v: ListingValues): ListingFormValues {
  const { lat: _lat, lng: _lng, datum: _datum, ...rest } = listingToFormObject(v);
  // listingToFormObject only yields strings, string lists and rows of strings.
  const fields = rest as ListingFormValues;
  return {
    ...fields,
    coordInput: v.location ? `${v.location.lat}, ${v.location.lng}` : "",
    coordInputDatum: "WGS84",
  };
}

/** A possible duplicate as the form shows it: enough to recognise the place and link to it. */
export type DuplicateView = {
  slug: string;
  name: string;
  nameZh: string | null;
  nameJa: string | null;
  district: string | null;
  reasons: DuplicateReason[];
};

/** What the listing form actions answer; `duplicates` asks "is it one of these?". */
export type ListingFormState = FormState<ListingFormValues> & { duplicates?: DuplicateView[] };

export const initialListingFormState: ListingFormState = { status: "idle", fieldErrors: {}, values: {} };
