import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_URL_LENGTH, optionalHttpUrl, parseHttpUrl, safeHttpUrl, siteHost } from "./url";

describe("safeHttpUrl", () => {
  it("keeps http and https addresses, normalized", () => {
    expect(safeHttpUrl("https://www.seeedstudio.com")).toBe("https://www.seeedstudio.com/");
    expect(safeHttpUrl("  HTTP://Example.COM/a b?x=1#y ")).toBe("http://example.com/a%20b?x=1#y");
    expect(safeHttpUrl("https://深圳.example/路")).toBe("https://xn--fes124c.example/%E8%B7%AF");
  });

  it("drops every other scheme, however it is disguised", () => {
    for (const bad of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "java\nscript:alert(1)",
      "java\tscript:alert(1)",
      "\u0000javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "ftp://example.com/",
      "mailto:a@example.com",
      "//evil.example/",
      "/relative/path",
      "seeedstudio.com",
      "https://",
      "http://user:pass@example.com/",
      "https://paypal.com@evil.example/",
      `https://example.com/${"a".repeat(MAX_URL_LENGTH)}`,
      "",
    ]) {
      expect(safeHttpUrl(bad), bad).toBeNull();
    }
    expect(safeHttpUrl(null)).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });

  it("returns only absolute http(s) URLs that parse back to themselves", () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()), (input) => {
        const out = safeHttpUrl(input);
        if (out === null) return;
        expect(out).toMatch(/^https?:\/\/[^\s"<>]+$/);
        expect(new URL(out).href).toBe(out);
      }),
    );
  });
});

describe("optionalHttpUrl", () => {
  it("accepts blank as null and adds https:// to a bare host", () => {
    expect(optionalHttpUrl.parse("  ")).toBeNull();
    expect(optionalHttpUrl.parse("seeedstudio.com")).toBe("https://seeedstudio.com/");
    expect(optionalHttpUrl.parse("http://example.com/x")).toBe("http://example.com/x");
  });

  it("rejects other schemes with a message", () => {
    const result = optionalHttpUrl.safeParse("javascript:alert(1)");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toMatch(/http/);
  });
});


describe("parseHttpUrl", () => {
  it.each([
    ["https://www.seeedstudio.com", "https://www.seeedstudio.com/"],
    ["http://example.com/a?b=1#c", "http://example.com/a?b=1#c"],
    ["  HTTPS://Example.COM/Path  ", "https://example.com/Path"],
    ["www.jlcpcb.com", "https://www.jlcpcb.com/"],
    ["jlcpcb.com/quote", "https://jlcpcb.com/quote"],
    ["example.com:8080/x", "https://example.com:8080/x"],
    ["https://example.com:443/", "https://example.com/"],
    ["https://深圳.中国/", "https://xn--fes124c.xn--fiqs8s/"],
    ["https://shop123.taobao.com", "https://shop123.taobao.com/"],
  ])("accepts %s", (input, expected) => {
    expect(parseHttpUrl(input)).toBe(expected);
  });

  it.each([
    [""],
    ["   "],
    ["javascript:alert(1)"],
    ["JavaScript:alert(1)"],
    ["data:text/html,hi"],
    ["mailto:a@example.com"],
    ["ftp://example.com/file"],
    ["https://user:pass@example.com"],
    ["https://localhost/"],
    ["http://192.168.1.1/"],
    ["https://example"],
    ["https://exa mple.com"],
    ["https://"],
    [`https://example.com/${"a".repeat(2100)}`],
  ])("refuses %.40s", (input) => {
    expect(parseHttpUrl(input)).toBeNull();
  });
});

describe("siteHost", () => {
  it("drops www. and keeps other subdomains", () => {
    expect(siteHost("https://www.Example.com/about")).toBe("example.com");
    expect(siteHost("shop1.taobao.com")).toBe("shop1.taobao.com");
    expect(siteHost("javascript:1")).toBeNull();
  });
});
