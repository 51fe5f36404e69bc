/**
 * Deterministic generator of FICTIONAL suppliers and reviews for load and performance work.
 * Pure: no database, no clock, no Math.random. scripts/synth.ts turns the records into rows.
 *
 * Each supplier gets its own PRNG seeded from (seed, n), so record n is the same whatever batch
 * size or start point the caller uses, and tests can generate any slice cheaply.
 */
import { roundAverage, summarizeRatings } from "./rating";
import {
  CAPABILITIES,
  CATEGORIES,
  DISTRICTS,
  type CapabilitySlug,
  type CategorySlug,
  type DistrictSlug,
  type LanguageCode,
} from "./taxonomy";

// ---------------------------------------------------------------------------------------------
// PRNG

export type Rng = () => number;

/** mulberry32: tiny, fast, and good enough for synthetic data (not for anything secret). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mixes the run seed with a record number. Neighbouring (seed, n) pairs must give unrelated
 * streams, which plain `seed + n` would not with mulberry32's additive state.
 */
export function mixSeed(seed: number, n: number): number {
  let h = (seed ^ Math.imul(n >>> 0, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  // A second round keeps seeds that differ only in n's high bits apart.
  h = Math.imul(h ^ Math.imul(n >>> 0, 0x27d4eb2f), 0x165667b1);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Integer in [min, max], both inclusive. */
export function randInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)];
}

export function chance(rng: Rng, probability: number): boolean {
  return rng() < probability;
}

/** Picks from `[value, weight]` pairs; weights need not sum to 1. */
export function pickWeighted<T>(rng: Rng, weighted: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of weighted) total += w;
  let r = rng() * total;
  for (const [value, w] of weighted) {
    r -= w;
    if (r < 0) return value;
  }
  return weighted[weighted.length - 1][0];
}

/** Up to `k` distinct items, in the order drawn (partial Fisher–Yates on a copy). */
export function sample<T>(rng: Rng, list: readonly T[], k: number): T[] {
  const copy = list.slice();
  const take = Math.min(k, copy.length);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(rng() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, take);
}

// ---------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;

/** Data is dated backwards from here, never from the clock, so runs are reproducible. */
export const SYNTH_BASE_DATE_MS = Date.UTC(2026, 0, 1);
const CREATED_SPAN_MS = 3 * 365 * DAY_MS;

/** The text form the Prisma SQLite adapter stores DateTime columns in. */
export function toPrismaDateTime(ms: number): string {
  return new Date(ms).toISOString().replace("Z", "+00:00");
}

function randomMsBetween(rng: Rng, fromMs: number, toMs: number): number {
  return fromMs + Math.floor(rng() * Math.max(0, toMs - fromMs));
}

// ---------------------------------------------------------------------------------------------
// Vocabulary pools

type Status = "PUBLISHED" | "PENDING" | "ARCHIVED";
type ReviewStatus = "VISIBLE" | "HIDDEN";

const STATUS_WEIGHTS: readonly (readonly [Status, number])[] = [
  ["PUBLISHED", 95],
  ["PENDING", 3],
  ["ARCHIVED", 2],
];

/** Electronics-heavy like the real directory, but every category occurs. */
const CATEGORY_WEIGHTS: Record<CategorySlug, number> = {
  makerspace: 3,
  "pcb-fab": 12,
  "pcb-assembly": 14,
  accelerator: 2,
  "sourcing-agent": 6,
  "electronics-market": 3,
  "component-distributor": 12,
  "injection-molding": 8,
  "cnc-machining": 9,
  "sheet-metal": 5,
  "3d-printing": 5,
  "laser-cutting": 3,
  ems: 8,
  "test-lab": 3,
  "design-house": 4,
  logistics: 3,
  packaging: 3,
};
const CATEGORY_CHOICES = CATEGORIES.map((c) => [c.slug, CATEGORY_WEIGHTS[c.slug]] as const);
const CATEGORY_SLUGS: readonly CategorySlug[] = CATEGORIES.map((c) => c.slug);
const CAPABILITY_SLUGS: readonly CapabilitySlug[] = CAPABILITIES.map((c) => c.slug);

