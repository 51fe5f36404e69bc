/**
 * The listing form: one zod schema for a new listing and for a suggested edit (they share every
 * field; only the "how do you know" source is required for a new listing). The browser form and
 * the server action both call `parseListingForm`, so what passes in one passes in the other.
 *
 * Input comes from FormData (works without JavaScript: repeated checkboxes, empty fields as "")
 * or from a plain object (CSV import, tests). Error messages are message keys under
 * `listingForm.errors`, so the form shows them in the reader's language.
 */
import { z } from "zod";
import { toWgs84 } from "../geo";
import { normalisePhone } from "../phone";
import {
  CAPABILITIES,
  CATEGORIES,
  CERTIFICATIONS,
  DISTRICT_SLUGS,
  LANGUAGES,
  PAYMENT_METHODS,
  SHENZHEN_BOUNDS,
  type CategorySlug,
} from "../taxonomy";
import { parseHttpUrl } from "../url";
import { DATUMS, LOCATION_PRECISIONS, STORE_KINDS, type ListingValues, type StoreKind } from "./fields";

export const ERROR_PREFIX = "listingForm.errors.";
const key = (name: string) => ERROR_PREFIX + name;

export const MAX_STORE_LINKS = 10;
export const TRISTATE = ["yes", "no", "unknown"] as const;
export type Tristate = (typeof TRISTATE)[number];

/** What the form yields: the listing's values plus where the person knows them from. */
export type ListingInput = ListingValues & { source: string | null };

/** Field name (dotted for nested fields: "storeLinks.0.url") → message keys. */
export type ListingFieldErrors = Record<string, string[]>;

export type ListingParseResult = { success: true; data: ListingInput } | { success: false; fieldErrors: ListingFieldErrors };

export type ListingFormMode = "create" | "edit";

// ---------------------------------------------------------------------------------------------
// Field builders. Every preprocess turns "", whitespace and null into undefined first, so an
// empty input means "not given" whatever the source.

function blank(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "string") {
    const t = v.trim();
    return t === "" ? undefined : t;
  }
  return v;
}

const text = (max: number) => z.preprocess(blank, z.string().max(max).optional());

const requiredText = (max: number) => z.preprocess(blank, z.string().max(max));

/** Numbers from inputs arrive as strings; anything that is not plainly a number stays a string and fails. */
function numeric(v: unknown): unknown {
  const b = blank(v);
  if (typeof b === "string" && /^[-+]?(?:\d+\.?\d*|\.\d+)$/.test(b)) return Number(b);
  return b;
}

const integer = (min: number, max: number) => z.preprocess(numeric, z.number().int().min(min).max(max).optional());

const decimal = (min: number, max: number) => z.preprocess(numeric, z.number().min(min).max(max).optional());

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess(blank, z.enum(values));

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess(blank, z.enum(values).optional());

/** Repeated checkboxes: one value, several, or none; duplicates collapse. */
const set = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .preprocess(
      (v) =>
        ([] as unknown[])
          .concat(v ?? [])
          .map(blank)
          .filter((x) => x !== undefined),
      z.array(z.enum(values)).max(values.length),
    )
    .transform((list) => [...new Set(list)]);

/** Yes / no / not known, from a select or radio group, or a boolean from a plain object. */
const tristate = z
  .preprocess((v) => (v === true ? "yes" : v === false ? "no" : (blank(v) ?? "unknown")), z.enum(TRISTATE))
  .transform((v) => (v === "yes" ? true : v === "no" ? false : null));

const httpUrl = (max: number) =>
  text(max).transform((v, ctx) => {
    if (v === undefined) return undefined;
    const url = parseHttpUrl(v);
    if (url === null) ctx.addIssue({ code: "custom", message: key("invalidUrl"), input: v });
    return url ?? undefined;
  });

const phone = text(40).transform((v, ctx) => {
  if (v === undefined) return undefined;
  const e164 = normalisePhone(v);
  if (e164 === null) ctx.addIssue({ code: "custom", message: key("invalidPhone"), input: v });
  return e164 ?? undefined;
});

/**
 * WeChat IDs are 6–20 letters, digits, "_" and "-"; older accounts use a phone or QQ number as
 * their ID, so a leading digit is allowed too.
 */
const wechatId = z.preprocess(blank, z.string().regex(/^[A-Za-z0-9][-_A-Za-z0-9]{4,39}$/, { error: key("invalidWechat") }).optional());

