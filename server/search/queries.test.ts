/**
 * What people type, in English, Chinese and Japanese, and the suppliers each search must and
 * must not find: the sample data as seeded, plus a few fictional suppliers for cases the sample
 * data lacks (traditional characters in the data, pinyin-only names, BGA).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { EMPTY_QUERY, type SupplierQuery } from "@/lib/search/query";
import type { SupplierSearchResult } from "@/lib/search/types";
import { findSuppliers } from "@/server/data/suppliers";
import { seedSampleData } from "@/server/seed/sample-data";
import { createSupplier } from "@/server/test/factories";

const search = (q: string, change: Partial<SupplierQuery> = {}) =>
  findSuppliers({ query: { ...EMPTY_QUERY, q, sort: "relevance", pageSize: 100, ...change } });
const slugsOf = (r: SupplierSearchResult) => r.items.map((i) => i.slug);

beforeAll(async () => {
  await seedSampleData();
  // Chinese names only, so only pinyin can find them from Latin letters.
  await createSupplier({ name: "Firewood Works", nameZh: "柴火造物坊", category: "makerspace", district: "nanshan" });
  await createSupplier({ name: "North Strip Mall", nameZh: "华强北电子城", category: "electronics-market", district: "futian" });
  // Traditional characters in the data, simplified in the query (and the other way round).
  await createSupplier({ name: "Dragon Ridge Parts", nameZh: "龍崗電子零件", category: "component-distributor", district: "longgang", addressZh: "深圳市龍崗區" });
  await createSupplier({ name: "Quiet Boards", category: "pcb-fab", district: "baoan", description: "专做四层板和六层板，小批量。" });
  await createSupplier({ name: "Ball Grid Works", category: "pcb-assembly", district: "baoan", capabilities: ["bga", "smt"], languages: ["en"] });
  await createSupplier({ name: "Flexline Circuits", category: "pcb-fab", district: "longhua", capabilities: ["pcb-flex"] });
});

type Case = {
  q: string;
  change?: Partial<SupplierQuery>;
  must: string[];
  mustNot?: string[];
  /** Readings the query must produce, as kind:slug. */
  reads?: string[];
  atLeast?: number;
};