/** What a supplier of each category plausibly also does, so facets and search look real. */
const RELATED_CAPABILITIES: Record<CategorySlug, readonly CapabilitySlug[]> = {
  makerspace: ["workshop-access", "3d-printing", "laser-cutting", "cnc", "design-engineering"],
  "pcb-fab": ["pcb-1-2-layer", "pcb-4-layer", "pcb-6-plus-layer", "pcb-hdi", "pcb-flex", "pcb-aluminium", "fine-trace", "stencils"],
  "pcb-assembly": ["smt", "bga", "through-hole", "stencils", "box-build", "component-sourcing", "pcb-1-2-layer", "pcb-4-layer"],
  accelerator: ["design-engineering", "component-sourcing", "workshop-access", "certification"],
  "sourcing-agent": ["component-sourcing", "shipping", "certification"],
  "electronics-market": ["component-sourcing"],
  "component-distributor": ["component-sourcing", "shipping"],
  "injection-molding": ["injection-moulding", "mould-making", "cnc", "vacuum-casting"],
  "cnc-machining": ["cnc", "sheet-metal", "laser-cutting", "3d-printing", "vacuum-casting"],
  "sheet-metal": ["sheet-metal", "laser-cutting", "cnc"],
  "3d-printing": ["3d-printing", "vacuum-casting", "cnc", "design-engineering"],
  "laser-cutting": ["laser-cutting", "sheet-metal", "cnc"],
  ems: ["smt", "bga", "through-hole", "box-build", "component-sourcing", "injection-moulding", "shipping"],
  "test-lab": ["emc-testing", "certification"],
  "design-house": ["design-engineering", "certification", "3d-printing", "component-sourcing"],
  logistics: ["shipping"],
  packaging: ["shipping", "design-engineering"],
};

/** How people write the capability in prose; labels read like facet names. */
const CAPABILITY_PHRASES: Record<CapabilitySlug, readonly string[]> = {
  "pcb-1-2-layer": ["double-sided PCB", "1–2 layer boards", "single-sided PCB"],
  "pcb-4-layer": ["4-layer PCB", "four-layer boards"],
  "pcb-6-plus-layer": ["6-layer PCB", "8-layer boards", "multilayer PCB"],
  "pcb-hdi": ["HDI boards", "blind and buried vias"],
  "pcb-flex": ["flex PCB", "rigid-flex boards", "FPC"],
  "pcb-aluminium": ["aluminium-core PCB", "LED boards on aluminium"],
  "fine-trace": ["fine-pitch traces", "4 mil trace/space"],
  smt: ["SMT", "SMT assembly", "pick-and-place assembly"],
  bga: ["BGA rework", "BGA assembly", "X-ray inspected BGA"],
  "through-hole": ["through-hole soldering", "DIP assembly", "wave soldering"],
  stencils: ["SMT stencils", "laser-cut stencils"],
  "box-build": ["box build", "final assembly", "cable harnesses"],
  "injection-moulding": ["injection moulding", "plastic enclosures", "ABS and PC parts"],
  "mould-making": ["mould making", "steel and aluminium tooling"],
  cnc: ["CNC", "CNC machining", "5-axis CNC", "aluminium CNC housings"],
  "sheet-metal": ["sheet metal", "bending and punching", "stainless enclosures"],
  "3d-printing": ["3D printing", "SLA prints", "SLS nylon parts", "FDM prototypes"],
  "laser-cutting": ["laser cutting", "acrylic laser cutting", "fibre laser cutting"],
  "vacuum-casting": ["vacuum casting", "silicone moulds", "urethane casting"],
  "component-sourcing": ["component sourcing", "hard-to-find ICs", "BOM kitting"],
  "design-engineering": ["industrial design", "schematic and layout", "DFM reviews"],
  "emc-testing": ["EMC testing", "safety testing", "pre-compliance scans"],
  certification: ["CE and FCC certification", "RoHS reports"],
  shipping: ["shipping", "customs clearance", "consolidated freight"],
  "workshop-access": ["workshop access", "shared tools", "weekend classes"],
};