const qq = z.preprocess(blank, z.string().regex(/^[1-9]\d{4,11}$/, { error: key("invalidQq") }).optional());

const email = z.preprocess(blank, z.email({ error: key("invalidEmail") }).max(254).optional());

const STORE_HOSTS: [RegExp, StoreKind][] = [
  [/(^|\.)tmall\.com$/, "TMALL"],
  [/(^|\.)taobao\.com$/, "TAOBAO"],
  [/(^|\.)1688\.com$/, "ALIBABA_1688"],
  [/(^|\.)aliexpress\.(com|us|ru)$/, "ALIEXPRESS"],
  [/(^|\.)alibaba\.com$/, "ALIBABA"],
  [/(^|\.)jd\.(com|hk)$/, "JD"],
];

/** The store a link points at, from its host; links elsewhere are OTHER. */
export function storeKindOf(url: string): StoreKind {
  const host = new URL(url).hostname;
  return STORE_HOSTS.find(([pattern]) => pattern.test(host))?.[1] ?? "OTHER";
}

const storeLinks = z
  .preprocess(
    (v) =>
      ([] as unknown[]).concat(v ?? []).filter((row) => {
        if (typeof row !== "object" || row === null) return true;
        const r = row as Record<string, unknown>;
        return blank(r.url) !== undefined || blank(r.kind) !== undefined;
      }),
    z
      .array(
        z.object({
          kind: optionalChoice(STORE_KINDS),
          url: httpUrl(2048).pipe(z.string()),
        }),
      )
      .max(MAX_STORE_LINKS),
  )
  .transform((rows) => {
    const seen = new Set<string>();
    return rows
      .map((r) => ({ kind: r.kind ?? storeKindOf(r.url), url: r.url }))
      .filter((r) => !seen.has(r.url) && seen.add(r.url));
  });

const CATEGORY_SLUGS = CATEGORIES.map((c) => c.slug) as [CategorySlug, ...CategorySlug[]];
const CAPABILITY_SLUGS = CAPABILITIES.map((c) => c.slug) as [string, ...string[]];
const LANGUAGE_CODES = LANGUAGES.map((l) => l.code) as [string, ...string[]];
const PAYMENT_CODES = PAYMENT_METHODS.map((p) => p.code) as [string, ...string[]];
const CERTIFICATION_CODES = CERTIFICATIONS.map((c) => c.code) as [string, ...string[]];
const DISTRICTS = DISTRICT_SLUGS as [(typeof DISTRICT_SLUGS)[number], ...(typeof DISTRICT_SLUGS)[number][]];

