import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasMalformedPath, MAX_REQUEST_TARGET, refuse } from "./request-guard";

// Percent-encodings that are not UTF-8: lone continuation bytes, overlong forms, surrogates,
// truncated sequences, bytes that never occur, and % without two hex digits.
const MALFORMED = [
  "%FF", "%FE", "%C0%AF", "%C1%BF", "%E0%80%AF", "%F0%80%80%AF", "%ED%A0%80", "%ED%BF%BF", "%80", "%BF",
  "%C3", "%E2%82", "%F0%9F%98", "%F8%88%80%80%80", "%FC%84%80%80%80%80", "%F5%80%80%80", "%", "%2", "%ZZ", "%%",
  "%C3%28", "%E2%28%A1",
];

describe("hasMalformedPath", () => {
  it("finds broken percent-encoding anywhere in the path, not in the query", () => {
    for (const bad of MALFORMED) {
      expect(hasMalformedPath(`/suppliers/${bad}`), bad).toBe(true);
      expect(hasMalformedPath(`/${bad}/x`), bad).toBe(true);
      expect(hasMalformedPath(`/suppliers?q=${bad}`), bad).toBe(false);
    }
  });

  it("accepts any path a browser encodes from text", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme" }), { maxLength: 4 }), (segments) => {
        expect(hasMalformedPath("/" + segments.map(encodeURIComponent).join("/"))).toBe(false);
      }),
    );
  });
});

describe("refuse", () => {
  it("passes ordinary requests on", () => {
    expect(refuse("GET", "/suppliers/seeed-studio")).toBeNull();
    expect(refuse("POST", "/ja/suppliers")).toBeNull();
    expect(refuse("DELETE", "/api/suppliers/x")).toBeNull();
    expect(refuse("OPTIONS", "/api/health")).toBeNull();
  });

  it("answers methods a page does not take with 405 and Allow, OPTIONS with 204", () => {
    for (const method of ["TRACE", "TRACK", "CONNECT", "PUT", "DELETE", "PATCH", "PROPFIND"]) {
      expect(refuse(method, "/suppliers"), method).toEqual({ status: 405, reason: "method", allow: "GET, HEAD, OPTIONS, POST" });
    }
    expect(refuse("OPTIONS", "/")).toEqual({ status: 204, reason: "options", allow: "GET, HEAD, OPTIONS, POST" });
  });

  it("answers methods no API route takes with 405 and the methods API routes take", () => {
    for (const method of ["TRACE", "TRACK", "CONNECT", "PROPFIND"]) {
      expect(refuse(method, "/api/health")).toEqual({ status: 405, reason: "method", allow: "GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE" });
    }
  });

  it("answers a broken path with 400 and an overlong target with 414", () => {
    expect(refuse("GET", "/suppliers/%FF")).toEqual({ status: 400, reason: "bad-encoding" });
    expect(refuse("GET", `/suppliers?q=${"a".repeat(MAX_REQUEST_TARGET)}`)).toEqual({ status: 414, reason: "too-long" });
    expect(refuse("GET", `/suppliers?q=${"a".repeat(MAX_REQUEST_TARGET - 20)}`)).toBeNull();
  });
});
