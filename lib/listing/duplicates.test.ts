import { describe, expect, it } from "vitest";
import { distanceMetres } from "../geo";
import {
  NAME_SIMILARITY_THRESHOLD,
  boxAround,
  diceCoefficient,
  duplicateReasons,
  duplicateStrength,
  nameCore,
  nameSimilarity,
  nameMatchQueries,
  shortNameCores,
  websiteKey,
  type DuplicateProbe,
} from "./duplicates";

describe("nameCore", () => {
  it.each([
    ["Seeed Technology Co., Ltd.", "seeed"],
    ["SEEED STUDIO", "seeed studio"],
    ["ＳＥＥＥＤ　Ｓｔｕｄｉｏ", "seeed studio"],
    ["深圳市矽递科技有限公司", "矽递"],
    ["深圳市嘉立创科技发展有限公司", "嘉立创 发展"],
    ["華強北電子市場", "华强北电子市场"],
    ["JLC-PCB (Shenzhen) Ltd", "jlc pcb"],
    ["Shenzhen Technology Co., Ltd.", "shenzhen technology co ltd"],
    ["株式会社スイッチサイエンス", "スイッチサイエンス"],
    ["Bench Works02", "bench works 02"],
    ["华强3号", "华强 3 号"],
  ])("%s → %s", (name, core) => {
    expect(nameCore(name)).toBe(core);
  });
});

describe("nameSimilarity", () => {
  it.each([
    ["Seeed Studio", "Seeed Technology Co., Ltd."],
    ["JLCPCB", "JLC PCB Co., Ltd."],
    ["Seeed Studio", "Seeed Studios"],
    ["深圳市嘉立创科技发展有限公司", "嘉立创"],
    ["華強北電子市場", "华强北电子市场"],
    ["Chaihuo x.factory", "chaihuo xfactory"],
    ["Makeblock", "MakeBlock Co., Ltd"],
    ["Banyan Additive 04035", "Banyan Additive04035"],
  ])("%s ≈ %s", (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(NAME_SIMILARITY_THRESHOLD);
    expect(nameSimilarity(b, a)).toBe(nameSimilarity(a, b));
  });

  it.each([
    ["Seeed Studio", "Speed Circuits"],
    ["JLCPCB", "PCBWay"],
    ["华强", "华强北电子市场"],
    ["Shenzhen Electronics Co., Ltd.", "Shenzhen Plastics Co., Ltd."],
    ["HAX", "Haxlr8r Labs"],
    ["", "anything"],
  ])("%s ≠ %s", (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(NAME_SIMILARITY_THRESHOLD);
  });
});

describe("diceCoefficient", () => {
  it("is 1 for equal strings, 0 for nothing shared, symmetric in between", () => {
    expect(diceCoefficient("abc", "abc")).toBe(1);
    expect(diceCoefficient("abc", "xyz")).toBe(0);
    expect(diceCoefficient("night", "nacht")).toBeCloseTo(0.25);
    expect(diceCoefficient("a", "a")).toBe(1);
  });
});

describe("nameMatchQueries and shortNameCores", () => {
  it("ask for all core tokens, then for each way of leaving one out", () => {
    expect(nameMatchQueries("Seeed Studio Co., Ltd.")).toEqual([
      { match: '("studio" AND "seeed")', ranked: false },
      { match: '("seeed")', ranked: false },
      { match: '("studio")', ranked: false },
    ]);
  });

  it("search a one-word core by its trigrams too, ranked", () => {
    expect(nameMatchQueries("Seeed Technology Co., Ltd.")).toEqual([
      { match: '("seeed")', ranked: false },
      { match: '("see" OR "eee" OR "eed")', ranked: true },
    ]);
  });

  it("leave cores under three characters to the short lookup", () => {
    expect(nameMatchQueries("深圳市矽递科技有限公司")).toEqual([]);
    expect(shortNameCores("深圳市矽递科技有限公司")).toEqual(["矽递"]);
    expect(shortNameCores("Seeed")).toEqual([]);
  });

  it("quote what the person typed, never FTS5 syntax", () => {
    expect(nameMatchQueries('Acme "OR" NEAR*')).toEqual([
      { match: '("acme" AND "near")', ranked: false },
      { match: '("near")', ranked: false },
      { match: '("acme")', ranked: false },
    ]);
  });

  it("caps long names", () => {
    expect(nameMatchQueries("alpha bravo charlie delta echo foxtrot golf hotel")).toHaveLength(7);
  });
});