/** Order lists as the taxonomy does, so equal sets always serialise alike. */
function inOrder(list: string[], order: readonly string[]): string[] {
  return [...list].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

const MIN_SOURCE_LENGTH = 10;

function fieldsFor(mode: ListingFormMode) {
  return {
    name: text(200),
    nameZh: text(200),
    nameJa: text(200),
    category: choice(CATEGORY_SLUGS),
    categories: set(CATEGORY_SLUGS),
    capabilities: set(CAPABILITY_SLUGS),
    district: choice(DISTRICTS),
    addressEn: text(500),
    addressZh: text(500),
    lat: decimal(-90, 90),
    lng: decimal(-180, 180),
    datum: z.preprocess((v) => blank(v) ?? "WGS84", z.enum(DATUMS)),
    locationPrecision: optionalChoice(LOCATION_PRECISIONS),
    website: httpUrl(2048),
    email,
    phone,
    wechatId,
    qq,
    storeLinks,
    languages: set(LANGUAGE_CODES),
    moq: integer(1, 1_000_000_000),
    moqNote: text(200),
    leadTimeDaysMin: integer(0, 365),
    leadTimeDaysMax: integer(0, 365),
    acceptsPrototypes: tristate,
    acceptsSmallOrders: tristate,
    paymentMethods: set(PAYMENT_CODES),
    certifications: set(CERTIFICATION_CODES),
    openingHours: text(200),
    description: text(4000),
    descriptionZh: text(4000),
    descriptionJa: text(4000),
    foundedYear: integer(1800, 2100),
    source:
      mode === "create"
        ? requiredText(2000).pipe(z.string().min(MIN_SOURCE_LENGTH, { error: key("sourceTooShort") }))
        : text(2000),
  };
}

const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

const isCoordinate = (x: unknown, limit: number): x is number => typeof x === "number" && Math.abs(x) <= limit;

function buildSchema(mode: ListingFormMode) {
  return z
    .object(fieldsFor(mode))
    // Cross-field rules run even when a field failed (`when`), so every problem shows at once;
    // a failed field leaves its raw input here, hence the typeof checks.
    .check(
      z.superRefine(
        (v: z.output<z.ZodObject<ReturnType<typeof fieldsFor>>>, ctx) => {
          if (v.name === undefined && v.nameZh === undefined && v.nameJa === undefined) {
            ctx.addIssue({ code: "custom", path: ["name"], message: key("nameRequired") });
          }
          if (v.lat === undefined || v.lng === undefined) {
            ctx.addIssue({ code: "custom", path: ["location"], message: key("locationRequired") });
          } else if (isCoordinate(v.lat, 90) && isCoordinate(v.lng, 180) && DATUMS.includes(v.datum)) {
            const p = toWgs84({ lat: v.lat, lng: v.lng }, v.datum);
            const b = SHENZHEN_BOUNDS;
            if (p.lat < b.minLat || p.lat > b.maxLat || p.lng < b.minLng || p.lng > b.maxLng) {
              ctx.addIssue({ code: "custom", path: ["location"], message: key("locationOutsideShenzhen") });
            }
          }
          const { leadTimeDaysMin: min, leadTimeDaysMax: max } = v;
          if (typeof min === "number" && typeof max === "number" && min > max) {
            ctx.addIssue({ code: "custom", path: ["leadTimeDaysMax"], message: key("leadTimeOrder") });
          }
        },
        { when: () => true },
      ),
    )
    .transform((v): ListingInput => {
      const point = toWgs84({ lat: v.lat!, lng: v.lng! }, v.datum);
      const name = v.name ?? v.nameZh ?? v.nameJa!;
      return {
        name,
        nameZh: v.nameZh ?? null,
        nameJa: v.nameJa ?? null,
        category: v.category,
        categories: inOrder([...new Set([v.category, ...v.categories])], CATEGORY_SLUGS),
        capabilities: inOrder(v.capabilities, CAPABILITY_SLUGS),
        district: v.district,
        addressEn: v.addressEn ?? null,
        addressZh: v.addressZh ?? null,
        location: { lat: round7(point.lat), lng: round7(point.lng), datum: v.datum },
        locationPrecision: v.locationPrecision ?? null,
        website: v.website ?? null,
        email: v.email ?? null,
        phone: v.phone ?? null,
        wechatId: v.wechatId ?? null,
        qq: v.qq ?? null,
        storeLinks: v.storeLinks,
        languages: inOrder(v.languages, LANGUAGE_CODES),
        moq: v.moq ?? null,
        moqNote: v.moqNote ?? null,
        leadTimeDaysMin: v.leadTimeDaysMin ?? null,
        leadTimeDaysMax: v.leadTimeDaysMax ?? null,
        acceptsPrototypes: v.acceptsPrototypes,
        acceptsSmallOrders: v.acceptsSmallOrders,
        paymentMethods: inOrder(v.paymentMethods, PAYMENT_CODES),
        certifications: inOrder(v.certifications, CERTIFICATION_CODES),
        openingHours: v.openingHours ?? null,
        description: v.description ?? null,
        descriptionZh: v.descriptionZh ?? null,
        descriptionJa: v.descriptionJa ?? null,
        foundedYear: v.foundedYear ?? null,
        source: v.source ?? null,
      };
    });
}

/** The new-listing form. */
export const listingFormSchema = buildSchema("create");
/** The suggest-an-edit form: the same fields; the source becomes the proposal's note. */
export const editProposalFormSchema = buildSchema("edit");

/** The form's raw values as a plain object (the schema's input). */
export type ListingFormObject = Record<string, unknown>;

const MULTI_VALUED = ["categories", "capabilities", "languages", "paymentMethods", "certifications"] as const;

/** FormData → the object the schema reads: repeated checkboxes become lists, store links rows. */
export function listingFormDataToObject(form: FormData): ListingFormObject {
  const out: ListingFormObject = {};
  const links: Record<string, string>[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") continue;
    const link = /^storeLinks\.(\d{1,2})\.(kind|url)$/.exec(name);
    if (link) {
      const i = Number(link[1]);
      if (i < MAX_STORE_LINKS * 2) (links[i] ??= {})[link[2]] = value;
    } else if ((MULTI_VALUED as readonly string[]).includes(name)) {
      ((out[name] as string[] | undefined) ??= []).push(value);
    } else if (!(name in out)) out[name] = value;
  }
  out.storeLinks = links.filter(Boolean);
  return out;
}

/** zod's own issue codes → our message keys; checks with their own key keep it. */
function issueKey(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return key("required");
      return issue.expected === "number" || issue.expected === "int" ? key("notANumber") : key("invalid");
    case "too_big":
      return key(issue.origin === "string" ? "tooLong" : issue.origin === "array" ? "tooMany" : "tooLarge");
    case "too_small":
      return key(issue.origin === "string" ? "tooShort" : "tooSmall");
    case "invalid_value":
      return key(issue.input === undefined ? "required" : "invalidChoice");
    case "invalid_format":
      return key(issue.format === "email" ? "invalidEmail" : "invalid");
    default:
      return key("invalid");
  }
}