const CASES: Case[] = [
  // Districts, every term in every field (short CJK terms included).
  { q: "南山", must: ["seeed-studio", "chaihuo-x-factory", "shekou-container-terminals", "firewood-works"], mustNot: ["seg-electronics-market-seg-plaza", "shennan-circuits"], reads: ["district:nanshan"], atLeast: 20 },
  { q: "南山区", must: ["seeed-studio", "makeblock"], mustNot: ["huaqiang-plaza"], reads: ["district:nanshan"], atLeast: 20 },
  { q: "Nanshan", must: ["seeed-studio", "lab-zero"], mustNot: ["huaqiang-plaza"], reads: ["district:nanshan"] },
  { q: "ナンシャン", must: ["seeed-studio"], reads: ["district:nanshan"] },
  { q: "龙岗", must: ["shennan-circuits", "tian-an-cloud-park", "dragon-ridge-parts"], mustNot: ["seeed-studio"], reads: ["district:longgang"] },
  { q: "龍崗", must: ["shennan-circuits", "dragon-ridge-parts"], mustNot: ["seeed-studio"], reads: ["district:longgang"] },
  { q: "福田", must: ["seg-electronics-market-seg-plaza", "futian-port-border-crossing", "hax-shenzhen"], mustNot: ["seeed-studio"], reads: ["district:futian"], atLeast: 40 },
  { q: "深圳", must: ["jlcpcb-jlc-group-headquarters", "shenzhen-bay-venture-plaza", "hax-shenzhen"], mustNot: ["pcbway"], reads: ["place:shenzhen"], atLeast: 60 },
  { q: "深セン", must: ["jlcpcb-jlc-group-headquarters", "shenzhen-bay-venture-plaza"], reads: ["place:shenzhen"], atLeast: 60 },
  // Words and districts together.
  { q: "PCB 福田", must: ["jlcpcb-jlc-group-headquarters", "nextpcb-huaqiu-electronics", "hqpcb"], mustNot: ["shennan-circuits", "kinwong-electronic"], reads: ["district:futian"] },
  { q: "pcb futian", must: ["jlcpcb-jlc-group-headquarters", "nextpcb-huaqiu-electronics"], mustNot: ["shennan-circuits"], reads: ["district:futian"] },
  // Capabilities, in three languages and several spellings.
  { q: "4-layer PCB", must: ["jlcpcb-jlc-group-headquarters"], mustNot: ["seeed-studio", "hqpcb"], reads: ["capability:pcb-4-layer"] },
  { q: "4 layer", must: ["jlcpcb-jlc-group-headquarters"], mustNot: ["hqpcb"], reads: ["capability:pcb-4-layer"] },
  { q: "四层板", must: ["jlcpcb-jlc-group-headquarters", "quiet-boards"], mustNot: ["hqpcb"], reads: ["capability:pcb-4-layer"] },
  { q: "4層基板", must: ["jlcpcb-jlc-group-headquarters"], reads: ["capability:pcb-4-layer"] },
  { q: "SMT", must: ["jlcpcb-jlc-group-headquarters", "edadoc-registered-office", "ball-grid-works"], mustNot: ["hqpcb"], reads: ["capability:smt"] },
  { q: "贴片", must: ["jlcpcb-jlc-group-headquarters", "ball-grid-works"], reads: ["capability:smt"] },
  { q: "BGA", must: ["ball-grid-works"], mustNot: ["jlcpcb-jlc-group-headquarters"], reads: ["capability:bga"] },
  { q: "flex pcb", must: ["flexline-circuits", "kinwong-electronic"], mustNot: ["jlcpcb-jlc-group-headquarters"], reads: ["capability:pcb-flex"] },
  { q: "フレキ基板", must: ["flexline-circuits"], reads: ["capability:pcb-flex"] },
  // Categories.
  { q: "makerspace", must: ["chaihuo-x-factory", "trouble-maker-makerspace", "szdiy-hackerspace", "firewood-works"], mustNot: ["seeed-studio"], reads: ["category:makerspace"] },
  { q: "メイカースペース", must: ["chaihuo-x-factory", "szdiy-hackerspace"], mustNot: ["seeed-studio"], reads: ["category:makerspace"] },
  { q: "创客空间", must: ["chaihuo-x-factory", "segmaker-seg-makerspace"], reads: ["category:makerspace"] },
  { q: "PCB 制板", must: ["jlcpcb-jlc-group-headquarters", "shennan-circuits", "quiet-boards"], mustNot: ["seeed-studio"], reads: ["category:pcb-fab"] },
  // Languages spoken.
  { q: "English", must: ["nextpcb-huaqiu-electronics", "hqpcb", "ball-grid-works"], mustNot: ["shennan-circuits"], reads: ["language:en"] },
  { q: "英语", must: ["nextpcb-huaqiu-electronics"], reads: ["language:en"] },
  { q: "日本語", must: ["jenesis-shenzhen-factory", "nico-tech-shenzhen-community-office-huaqiangbei"], mustNot: ["hqpcb"], reads: ["language:ja"] },
  // Traditional, simplified and Japanese forms are one.
  { q: "華強北", must: ["huaqiangbei-electronics-market-area", "huaqiang-electronic-world", "north-strip-mall"], mustNot: ["seeed-studio"], reads: ["place:huaqiangbei"], atLeast: 9 },
  { q: "华强北", must: ["huaqiangbei-electronics-market-area", "huaqiang-electronic-world", "north-strip-mall"], mustNot: ["seeed-studio"], atLeast: 9 },
  { q: "華強北路", must: ["seg-electronics-market-seg-plaza", "huaqiang-electronic-world"], mustNot: ["seeed-studio"] },
  { q: "電子", must: ["seg-electronics-market-seg-plaza", "dragon-ridge-parts"], mustNot: ["seeed-studio"] },
  { q: "龙岗电子", must: ["dragon-ridge-parts"], mustNot: ["shennan-circuits"] },
  { q: "賽格", must: ["seg-electronics-market-seg-plaza", "seg-communication-market"], mustNot: ["huaqiang-plaza"] },
  { q: "柴火創客空間", must: ["chaihuo-makerspace-original-oct-loft-space"] },
  // Pinyin of Chinese names.
  { q: "huaqiangbei", must: ["huaqiangbei-electronics-market-area", "north-strip-mall"], mustNot: ["seeed-studio"] },
  { q: "hua qiang bei", must: ["north-strip-mall", "huaqiangbei-electronics-market-area"], mustNot: ["seeed-studio"] },
  { q: "huaqiang", must: ["huaqiang-electronic-world", "north-strip-mall"], mustNot: ["seeed-studio"] },
  { q: "chaihuo", must: ["chaihuo-x-factory", "firewood-works"], mustNot: ["seeed-studio"] },
  { q: "longgang dianzi", must: ["dragon-ridge-parts"] },
  // Names, English and Japanese; unpublished places never.
  { q: "Seeed", must: ["seeed-studio"] },
  { q: "シードスタジオ", must: ["seeed-studio"] },
  { q: "PCBWay", must: [], mustNot: ["pcbway"] },
  { q: "Gaokede", must: [], mustNot: ["gaokede-electronics-market"] },
];

