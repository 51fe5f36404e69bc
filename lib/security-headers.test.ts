import { describe, expect, it } from "vitest";
import { createSecurityHeaders, tileImageSource } from "./security-headers";

const base = { siteUrl: "http://localhost:3000", mapTileUrl: "https://tile.openstreetmap.org/{z}/{x}/{y}.png", oauth: {} };
const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("Content-Security-Policy", () => {
  it("allows scripts only by this request's nonce, with strict-dynamic and no unsafe-inline", () => {
    const csp = directives(createSecurityHeaders(base)("abc123==")["Content-Security-Policy"]);
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows map tiles from the configured host, data: and blob: images", () => {
    const csp = directives(createSecurityHeaders({ ...base, mapTileUrl: "https://{s}.tiles.example:8443/osm/{z}/{x}/{y}.png" })("n")["Content-Security-Policy"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:", "blob:", "https://*.tiles.example:8443"]);
  });

  it("lets sign-in forms go on to the OAuth providers that are configured, and no others", () => {
    const github = directives(createSecurityHeaders({ ...base, oauth: { github: {} } })("n")["Content-Security-Policy"]);
    expect(github.get("form-action")).toEqual(["'self'", "https://github.com"]);
    const both = directives(createSecurityHeaders({ ...base, oauth: { github: {}, google: {} } })("n")["Content-Security-Policy"]);
    expect(both.get("form-action")).toEqual(["'self'", "https://github.com", "https://accounts.google.com"]);
  });

  it("differs only in the nonce from one request to the next", () => {
    const headersFor = createSecurityHeaders(base);
    expect(headersFor("one")["Content-Security-Policy"].replace("one", "two")).toBe(headersFor("two")["Content-Security-Policy"]);
  });
});

describe("other security headers", () => {
  it("are sent with or without https, HSTS and upgrade-insecure-requests only with", () => {
    const http = createSecurityHeaders(base)("n");
    expect(http).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
    expect(http["Permissions-Policy"]).toMatch(/(^|, )geolocation=\(self\)/);
    expect(http).not.toHaveProperty("Strict-Transport-Security");
    const https = createSecurityHeaders({ ...base, siteUrl: "https://directory.example" })("n");
    expect(https["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
    expect(directives(https["Content-Security-Policy"]).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("tileImageSource", () => {
  it("is the origin of the template, with a first-label placeholder as a wildcard", () => {
    expect(tileImageSource("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://tile.openstreetmap.org");
    expect(tileImageSource("https://{s}.tile.example/{z}/{x}/{y}.png")).toBe("https://*.tile.example");
    expect(tileImageSource("http://localhost:8080/tiles/{z}/{x}/{y}.png")).toBe("http://localhost:8080");
  });

  it("refuses a placeholder CSP cannot express, at start-up rather than per request", () => {
    expect(() => createSecurityHeaders({ ...base, mapTileUrl: "https://tiles.{s}.example/{z}/{x}/{y}.png" })).toThrow(/first label/);
  });
});
