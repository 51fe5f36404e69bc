import { describe, expect, it } from "vitest";
import { parseHttpUrl, siteHost } from "./url";

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