const capabilityZh = new Map(CAPABILITIES.map((c) => [c.slug, c.label.zh]));
const capabilityJa = new Map(CAPABILITIES.map((c) => [c.slug, c.label.ja]));
const categoryEn = new Map(CATEGORIES.map((c) => [c.slug, c.label.en]));
const categoryZh = new Map(CATEGORIES.map((c) => [c.slug, c.label.zh]));

const PLACE_WORDS = [
  "Pearl River", "Lychee Bay", "Banyan", "Phoenix Hill", "Lotus", "Red Kapok", "Jade Harbour",
  "Silver Lake", "South Gate", "East Wind", "Egret", "Bamboo Grove", "Golden Sands", "Cloud Peak",
  "Harbour Light", "Old Pier", "Plum Blossom", "Kestrel", "Azure Coast", "Granite Ridge",
];

/** English trade words per category, so "Fictional … Circuits" is a PCB maker, not a lab. */
const CATEGORY_NOUNS: Record<CategorySlug, readonly string[]> = {
  makerspace: ["Makerspace", "Makers Hub", "Hackerspace", "Workshop Collective"],
  "pcb-fab": ["Circuits", "PCB Works", "Circuit Boards", "Board Fab"],
  "pcb-assembly": ["Assembly", "SMT Works", "PCBA", "Electronics Assembly"],
  accelerator: ["Accelerator", "Hardware Incubator", "Launchpad"],
  "sourcing-agent": ["Sourcing", "Trading", "Procurement Services"],
  "electronics-market": ["Electronics Market", "Component Plaza", "Trade Mall"],
  "component-distributor": ["Components", "Electronic Components", "Semiconductor Supply"],
  "injection-molding": ["Moulding", "Plastics", "Mould & Tooling"],
  "cnc-machining": ["Precision", "Machining", "CNC Works"],
  "sheet-metal": ["Metalworks", "Sheet Metal", "Enclosures"],
  "3d-printing": ["3D Print", "Additive", "Rapid Prototyping"],
  "laser-cutting": ["Laser", "Laser Works", "Cutting Studio"],
  ems: ["Manufacturing", "Electronics Manufacturing", "EMS"],
  "test-lab": ["Testing Lab", "Compliance Lab", "Test & Certification"],
  "design-house": ["Design Studio", "Engineering", "Product Design"],
  logistics: ["Logistics", "Freight", "Supply Chain"],
  packaging: ["Packaging", "Box & Print", "Packaging Works"],
};

const ZH_NAME_CHARS = Array.from("华深鹏创达精电科技板兴盛恒宏源明信联嘉泰新光富荣");

const ZH_SUFFIXES: Record<CategorySlug, readonly string[]> = {
  makerspace: ["创客空间"],
  "pcb-fab": ["电路", "电子"],
  "pcb-assembly": ["电子", "科技"],
  accelerator: ["孵化器", "科技"],
  "sourcing-agent": ["贸易", "供应链"],
  "electronics-market": ["电子市场"],
  "component-distributor": ["电子", "元器件"],
  "injection-molding": ["模具", "塑胶"],
  "cnc-machining": ["精密", "五金"],
  "sheet-metal": ["五金", "钣金"],
  "3d-printing": ["科技", "快速成型"],
  "laser-cutting": ["激光", "科技"],
  ems: ["电子", "科技"],
  "test-lab": ["检测"],
  "design-house": ["设计", "科技"],
  logistics: ["物流", "供应链"],
  packaging: ["包装", "印刷"],
};
const ZH_COMPANY_FORMS = ["有限公司", "", "科技有限公司", ""];

