import { describe, expect, it } from "vitest";
import { STAMP_FIELD } from "../form-guard";
import { fromWgs84 } from "../geo";
import { CONFIRM_NEW_FIELD, formLocation, LISTING_HONEYPOT_FIELD, listingFormValues, listingFormValuesOf, validateListingForm, type ListingFormValues } from "./form";
import { sampleListingValues } from "./test-values";

const SEG = { lat: 22.54361, lng: 114.08111 };

function form(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

const BASE: ListingFormValues = {
  name: "Example Circuits",
  category: "pcb-fab",
  district: "futian",
  coordInput: `${SEG.lat}, ${SEG.lng}`,
  coordInputDatum: "WGS84",
  source: "I ordered 4-layer boards there in March.",
};

describe("listingFormValues", () => {
  it("keeps what was typed, with ticked boxes as lists and store links as rows, and drops the guard fields", () => {
    const values = listingFormValues(
      form([
        ["name", "Example"],
        ["languages", "en"],
        ["languages", "ja"],
        ["storeLinks.0.kind", ""],
        ["storeLinks.0.url", "shop1.taobao.com"],
        ["coordInput", "22.5, 114.1"],
        [STAMP_FIELD, "123.abc"],
        [LISTING_HONEYPOT_FIELD, ""],
        [CONFIRM_NEW_FIELD, "1"],
      ]),
    );
    expect(values).toEqual({ name: "Example", languages: ["en", "ja"], storeLinks: [{ kind: "", url: "shop1.taobao.com" }], coordInput: "22.5, 114.1" });
  });
});

describe("formLocation", () => {
  it("reads the coordinates field in its datum before the picker's hidden fields", () => {
    const gcj = fromWgs84(SEG, "GCJ02");
    const loc = formLocation({ coordInput: `${gcj.lat}, ${gcj.lng}`, coordInputDatum: "GCJ02", enteredLat: "22.6", enteredLng: "114.2", coordDatum: "WGS84" });
    expect(loc).toMatchObject({ kind: "point", datum: "GCJ02", swapped: false, outside: false });
    if (loc.kind !== "point") throw new Error("a point");
    expect(loc.wgs84!.lat).toBeCloseTo(SEG.lat, 5);
    expect(loc.wgs84!.lng).toBeCloseTo(SEG.lng, 5);
  });

  it("falls back to the picker's entered point, then to plain lat/lng", () => {
    expect(formLocation({ enteredLat: "22.5", enteredLng: "114.1", coordDatum: "BD09" })).toMatchObject({ kind: "point", datum: "BD09", entered: { lat: 22.5, lng: 114.1 } });
    expect(formLocation({ lat: "22.5", lng: "114.1" })).toMatchObject({ kind: "point", datum: "WGS84" });
    expect(formLocation({})).toEqual({ kind: "none" });
  });

  it("says when the coordinates cannot be read or the datum is unknown", () => {
    expect(formLocation({ coordInput: "near the metro" })).toEqual({ kind: "unreadable" });
    expect(formLocation({ coordInput: "22.5, 114.1", coordInputDatum: "MARS" })).toEqual({ kind: "unreadable" });
  });
});

describe("validateListingForm", () => {
  it("stores a pasted GCJ-02 point in WGS-84 and remembers the datum", () => {
    const gcj = fromWgs84(SEG, "GCJ02");
    const r = validateListingForm({ ...BASE, coordInput: `${gcj.lat.toFixed(6)}, ${gcj.lng.toFixed(6)}`, coordInputDatum: "GCJ02" }, "create");
    if (!r.success) throw new Error(JSON.stringify(r.fieldErrors));
    expect(r.data.location!.datum).toBe("GCJ02");
    expect(r.data.location!.lat).toBeCloseTo(SEG.lat, 5);
    expect(r.data.location!.lng).toBeCloseTo(SEG.lng, 5);
  });

  it("reports every bad field at once, one message key each, the location's parts as location", () => {
    const r = validateListingForm({ ...BASE, name: "", website: "ftp://example.com", coordInput: "", source: "" }, "create");
    expect(r).toEqual({
      success: false,
      fieldErrors: {
        name: "listingForm.errors.nameRequired",
        website: "listingForm.errors.invalidUrl",
        location: "listingForm.errors.locationRequired",
        source: "listingForm.errors.required",
      },
    });
  });

  it("refuses a swapped pair, a point outside Shenzhen and unreadable coordinates on the server side too", () => {
    const errorOf = (coordInput: string) => {
      const r = validateListingForm({ ...BASE, coordInput }, "create");
      return r.success ? null : r.fieldErrors.location;
    };
    expect(errorOf("114.08111, 22.54361")).toBe("submitForm.errors.locationSwapped");
    expect(errorOf("35.6812, 139.7671")).toBe("listingForm.errors.locationOutsideShenzhen");
    expect(errorOf("somewhere")).toBe("submitForm.errors.locationUnreadable");
  });

  it("needs no source for a suggested edit", () => {
    expect(validateListingForm({ ...BASE, source: "" }, "edit").success).toBe(true);
  });

  it("reads a listing's own values back unchanged", () => {
    const values = sampleListingValues();
    const r = validateListingForm(listingFormValuesOf(values), "edit");
    if (!r.success) throw new Error(JSON.stringify(r.fieldErrors));
    const { source: _source, ...again } = r.data;
    expect(again).toEqual(values);
  });
});