function fieldErrorsOf(error: z.ZodError): ListingFieldErrors {
  const out: ListingFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length === 0 ? "form" : issue.path.join(".");
    const list = (out[field] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return out;
}

/** Validates a listing form from FormData or a plain object. */
export function parseListingForm(source: FormData | ListingFormObject, mode: ListingFormMode = "create"): ListingParseResult {
  const input = source instanceof FormData ? listingFormDataToObject(source) : source;
  const schema = mode === "create" ? listingFormSchema : editProposalFormSchema;
  const result = schema.safeParse(input, { error: issueKey });
  return result.success ? { success: true, data: result.data } : { success: false, fieldErrors: fieldErrorsOf(result.error) };
}

const tri = (v: boolean | null): Tristate => (v === true ? "yes" : v === false ? "no" : "unknown");

/** A listing's values as form input, to fill the suggest-an-edit form (points in WGS-84). */
export function listingToFormObject(v: ListingValues): ListingFormObject {
  return {
    name: v.name,
    nameZh: v.nameZh ?? "",
    nameJa: v.nameJa ?? "",
    category: v.category,
    categories: v.categories.filter((c) => c !== v.category),
    capabilities: v.capabilities,
    district: v.district ?? "",
    addressEn: v.addressEn ?? "",
    addressZh: v.addressZh ?? "",
    lat: v.location ? String(v.location.lat) : "",
    lng: v.location ? String(v.location.lng) : "",
    datum: "WGS84",
    locationPrecision: v.locationPrecision ?? "",
    website: v.website ?? "",
    email: v.email ?? "",
    phone: v.phone ?? "",
    wechatId: v.wechatId ?? "",
    qq: v.qq ?? "",
    storeLinks: v.storeLinks.map((l) => ({ kind: l.kind, url: l.url })),
    languages: v.languages,
    moq: v.moq === null ? "" : String(v.moq),
    moqNote: v.moqNote ?? "",
    leadTimeDaysMin: v.leadTimeDaysMin === null ? "" : String(v.leadTimeDaysMin),
    leadTimeDaysMax: v.leadTimeDaysMax === null ? "" : String(v.leadTimeDaysMax),
    acceptsPrototypes: tri(v.acceptsPrototypes),
    acceptsSmallOrders: tri(v.acceptsSmallOrders),
    paymentMethods: v.paymentMethods,
    certifications: v.certifications,
    openingHours: v.openingHours ?? "",
    description: v.description ?? "",
    descriptionZh: v.descriptionZh ?? "",
    descriptionJa: v.descriptionJa ?? "",
    foundedYear: v.foundedYear === null ? "" : String(v.foundedYear),
    source: "",
  };
}

/** Every message key the schema can produce, for the message files' completeness test. */
export const LISTING_ERROR_KEYS = [
  "required",
  "invalid",
  "notANumber",
  "tooLong",
  "tooShort",
  "tooMany",
  "tooLarge",
  "tooSmall",
  "invalidChoice",
  "invalidEmail",
  "invalidUrl",
  "invalidPhone",
  "invalidWechat",
  "invalidQq",
  "nameRequired",
  "locationRequired",
  "locationOutsideShenzhen",
  "leadTimeOrder",
  "sourceTooShort",
].map(key);