const JA_WORDS = [
  "サーキット", "テック", "センター", "プレシジョン", "エレクトロニクス", "ファクトリー", "ラボ",
  "ワークス", "トレーディング", "デザイン", "パール", "リバー", "メタル", "モールド", "メイカーズ",
];
const JA_SUFFIXES = ["", "工業", "電子", "製作所", "商会"];

const ROAD_WORDS = [
  ["Lychee", "荔枝"], ["Banyan", "榕树"], ["Phoenix", "凤凰"], ["Kapok", "木棉"], ["Egret", "白鹭"],
  ["Bamboo", "翠竹"], ["Jade", "玉泉"], ["Harbour", "海港"], ["Plum", "梅林"], ["Lotus", "莲花"],
] as const;

const OPENING_HOURS = ["Mon–Fri 09:00–18:00", "Mon–Sat 09:00–18:00", "Daily 10:00–20:00", "Mon–Sat 08:30–17:30"];

/** Probabilities per language; zh is the rule in Shenzhen, the rest are the exception. */
const LANGUAGE_CHANCES: readonly (readonly [LanguageCode, number])[] = [
  ["zh", 0.97],
  ["en", 0.5],
  ["yue", 0.15],
  ["ja", 0.1],
  ["ko", 0.03],
  ["ru", 0.02],
  ["de", 0.01],
  ["fr", 0.01],
  ["es", 0.01],
];

const PAYMENT_CHANCES: readonly (readonly [string, number])[] = [
  ["alipay", 0.7],
  ["wechat-pay", 0.7],
  ["wire", 0.5],
  ["paypal", 0.25],
  ["cash", 0.3],
  ["card", 0.15],
];

const MANUFACTURING = new Set<CategorySlug>([
  "pcb-fab", "pcb-assembly", "injection-molding", "cnc-machining", "sheet-metal", "ems", "packaging",
]);

const RATING_WEIGHTS: readonly (readonly [number, number])[] = [
  [1, 5],
  [2, 7],
  [3, 15],
  [4, 33],
  [5, 40],
];

const REVIEW_TITLES: Record<"good" | "mixed" | "bad", readonly string[]> = {
  good: ["Fast turnaround", "Great quality", "Helpful engineers", "Will order again", "Solid prototypes"],
  mixed: ["OK for the price", "Decent but slow", "Mixed experience", "Fine for prototypes"],
  bad: ["Missed the deadline", "Quality problems", "Hard to reach", "Would not reuse"],
};
const REVIEW_BODIES: Record<"good" | "mixed" | "bad", readonly string[]> = {
  good: [
    "Quoted within a day and the parts arrived exactly as specified.",
    "Staff walked us through DFM issues before production, which saved a respin.",
    "Good communication in English and clean workmanship on every unit.",
  ],
  mixed: [
    "The result was fine, but we had to chase them for updates twice.",
    "Quality was acceptable; lead time slipped by a few days.",
    "Prices are fair, documentation could be better.",
  ],
  bad: [
    "Several units failed inspection and the replacement batch was late.",
    "Nobody answered messages for a week after payment.",
    "The finish did not match the sample we approved.",
  ],
};
const REVIEW_BODIES_ZH: Record<"good" | "mixed" | "bad", readonly string[]> = {
  good: ["交期很快，质量稳定，会继续合作。", "工程师很专业，提前指出了设计问题。"],
  mixed: ["质量还可以，但交期比约定晚了几天。", "价格合理，沟通稍慢。"],
  bad: ["来料有不良，返工拖了很久。", "付款后一直联系不上。"],
};
const ORDER_QUANTITIES = [5, 10, 20, 50, 100, 500, 1000];

// ---------------------------------------------------------------------------------------------
// Records

export type SynthOptions = {
  seed: number;
  /** Average reviews per PUBLISHED supplier; each gets 0..2×this. */
  reviewsPerSupplier: number;
  /** Authors are drawn from users 1..userPoolSize. */
  userPoolSize: number;
};

