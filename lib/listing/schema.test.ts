import { describe, expect, it } from "vitest";
import { fromWgs84 } from "../geo";
import { HUAQIANGBEI_CENTRE } from "../taxonomy";
import { LISTING_ERROR_KEYS, listingFormDataToObject, listingToFormObject, parseListingForm, storeKindOf, type ListingFormObject } from "./schema";

const VALID: ListingFormObject = {
  name: "Example Circuits",
  category: "pcb-fab",
  district: "futian",
  lat: String(HUAQIANGBEI_CENTRE.lat),
  lng: String(HUAQIANGBEI_CENTRE.lng),
  source: "I ordered 4-layer boards there in March.",
};

function errorsOf(input: ListingFormObject, mode: "create" | "edit" = "create") {
  const r = parseListingForm(input, mode);
  if (r.success) throw new Error("expected a failure");
  return r.fieldErrors;
}

function dataOf(input: ListingFormObject, mode: "create" | "edit" = "create") {
  const r = parseListingForm(input, mode);
  if (!r.success) throw new Error(`expected success: ${JSON.stringify(r.fieldErrors)}`);
  return r.data;
}

const E = (k: string) => `listingForm.errors.${k}`;

describe("parseListingForm: good input", () => {
  it("fills unknowns with null and empty lists", () => {
    const d = dataOf(VALID);
    expect(d).toMatchObject({
      name: "Example Circuits",
      nameZh: null,
      category: "pcb-fab",
      categories: ["pcb-fab"],
      capabilities: [],
      district: "futian",
      location: { lat: HUAQIANGBEI_CENTRE.lat, lng: HUAQIANGBEI_CENTRE.lng, datum: "WGS84" },
      website: null,
      acceptsPrototypes: null,
      storeLinks: [],
      source: "I ordered 4-layer boards there in March.",
    });
  });

  it.each<[string, ListingFormObject, Record<string, unknown>]>([
    ["trims text", { name: "  Example  " }, { name: "Example" }],
    ["empty strings are not given", { nameZh: "", website: "  ", moq: "" }, { nameZh: null, website: null, moq: null }],
    ["Chinese name alone", { name: "", nameZh: "华强电子" }, { name: "华强电子", nameZh: "华强电子" }],
    ["website normalised", { website: "www.Example.com" }, { website: "https://www.example.com/" }],
    ["mobile to E.164", { phone: "138 0013 8000" }, { phone: "+8613800138000" }],
    ["landline to E.164", { phone: "0755-2612 3456" }, { phone: "+8675526123456" }],
    ["numbers from strings", { moq: "50", leadTimeDaysMin: "3", leadTimeDaysMax: "7" }, { moq: 50, leadTimeDaysMin: 3, leadTimeDaysMax: 7 }],
    ["yes / no / unknown", { acceptsPrototypes: "yes", acceptsSmallOrders: "no" }, { acceptsPrototypes: true, acceptsSmallOrders: false }],
    ["unknown is null", { acceptsPrototypes: "unknown" }, { acceptsPrototypes: null }],
    ["booleans from objects", { acceptsPrototypes: true, acceptsSmallOrders: null }, { acceptsPrototypes: true, acceptsSmallOrders: null }],
    ["one checkbox", { languages: "en" }, { languages: ["en"] }],
    ["checkboxes deduplicated and ordered", { languages: ["ja", "en", "ja"] }, { languages: ["en", "ja"] }],
    ["primary joins the categories", { categories: ["pcb-assembly"] }, { categories: ["pcb-fab", "pcb-assembly"] }],
    ["WeChat ID", { wechatId: "seeed_studio" }, { wechatId: "seeed_studio" }],
    ["QQ number", { qq: "12345678" }, { qq: "12345678" }],
    ["email", { email: "sales@example.com" }, { email: "sales@example.com" }],
    ["store kind from host", { storeLinks: [{ url: "https://shop1.taobao.com" }] }, { storeLinks: [{ kind: "TAOBAO", url: "https://shop1.taobao.com/" }] }],
    ["explicit store kind", { storeLinks: [{ kind: "OTHER", url: "https://detail.1688.com/x" }] }, { storeLinks: [{ kind: "OTHER", url: "https://detail.1688.com/x" }] }],
    ["empty store rows dropped", { storeLinks: [{ kind: "", url: "" }, { url: "jd.com/shop" }] }, { storeLinks: [{ kind: "JD", url: "https://jd.com/shop" }] }],
    ["precision", { locationPrecision: "BUILDING" }, { locationPrecision: "BUILDING" }],
  ])("%s", (_label, patch, expected) => {
    expect(dataOf({ ...VALID, ...patch })).toMatchObject(expected);
  });

  it("converts a GCJ-02 point to WGS-84", () => {
    const gcj = fromWgs84(HUAQIANGBEI_CENTRE, "GCJ02");
    const d = dataOf({ ...VALID, lat: String(gcj.lat), lng: String(gcj.lng), datum: "GCJ02" });
    expect(d.location!.datum).toBe("GCJ02");
    expect(d.location!.lat).toBeCloseTo(HUAQIANGBEI_CENTRE.lat, 6);
    expect(d.location!.lng).toBeCloseTo(HUAQIANGBEI_CENTRE.lng, 6);
  });

  it("converts a BD-09 point to WGS-84", () => {
    const bd = fromWgs84(HUAQIANGBEI_CENTRE, "BD09");
    const d = dataOf({ ...VALID, lat: bd.lat, lng: bd.lng, datum: "BD09" });
    expect(d.location!.lat).toBeCloseTo(HUAQIANGBEI_CENTRE.lat, 5);
    expect(d.location!.lng).toBeCloseTo(HUAQIANGBEI_CENTRE.lng, 5);
  });

  it("does not require a source for a suggested edit", () => {
    expect(dataOf({ ...VALID, source: "" }, "edit").source).toBeNull();
  });
});

