import { describe, expect, it } from "vitest";
import { checkFormGuard, createFormStamp, DEFAULT_MAX_AGE_MS } from "./form-guard";

const secret = "test-secret";
const t0 = 1_800_000_000_000;

async function check(over: Partial<Parameters<typeof checkFormGuard>[0]> = {}) {
  return checkFormGuard({ honeypot: "", stamp: await createFormStamp(secret, t0), secret, minFillMs: 3000, now: t0 + 5000, ...over });
}

describe("form guard", () => {
  it("accepts a person: empty honeypot, signed stamp, after the minimum time", async () => {
    expect(await check()).toBeNull();
    expect(await check({ honeypot: null })).toBeNull();
  });

  it("refuses a filled honeypot", async () => {
    expect(await check({ honeypot: "http://spam.example" })).toBe("honeypot");
  });

  it("refuses a form sent faster than the minimum time", async () => {
    expect(await check({ now: t0 + 2999 })).toBe("tooFast");
    expect(await check({ now: t0 + 3000 })).toBeNull();
  });

  it("refuses a stamp older than the maximum age or from the future", async () => {
    expect(await check({ now: t0 + DEFAULT_MAX_AGE_MS + 1 })).toBe("expired");
    expect(await check({ now: t0 - 120_000 })).toBe("expired");
  });

  it("refuses a missing, malformed, forged or re-timed stamp", async () => {
    const good = await createFormStamp(secret, t0);
    const [, mac] = good.split(".");
    expect(await check({ stamp: undefined })).toBe("invalid");
    expect(await check({ stamp: "" })).toBe("invalid");
    expect(await check({ stamp: `${t0}` })).toBe("invalid");
    expect(await check({ stamp: `${t0 - 60_000}.${mac}` })).toBe("invalid");
    expect(await check({ stamp: await createFormStamp("another-secret", t0) })).toBe("invalid");
    expect(await check({ stamp: ["x"] })).toBe("invalid");
  });
});