describe("websiteKey", () => {
  it.each([
    ["https://www.seeedstudio.com/about", "seeedstudio.com"],
    ["http://seeedstudio.com", "seeedstudio.com"],
    ["https://shop123.taobao.com/", "shop123.taobao.com"],
    ["https://shop.taobao.com/shop/view_shop.htm?user=1", "shop.taobao.com/shop/view_shop.htm"],
    ["https://mp.weixin.qq.com/s/abc/", "mp.weixin.qq.com/s/abc"],
    ["javascript:alert(1)", null],
  ])("%s → %s", (url, key) => {
    expect(websiteKey(url)).toBe(key);
  });
});

describe("duplicateReasons", () => {
  const base: DuplicateProbe = {
    names: ["Example Circuits Co., Ltd.", "示例电路"],
    website: "https://www.example.com/",
    phone: "+8613800138000",
    location: { lat: 22.5457, lng: 114.087 },
    categories: ["pcb-fab"],
  };
  const other: DuplicateProbe = { names: ["Unrelated Plastics"], website: null, phone: null, location: null, categories: ["injection-molding"] };

  it("finds nothing in an unrelated listing", () => {
    expect(duplicateReasons(base, other)).toEqual([]);
  });

  it("matches a name in another language", () => {
    expect(duplicateReasons(base, { ...other, names: ["Other", "深圳市示例电路有限公司"] })).toEqual([
      { kind: "name", similarity: 1, name: "深圳市示例电路有限公司" },
    ]);
  });

  it("matches the same site host, not a shared platform host", () => {
    expect(duplicateReasons(base, { ...other, website: "http://example.com/contact" })).toEqual([{ kind: "website" }]);
    const onTaobao = { ...base, website: "https://shop.taobao.com/a" };
    expect(duplicateReasons(onTaobao, { ...other, website: "https://shop.taobao.com/b" })).toEqual([]);
  });

  it("matches the same phone", () => {
    expect(duplicateReasons(base, { ...other, phone: "+8613800138000" })).toEqual([{ kind: "phone" }]);
  });

  it("matches a point within 50 m only in a shared category", () => {
    const near = { lat: 22.5457 + 40 / 111_320, lng: 114.087 };
    expect(duplicateReasons(base, { ...other, location: near, categories: ["pcb-fab"] })).toEqual([{ kind: "nearby", metres: 40 }]);
    expect(duplicateReasons(base, { ...other, location: near })).toEqual([]);
    const far = { lat: 22.5457 + 60 / 111_320, lng: 114.087 };
    expect(duplicateReasons(base, { ...other, location: far, categories: ["pcb-fab"] })).toEqual([]);
  });

  it("ranks a shared phone above a nearby point", () => {
    expect(duplicateStrength([{ kind: "phone" }])).toBeGreaterThan(duplicateStrength([{ kind: "nearby", metres: 5 }]));
  });
});

describe("boxAround", () => {
  it("contains every point within the distance", () => {
    const p = { lat: 22.5457, lng: 114.087 };
    const box = boxAround(p, 50);
    const corner = { lat: box.maxLat, lng: p.lng };
    expect(distanceMetres(p, corner)).toBeGreaterThanOrEqual(49.9);
    expect(distanceMetres(p, { lat: p.lat, lng: box.maxLng })).toBeGreaterThanOrEqual(49.9);
  });
});
