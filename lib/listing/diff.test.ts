import { describe, expect, it } from "vitest";
import { applyChanges, computeChanges, diffForDisplay, findConflicts, parseStoredFieldValues } from "./diff";
import { sampleListingValues } from "./test-values";

const current = sampleListingValues();

describe("computeChanges", () => {
  it("is empty when nothing changed, whatever the list order or the datum", () => {
    const same = sampleListingValues({
      categories: ["pcb-assembly", "pcb-fab"],
      languages: ["zh", "en"],
      location: { lat: 22.5457000001, lng: 114.087, datum: "GCJ02" },
    });
    expect(computeChanges(current, same)).toEqual({ changes: {}, baseValues: {} });
  });

  it.each<[string, Parameters<typeof sampleListingValues>[0], Record<string, unknown>, Record<string, unknown>]>([
    ["a text field", { addressEn: "2 Huaqiang North Rd" }, { addressEn: "2 Huaqiang North Rd" }, { addressEn: "1 Huaqiang North Rd" }],
    ["a field cleared", { phone: null }, { phone: null }, { phone: "+8613800138000" }],
    ["a field filled", { email: "a@example.com" }, { email: "a@example.com" }, { email: null }],
    ["a yes/no", { acceptsSmallOrders: true }, { acceptsSmallOrders: true }, { acceptsSmallOrders: null }],
    ["a number", { moq: 10 }, { moq: 10 }, { moq: 5 }],
    ["a set", { languages: ["en", "ja"] }, { languages: ["en", "ja"] }, { languages: ["en", "zh"] }],
    [
      "a moved point",
      { location: { lat: 22.546, lng: 114.087, datum: "WGS84" } },
      { location: { lat: 22.546, lng: 114.087, datum: "WGS84" } },
      { location: { lat: 22.5457, lng: 114.087, datum: "WGS84" } },
    ],
  ])("keeps only %s", (_label, patch, changes, baseValues) => {
    expect(computeChanges(current, sampleListingValues(patch))).toEqual({ changes, baseValues });
  });
});

describe("diffForDisplay", () => {
  it("shows values as old → new and lists as added and removed, in form order", () => {
    const edit = computeChanges(
      current,
      sampleListingValues({
        phone: "+8675526123456",
        languages: ["zh", "ja"],
        storeLinks: [{ kind: "JD", url: "https://mall.jd.com/" }],
        name: "Example Circuits Ltd",
      }),
    );
    expect(diffForDisplay(edit)).toEqual([
      { field: "name", kind: "value", before: "Example Circuits", after: "Example Circuits Ltd" },
      { field: "phone", kind: "value", before: "+8613800138000", after: "+8675526123456" },
      { field: "storeLinks", kind: "set", added: ["JD https://mall.jd.com/"], removed: ["TAOBAO https://shop1.taobao.com/"] },
      { field: "languages", kind: "set", added: ["ja"], removed: ["en"] },
    ]);
  });
});

describe("findConflicts", () => {
  const edit = computeChanges(current, sampleListingValues({ phone: "+8675526123456", moq: 10 }));

  it("finds none when the listing is as the proposer saw it", () => {
    expect(findConflicts(current, edit)).toEqual([]);
  });

  it("ignores changes to fields the proposal does not touch", () => {
    expect(findConflicts(sampleListingValues({ addressEn: "elsewhere" }), edit)).toEqual([]);
  });

  it("reports a field someone else changed in between", () => {
    const now = sampleListingValues({ phone: "+8613900139000" });
    expect(findConflicts(now, edit)).toEqual([
      { field: "phone", base: "+8613800138000", current: "+8613900139000", proposed: "+8675526123456" },
    ]);
  });

  it("does not call it a conflict when the field already has the proposed value", () => {
    expect(findConflicts(sampleListingValues({ moq: 10 }), edit)).toEqual([]);
  });

  it("compares sets as sets", () => {
    const setEdit = computeChanges(current, sampleListingValues({ languages: ["en", "zh", "ja"] }));
    expect(findConflicts(sampleListingValues({ languages: ["zh", "en"] }), setEdit)).toEqual([]);
    expect(findConflicts(sampleListingValues({ languages: ["zh"] }), setEdit)).toHaveLength(1);
  });
});

describe("applyChanges", () => {
  it("applies exactly the changed fields", () => {
    const edit = computeChanges(current, sampleListingValues({ moq: 10, website: null }));
    const now = sampleListingValues({ addressEn: "changed meanwhile" });
    expect(applyChanges(now, edit.changes)).toEqual({ ...now, moq: 10, website: null });
  });

  it("keeps the primary category among the categories", () => {
    expect(applyChanges(current, { category: "ems" }).categories).toEqual(["ems", "pcb-fab", "pcb-assembly"]);
  });
});

describe("parseStoredFieldValues", () => {
  it("keeps listing fields only", () => {
    expect(parseStoredFieldValues(JSON.stringify({ moq: 3, status: "PUBLISHED", isSampleData: true }))).toEqual({ moq: 3 });
  });

  it("refuses anything but an object", () => {
    expect(() => parseStoredFieldValues("[1]")).toThrow();
    expect(() => parseStoredFieldValues("null")).toThrow();
  });
});