export type SynthReview = {
  /** 1-based index into the fictional user pool; distinct within one supplier. */
  authorIndex: number;
  rating: number;
  title: string | null;
  body: string;
  ordered: string | null;
  visitedOn: string | null;
  status: ReviewStatus;
  hiddenReason: string | null;
  createdAt: string;
  updatedAt: string;
};

export type SynthSupplier = {
  n: number;
  slug: string;
  name: string;
  nameZh: string;
  nameJa: string | null;
  description: string;
  descriptionZh: string | null;
  descriptionJa: string | null;
  primaryCategory: CategorySlug;
  /** Every category, the primary one first. */
  categories: CategorySlug[];
  capabilities: CapabilitySlug[];
  languages: LanguageCode[];
  paymentMethods: string[];
  certifications: string[];
  district: DistrictSlug;
  addressEn: string;
  addressZh: string;
  lat: number;
  lng: number;
  website: string | null;
  email: string | null;
  moq: number | null;
  leadTimeDaysMin: number | null;
  leadTimeDaysMax: number | null;
  acceptsPrototypes: boolean;
  acceptsSmallOrders: boolean;
  openingHours: string | null;
  foundedYear: number;
  status: Status;
  statusNote: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  lastVerifiedAt: string | null;
  reviews: SynthReview[];
  /** Over VISIBLE reviews only, as the app's denormalised columns are. */
  ratingAvg: number;
  reviewCount: number;
};

export const SYNTH_SOURCES = "synthetic (scripts/synth.ts)";

/** Zero padding keeps `synth-…` slugs in insertion order, so the slug index only appends. */
export function synthSlug(n: number): string {
  return `synth-${String(n).padStart(6, "0")}`;
}

function pickCategories(rng: Rng): CategorySlug[] {
  const primary = pickWeighted(rng, CATEGORY_CHOICES);
  const extraCount = pickWeighted(rng, [[0, 55], [1, 30], [2, 15]] as const);
  const others = CATEGORY_SLUGS.filter((c) => c !== primary);
  return [primary, ...sample(rng, others, extraCount)];
}

function pickCapabilities(rng: Rng, categories: readonly CategorySlug[]): CapabilitySlug[] {
  const count = randInt(rng, 0, 6);
  const related = [...new Set(categories.flatMap((c) => RELATED_CAPABILITIES[c]))];
  const chosen = sample(rng, related, count);
  // An occasional unrelated capability, as real listings are never perfectly tidy.
  if (chosen.length < count && chance(rng, 0.3)) {
    const stray = pick(rng, CAPABILITY_SLUGS);
    if (!chosen.includes(stray)) chosen.push(stray);
  }
  return chosen;
}

function pickLanguages(rng: Rng): LanguageCode[] {
  const chosen = LANGUAGE_CHANCES.filter(([, p]) => chance(rng, p)).map(([code]) => code);
  if (chosen.length === 0) chosen.push("zh");
  return chosen.slice(0, 3);
}

function pickPaymentMethods(rng: Rng): string[] {
  return PAYMENT_CHANCES.filter(([, p]) => chance(rng, p)).map(([code]) => code);
}

function pickCertifications(rng: Rng, primary: CategorySlug): string[] {
  const factor = MANUFACTURING.has(primary) ? 1 : 0.3;
  const certs: string[] = [];
  if (chance(rng, 0.35 * factor)) certs.push("iso-9001");
  if (chance(rng, 0.12 * factor)) certs.push("iso-14001");
  if (chance(rng, 0.04 * factor)) certs.push("iatf-16949");
  if (chance(rng, 0.03 * factor)) certs.push("iso-13485");
  if (chance(rng, 0.06 * factor)) certs.push("ul");
  if (chance(rng, primary === "test-lab" ? 0.7 : 0.005)) certs.push("iso-17025");
  return certs;
}

function englishName(rng: Rng, n: number, primary: CategorySlug): string {
  return `Fictional ${pick(rng, PLACE_WORDS)} ${pick(rng, CATEGORY_NOUNS[primary])} ${String(n).padStart(5, "0")}`;
}

