import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressParts } from "./cjk";

describe("addressParts", () => {
  it("splits a Shenzhen address after its province, city, district, road and number", () => {
    expect(addressParts("广东省深圳市福田区华强北路1002号 赛格广场")).toEqual(["广东省", "深圳市", "福田区", "华强北路", "1002号", " ", "赛格广场"]);
    expect(addressParts("深圳市南山区TCL国际E城")).toEqual(["深圳市", "南山区", "TCL国际E城"]);
    expect(addressParts("深圳市宝安区西乡街道固戍一路")).toEqual(["深圳市", "宝安区", "西乡街道", "固戍一路"]);
  });

  it("keeps words whose marker character continues them", () => {
    expect(addressParts("赛格电子市场")).toEqual(["赛格电子市场"]);
    expect(addressParts("深圳市福田区华强北路3号楼")).toEqual(["深圳市", "福田区", "华强北路", "3号楼"]);
    expect(addressParts("南山科技园区")).toEqual(["南山科技园区"]);
    expect(addressParts("华强北街道")).toEqual(["华强北街道"]);
  });

  it("gives the text back unchanged when the parts are joined", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."深圳市福田区华强北路号栋层场道 /AB1"), maxLength: 40 }), (s) => {
        expect(addressParts(s).join("")).toBe(s);
        expect(addressParts(s).every((p) => p.length > 0)).toBe(true);
      }),
    );
  });
});
