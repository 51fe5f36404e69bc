import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./origin";

const base = { host: "127.0.0.1:3000", siteUrl: "https://directory.example", origin: null, secFetchSite: null };

describe("isSameOriginRequest", () => {
  it("accepts the app's own origin and the configured site origin", () => {
    expect(isSameOriginRequest({ ...base, origin: "http://127.0.0.1:3000", secFetchSite: "same-origin" })).toBe(true);
    expect(isSameOriginRequest({ ...base, origin: "https://directory.example" })).toBe(true);
  });

  it("refuses another origin, an opaque origin and cross-site fetch metadata", () => {
    expect(isSameOriginRequest({ ...base, origin: "https://evil.example" })).toBe(false);
    expect(isSameOriginRequest({ ...base, origin: "null" })).toBe(false);
    expect(isSameOriginRequest({ ...base, secFetchSite: "cross-site" })).toBe(false);
    expect(isSameOriginRequest({ ...base, secFetchSite: "same-site", origin: "https://directory.example" })).toBe(false);
    expect(isSameOriginRequest({ ...base, origin: "https://directory.example.evil.example" })).toBe(false);
    expect(isSameOriginRequest({ ...base, origin: "http://127.0.0.1:3001" })).toBe(false);
    expect(isSameOriginRequest({ ...base, host: null, origin: "http://127.0.0.1:3000" })).toBe(false);
  });

  it("lets through a request with neither header (not a browser)", () => {
    expect(isSameOriginRequest(base)).toBe(true);
    expect(isSameOriginRequest({ ...base, secFetchSite: "none" })).toBe(true);
  });
});