function chineseName(rng: Rng, primary: CategorySlug): string {
  const core = Array.from({ length: randInt(rng, 2, 4) }, () => pick(rng, ZH_NAME_CHARS)).join("");
  return `虚构${core}${pick(rng, ZH_SUFFIXES[primary])}${pick(rng, ZH_COMPANY_FORMS)}`;
}

function japaneseName(rng: Rng): string {
  const words = sample(rng, JA_WORDS, randInt(rng, 1, 2)).join("");
  return `架空${words}${pick(rng, JA_SUFFIXES)}`;
}

function phraseList(items: readonly string[], joiner: string, lastJoiner: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(joiner)}${lastJoiner}${items[items.length - 1]}`;
}

/** "PCB assembly" keeps its acronym, "Makerspace" becomes "makerspace" mid-sentence. */
function inSentence(label: string): string {
  const firstWord = label.split(" ")[0];
  return firstWord === firstWord.toUpperCase() ? label : label[0].toLowerCase() + label.slice(1);
}

function withArticle(phrase: string): string {
  return /^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

type DescriptionInput = {
  name: string;
  primary: CategorySlug;
  capabilities: CapabilitySlug[];
  districtEn: string;
  smallOrders: boolean;
};

function englishDescription(rng: Rng, s: DescriptionInput): string {
  const phrases = s.capabilities.map((c) => pick(rng, CAPABILITY_PHRASES[c]));
  const kind = inSentence(categoryEn.get(s.primary)!);
  const first =
    phrases.length > 0
      ? pick(rng, [
          `A fictional ${kind} business in ${s.districtEn} offering ${phraseList(phrases, ", ", " and ")}.`,
          `${s.name} is ${withArticle(`invented ${kind}`)} business for load testing, listed for ${phraseList(phrases, ", ", " and ")}.`,
          `Made-up listing: ${phraseList(phrases, ", ", " and ")} from ${withArticle(kind)} workshop in ${s.districtEn}.`,
        ])
      : `${withArticle(`fictional ${kind}`).replace(/^a/, "A")} business in ${s.districtEn}, generated for load testing.`;
  if (!chance(rng, 0.6)) return first;
  const second = pick(rng, [
    s.smallOrders ? "Small batches and one-off prototypes are welcome." : "Production runs preferred over one-offs.",
    "Quotes usually within 24 hours; English spoken at the front desk.",
    "Walk-ins welcome near the metro exit; call ahead for factory visits.",
    "Samples ship by express courier; bulk orders by sea freight.",
  ]);
  return `${first} ${second}`;
}

function chineseDescription(rng: Rng, primary: CategorySlug, capabilities: CapabilitySlug[]): string {
  const caps = capabilities.map((c) => capabilityZh.get(c)!);
  const offer = caps.length > 0 ? `提供${phraseList(caps, "、", "和")}服务` : `从事${categoryZh.get(primary)!}业务`;
  return `虚构的测试数据：${offer}，${pick(rng, ["支持小批量打样。", "交期稳定。", "欢迎来厂参观。"])}`;
}

function japaneseDescription(capabilities: CapabilitySlug[]): string {
  const caps = capabilities.map((c) => capabilityJa.get(c)!);
  return caps.length > 0 ? `${caps.join("・")}に対応する架空のサプライヤーです。` : "負荷試験用の架空のサプライヤーです。";
}

function moqOf(rng: Rng): number | null {
  if (chance(rng, 0.4)) return null;
  // Log-uniform: small MOQs are common, 10 000 is rare.
  return Math.max(1, Math.min(10_000, Math.round(Math.exp(rng() * Math.log(10_000)))));
}

function leadTimeOf(rng: Rng): { min: number | null; max: number | null } {
  if (chance(rng, 0.2)) return { min: null, max: null };
  const min = randInt(rng, 1, 15);
  return { min, max: min + randInt(rng, 0, 20) };
}

function jitter(rng: Rng, centre: number): number {
  return Math.round((centre + (rng() * 2 - 1) * 0.03) * 1e6) / 1e6;
}

function reviewTone(rating: number): "good" | "mixed" | "bad" {
  return rating >= 4 ? "good" : rating === 3 ? "mixed" : "bad";
}

function orderedText(rng: Rng, capabilities: readonly CapabilitySlug[]): string | null {
  if (capabilities.length === 0 || chance(rng, 0.3)) return null;
  return `${pick(rng, ORDER_QUANTITIES)} pcs, ${pick(rng, CAPABILITY_PHRASES[pick(rng, capabilities)])}`;
}

function buildReview(rng: Rng, authorIndex: number, capabilities: readonly CapabilitySlug[], afterMs: number): SynthReview {
  const rating = pickWeighted(rng, RATING_WEIGHTS);
  const tone = reviewTone(rating);
  const createdMs = randomMsBetween(rng, afterMs, SYNTH_BASE_DATE_MS);
  const inChinese = chance(rng, 0.2);
  const hidden = chance(rng, 0.02);
  const visitedMs = chance(rng, 0.5) ? Math.floor((createdMs - randInt(rng, 1, 30) * DAY_MS) / DAY_MS) * DAY_MS : null;
  return {
    authorIndex,
    rating,
    title: chance(rng, 0.8) ? pick(rng, REVIEW_TITLES[tone]) : null,
    body: inChinese ? pick(rng, REVIEW_BODIES_ZH[tone]) : pick(rng, REVIEW_BODIES[tone]),
    ordered: orderedText(rng, capabilities),
    visitedOn: visitedMs === null ? null : toPrismaDateTime(visitedMs),
    status: hidden ? "HIDDEN" : "VISIBLE",
    hiddenReason: hidden ? "Hidden by a fictional moderator (synthetic data)." : null,
    createdAt: toPrismaDateTime(createdMs),
    updatedAt: toPrismaDateTime(createdMs),
  };
}

function buildReviews(rng: Rng, options: SynthOptions, capabilities: readonly CapabilitySlug[], afterMs: number): SynthReview[] {
  const wanted = Math.min(randInt(rng, 0, 2 * options.reviewsPerSupplier), options.userPoolSize);
  const authors = new Set<number>();
  // Rejection sampling: a handful of draws from a pool of thousands rarely repeats.
  while (authors.size < wanted) authors.add(randInt(rng, 1, options.userPoolSize));
  return [...authors].map((author) => buildReview(rng, author, capabilities, afterMs));
}

/** The app's own rating math (lib/rating.ts), so generated rows match what the app would store. */
function visibleRating(reviews: readonly SynthReview[]): { ratingAvg: number; reviewCount: number } {
  const { average, count } = summarizeRatings(reviews.filter((r) => r.status === "VISIBLE").map((r) => r.rating));
  return { ratingAvg: roundAverage(average), reviewCount: count };
}

/** Supplier number `n` (its slug suffix) for a run with these options. */
export function generateSupplier(n: number, options: SynthOptions): SynthSupplier {
  const rng = mulberry32(mixSeed(options.seed, n));
  const categories = pickCategories(rng);
  const primary = categories[0];
  const capabilities = pickCapabilities(rng, categories);
  const district = pick(rng, DISTRICTS);
  const slug = synthSlug(n);
  const name = englishName(rng, n, primary);
  const status = pickWeighted(rng, STATUS_WEIGHTS);
  const acceptsPrototypes = chance(rng, 0.4);
  const acceptsSmallOrders = chance(rng, 0.4);
  const road = pick(rng, ROAD_WORDS);
  const houseNumber = randInt(rng, 1, 999);
  const districtEn = district.label.en.endsWith("Area") ? district.label.en : `${district.label.en} District`;
  const lead = leadTimeOf(rng);

  const createdMs = SYNTH_BASE_DATE_MS - 1 - Math.floor(rng() * CREATED_SPAN_MS);
  const publishedMs =
    status === "PUBLISHED"
      ? Math.min(createdMs + randInt(rng, 0, 15 * DAY_MS - 1), SYNTH_BASE_DATE_MS - 1)
      : null;
  const verifiedMs = publishedMs !== null && chance(rng, 0.3) ? randomMsBetween(rng, publishedMs, SYNTH_BASE_DATE_MS) : null;
  const reviews = publishedMs !== null ? buildReviews(rng, options, capabilities, publishedMs) : [];
  const lastReviewMs = reviews.reduce((max, r) => Math.max(max, Date.parse(r.createdAt)), 0);
  const updatedMs = Math.max(createdMs, publishedMs ?? 0, verifiedMs ?? 0, lastReviewMs);

  return {
    n,
    slug,
    name,
    nameZh: chineseName(rng, primary),
    nameJa: chance(rng, 0.5) ? japaneseName(rng) : null,
    description: englishDescription(rng, { name, primary, capabilities, districtEn, smallOrders: acceptsSmallOrders }),
    descriptionZh: chance(rng, 0.4) ? chineseDescription(rng, primary, capabilities) : null,
    descriptionJa: chance(rng, 0.1) ? japaneseDescription(capabilities) : null,
    primaryCategory: primary,
    categories,
    capabilities,
    languages: pickLanguages(rng),
    paymentMethods: pickPaymentMethods(rng),
    certifications: pickCertifications(rng, primary),
    district: district.slug,
    addressEn: `No. ${houseNumber} Fictional ${road[0]} Road, ${districtEn}`,
    addressZh: `深圳市${district.label.zh}虚构${road[1]}路${houseNumber}号`,
    lat: jitter(rng, district.centre.lat),
    lng: jitter(rng, district.centre.lng),
    // .invalid can never resolve, so nobody is emailed or visited by accident.
    website: chance(rng, 0.6) ? `https://${slug}.example.invalid` : null,
    email: chance(rng, 0.5) ? `sales@${slug}.example.invalid` : null,
    moq: moqOf(rng),
    leadTimeDaysMin: lead.min,
    leadTimeDaysMax: lead.max,
    acceptsPrototypes,
    acceptsSmallOrders,
    openingHours: chance(rng, 0.5) ? pick(rng, OPENING_HOURS) : null,
    foundedYear: randInt(rng, 1985, 2025),
    status,
    statusNote: status === "ARCHIVED" ? "Fictional listing marked closed (synthetic data)." : null,
    createdAt: toPrismaDateTime(createdMs),
    updatedAt: toPrismaDateTime(updatedMs),
    publishedAt: publishedMs === null ? null : toPrismaDateTime(publishedMs),
    lastVerifiedAt: verifiedMs === null ? null : toPrismaDateTime(verifiedMs),
    reviews,
    ...visibleRating(reviews),
  };
}

export type SynthUser = { id: string; email: string; name: string; createdAt: string };

export function synthUser(index: number): SynthUser {
  return {
    id: `synth-user-${index}`,
    email: `synth-user-${index}@example.invalid`,
    name: `Fictional Reviewer ${index}`,
    // Before any supplier exists, so no review predates its author.
    createdAt: toPrismaDateTime(SYNTH_BASE_DATE_MS - CREATED_SPAN_MS - DAY_MS),
  };
}

export function userPoolSizeFor(count: number): number {
  return Math.max(1000, Math.ceil(count / 10));
}

export function synthReviewId(n: number): string {
  return `synth-review-${String(n).padStart(8, "0")}`;
}

/** The generator's word pools, so the search benchmark can ask for what the data holds. */
export const SYNTH_VOCABULARY = {
  placeWords: PLACE_WORDS,
  categoryNouns: Object.values(CATEGORY_NOUNS).flat(),
  zhNameChars: ZH_NAME_CHARS,
  zhSuffixes: [...new Set(Object.values(ZH_SUFFIXES).flat())],
  jaWords: JA_WORDS,
  roads: ROAD_WORDS,
  capabilityPhrases: Object.values(CAPABILITY_PHRASES).flat(),
} as const;