describe("parseListingForm: bad input", () => {
  it.each<[string, ListingFormObject, Record<string, string[]>]>([
    ["no name at all", { name: "" }, { name: [E("nameRequired")] }],
    ["no category", { category: "" }, { category: [E("required")] }],
    ["unknown category", { category: "bakery" }, { category: [E("invalidChoice")] }],
    ["unknown capability", { capabilities: ["smt", "baking"] }, { "capabilities.1": [E("invalidChoice")] }],
    ["no district", { district: undefined }, { district: [E("required")] }],
    ["no location", { lat: "", lng: "" }, { location: [E("locationRequired")] }],
    ["half a location", { lng: "" }, { location: [E("locationRequired")] }],
    ["a point in Tokyo", { lat: "35.68", lng: "139.76" }, { location: [E("locationOutsideShenzhen")] }],
    ["latitude not a number", { lat: "22.5N" }, { lat: [E("notANumber")] }],
    ["latitude out of range", { lat: "122.5" }, { lat: [E("tooLarge")] }],
    ["unknown datum", { datum: "ED50" }, { datum: [E("invalidChoice")] }],
    ["javascript link", { website: "javascript:alert(1)" }, { website: [E("invalidUrl")] }],
    ["ftp link", { website: "ftp://example.com" }, { website: [E("invalidUrl")] }],
    ["store link not http", { storeLinks: [{ kind: "TAOBAO", url: "data:text/html,x" }] }, { "storeLinks.0.url": [E("invalidUrl")] }],
    ["store kind unknown", { storeLinks: [{ kind: "EBAY", url: "https://ebay.com/x" }] }, { "storeLinks.0.kind": [E("invalidChoice")] }],
    ["phone too short", { phone: "12345" }, { phone: [E("invalidPhone")] }],
    ["phone with words", { phone: "ask for Li" }, { phone: [E("invalidPhone")] }],
    ["email", { email: "not-an-email" }, { email: [E("invalidEmail")] }],
    ["WeChat ID with spaces", { wechatId: "seeed studio" }, { wechatId: [E("invalidWechat")] }],
    ["QQ with letters", { qq: "12ab5678" }, { qq: [E("invalidQq")] }],
    ["MOQ zero", { moq: "0" }, { moq: [E("tooSmall")] }],
    ["MOQ fraction", { moq: "2.5" }, { moq: [E("notANumber")] }],
    ["MOQ words", { moq: "many" }, { moq: [E("notANumber")] }],
    ["lead time reversed", { leadTimeDaysMin: "10", leadTimeDaysMax: "3" }, { leadTimeDaysMax: [E("leadTimeOrder")] }],
    ["lead time over a year", { leadTimeDaysMax: "400" }, { leadTimeDaysMax: [E("tooLarge")] }],
    ["prototypes maybe", { acceptsPrototypes: "maybe" }, { acceptsPrototypes: [E("invalidChoice")] }],
    ["name too long", { name: "x".repeat(201) }, { name: [E("tooLong")] }],
    ["no source", { source: "" }, { source: [E("required")] }],
    ["source too short", { source: "trust me" }, { source: [E("sourceTooShort")] }],
    ["founded in the future", { foundedYear: "2200" }, { foundedYear: [E("tooLarge")] }],
  ])("%s", (_label, patch, expected) => {
    expect(errorsOf({ ...VALID, ...patch })).toEqual(expected);
  });

  it("reports every bad field at once", () => {
    const errors = errorsOf({ ...VALID, website: "javascript:x", phone: "1", moq: "x", leadTimeDaysMin: "9", leadTimeDaysMax: "1" });
    expect(Object.keys(errors).sort()).toEqual(["leadTimeDaysMax", "moq", "phone", "website"]);
  });

  it("only uses message keys the message files know", () => {
    const errors = errorsOf({ name: "", category: "x", lat: "a", website: "x", phone: "1", email: "x", qq: "x", wechatId: "!", moq: "0" });
    for (const list of Object.values(errors)) for (const k of list) expect(LISTING_ERROR_KEYS).toContain(k);
  });
});