describe("searches people type", () => {
  it.each(CASES)("$q", async ({ q, change, must, mustNot = [], reads, atLeast }) => {
    const result = await search(q, change);
    const found = slugsOf(result);
    for (const slug of must) expect(found, `${q} must find ${slug}`).toContain(slug);
    for (const slug of mustNot) expect(found, `${q} must not find ${slug}`).not.toContain(slug);
    if (reads) expect(result.interpretation.readings.map((r) => `${r.kind}:${r.slug}`)).toEqual(expect.arrayContaining(reads));
    if (atLeast) expect(result.total).toBeGreaterThanOrEqual(atLeast);
    if (must.length === 0) expect(result.total).toBe(0);
  });

  it("ranks suppliers with every word in their names first", async () => {
    const makers = await search("makerspace");
    const firstWithoutName = makers.items.findIndex((i) => !/makerspace|hackerspace/i.test(i.name) && !/メイカー/.test(i.nameJa ?? ""));
    const lastWithName = makers.items.map((i) => /makerspace/i.test(i.name)).lastIndexOf(true);
    expect(lastWithName).toBeLessThan(firstWithoutName);
    expect((await search("huaqiang")).items[0].name).toMatch(/huaqiang/i);
  });

  it("reads 4-layer PCB in Futian as two chips' worth of meaning", async () => {
    const result = await search("4 layer pcb futian");
    expect(result.interpretation.readings).toEqual([
      { text: "4 layer pcb", kind: "capability", slug: "pcb-4-layer" },
      { text: "futian", kind: "district", slug: "futian" },
    ]);
    expect(slugsOf(result)).toContain("jlcpcb-jlc-group-headquarters");
  });

  it("searches the words as typed with literal=1: no readings, no tagged-only matches", async () => {
    const read = await search("BGA");
    const literal = await search("BGA", { literal: true });
    expect(literal.interpretation).toMatchObject({ literal: true, readings: [], corrections: [] });
    expect(slugsOf(read)).toContain("ball-grid-works");
    // "BGA" is in no text of Ball Grid Works but in its capability's label, which still counts.
    expect(slugsOf(literal)).toContain("ball-grid-works");
    const english = await search("English", { literal: true });
    expect(slugsOf(english)).not.toContain("ball-grid-works");
  });
});

describe("near misses and empty results", () => {
  it.each([
    ["shenzen", "shenzhen", "jlcpcb-jlc-group-headquarters"],
    ["makerspase", "makerspace", "chaihuo-x-factory"],
    ["assemby", "assembly", "seeed-studio"],
    ["seeeed", "seeed", "seeed-studio"],
    ["mkaerspace", "makerspace", "szdiy-hackerspace"],
  ])("retries %s once as %s", async (typed, fixed, slug) => {
    const result = await search(typed);
    expect(result.interpretation.corrections).toEqual([{ from: typed, to: fixed }]);
    expect(result.interpretation.q).toBe(fixed);
    expect(slugsOf(result)).toContain(slug);
    const literal = await search(typed, { literal: true });
    expect(literal.total).toBe(0);
  });

  it("does not retry short words or words that match something", async () => {
    expect((await search("sgz")).interpretation.corrections).toEqual([]);
    expect((await search("seeed")).interpretation.corrections).toEqual([]);
  });

  it("offers the same words without the filters", async () => {
    const result = await search("pcb", { districts: ["luohu"] });
    expect(result.total).toBe(0);
    expect(result.interpretation.suggestions).toContainEqual(expect.objectContaining({ kind: "withoutFilters", q: "pcb" }));
    const [suggestion] = result.interpretation.suggestions;
    expect(suggestion.total).toBe((await search("pcb")).total);
  });

  it("offers a word fewer and a similar word", async () => {
    const fewer = await search("pcb zzzz");
    expect(fewer.interpretation.suggestions).toContainEqual(expect.objectContaining({ kind: "withoutWord", q: "pcb" }));
    // Two edits from "makerspace": not fixed automatically, offered instead.
    const similar = await search("mekerspase");
    expect(similar.interpretation.corrections).toEqual([]);
    expect(similar.interpretation.suggestions).toContainEqual(expect.objectContaining({ kind: "similarWord", q: "makerspace" }));
  });

  it("offers nothing for words that match nothing at all", async () => {
    const result = await search("zzzqqqxxx");
    expect(result).toMatchObject({ total: 0, items: [] });
    expect(result.interpretation.suggestions).toEqual([]);
  });
});
