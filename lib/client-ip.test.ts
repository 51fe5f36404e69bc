import { describe, expect, it } from "vitest";
import { clientIpFrom, ipRateLimitKey, normalizeIp } from "./client-ip";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientIpFrom", () => {
  it("ignores X-Forwarded-For unless a proxy is trusted", () => {
    expect(clientIpFrom(headers("203.0.113.7"), 0)).toBeNull();
  });

  it("takes the entry our proxy wrote, not the client's own claims further left", () => {
    expect(clientIpFrom(headers("203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientIpFrom(headers("1.2.3.4, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientIpFrom(headers("1.2.3.4, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("falls back to the leftmost entry when there are fewer entries than proxies", () => {
    expect(clientIpFrom(headers("203.0.113.7"), 3)).toBe("203.0.113.7");
  });

  it("answers null for a missing or malformed header", () => {
    expect(clientIpFrom(headers(), 1)).toBeNull();
    expect(clientIpFrom(headers(" , "), 1)).toBeNull();
    expect(clientIpFrom(headers("not-an-ip"), 1)).toBeNull();
  });
});

describe("normalizeIp", () => {
  it("strips ports and brackets and unmaps IPv4-mapped IPv6", () => {
    expect(normalizeIp("203.0.113.7:5123")).toBe("203.0.113.7");
    expect(normalizeIp("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeIp("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeIp("999.1.1.1")).toBeNull();
  });
});

describe("ipRateLimitKey", () => {
  it("keeps IPv4 and groups IPv6 by /64", () => {
    expect(ipRateLimitKey("203.0.113.7")).toBe("203.0.113.7");
    expect(ipRateLimitKey("2001:db8:aa:bb:1:2:3:4")).toBe("2001:db8:aa:bb::/64");
    expect(ipRateLimitKey("2001:db8:aa:bb::9")).toBe("2001:db8:aa:bb::/64");
    expect(ipRateLimitKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(ipRateLimitKey("2001:0db8:00aa::1")).toBe("2001:db8:aa:0::/64");
    expect(ipRateLimitKey("::1")).toBe("0:0:0:0::/64");
  });
});