describe("listingFormDataToObject", () => {
  it("reads repeated checkboxes, store link rows and keeps unknown fields out of lists", () => {
    const form = new FormData();
    form.append("name", "Example");
    form.append("languages", "en");
    form.append("languages", "zh");
    form.append("capabilities", "smt");
    form.append("storeLinks.1.url", "https://shop1.taobao.com");
    form.append("storeLinks.1.kind", "TAOBAO");
    form.append("storeLinks.0.url", "");
    form.append("storeLinks.0.kind", "");
    form.append("honeypot", "x");
    const o = listingFormDataToObject(form);
    expect(o.languages).toEqual(["en", "zh"]);
    expect(o.capabilities).toEqual(["smt"]);
    expect(o.storeLinks).toEqual([
      { url: "", kind: "" },
      { url: "https://shop1.taobao.com", kind: "TAOBAO" },
    ]);
  });

  it("parses a whole form posted without JavaScript", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(VALID)) form.append(k, String(v));
    form.append("categories", "pcb-assembly");
    form.append("paymentMethods", "alipay");
    form.append("paymentMethods", "paypal");
    form.append("acceptsSmallOrders", "yes");
    const d = dataOf(listingFormDataToObject(form));
    expect(d.categories).toEqual(["pcb-fab", "pcb-assembly"]);
    expect(d.paymentMethods).toEqual(["paypal", "alipay"]);
    expect(d.acceptsSmallOrders).toBe(true);
    const direct = parseListingForm(form);
    expect(direct.success && direct.data).toEqual(d);
  });
});

describe("listingToFormObject", () => {
  it("round-trips a listing through the edit form unchanged", () => {
    const d = dataOf({
      ...VALID,
      nameZh: "示例电路",
      categories: ["pcb-assembly"],
      capabilities: ["smt", "bga"],
      phone: "13800138000",
      website: "example.com",
      storeLinks: [{ url: "https://shop1.taobao.com/" }],
      moq: "5",
      acceptsPrototypes: "no",
      locationPrecision: "STREET",
    });
    const { source: _source, ...values } = d;
    const again = dataOf(listingToFormObject(values), "edit");
    const { source: _again, ...valuesAgain } = again;
    expect(valuesAgain).toEqual(values);
  });
});

describe("storeKindOf", () => {
  it.each([
    ["https://detail.tmall.com/item.htm", "TMALL"],
    ["https://shop.taobao.com/", "TAOBAO"],
    ["https://detail.1688.com/offer/1.html", "ALIBABA_1688"],
    ["https://example.en.alibaba.com/", "ALIBABA"],
    ["https://www.aliexpress.com/store/1", "ALIEXPRESS"],
    ["https://mall.jd.com/index-1.html", "JD"],
    ["https://notjd.com/", "OTHER"],
  ])("%s → %s", (url, kind) => {
    expect(storeKindOf(url)).toBe(kind);
  });
});
