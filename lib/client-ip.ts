/**
 * The client's address for per-IP rate limits. Next.js route handlers and server actions do not
 * see the socket; the only source is X-Forwarded-For, which anyone can send. So the header is
 * read only when TRUST_PROXY says how many proxies of ours append to it, and then only the entry
 * the outermost of them wrote (counting from the right: entries further left are the client's own
 * claims). Without TRUST_PROXY the address is unknown (null) and only per-account limits apply;
 * see docs/decisions/0012-client-ip-and-rate-limits.md.
 */
import { isIP } from "node:net";

type HeaderSource = { get(name: string): string | null };

export function clientIpFrom(headers: HeaderSource, trustProxyHops: number): string | null {
  if (trustProxyHops <= 0) return null;
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  // Fewer entries than proxies means the request skipped some: the leftmost is all there is.
  const candidate = entries[Math.max(0, entries.length - trustProxyHops)];
  return normalizeIp(candidate);
}

/** A bare address (no port, no brackets, IPv4-mapped IPv6 as IPv4), or null when it is not one. */
export function normalizeIp(raw: string): string | null {
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.replace(/:\d+$/, "");
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(value);
  if (mapped) value = mapped[1];
  const version = isIP(value);
  if (version === 0) return null;
  return version === 6 ? value.toLowerCase() : value;
}

/**
 * The rate-limit key for an address: IPv4 as it is, IPv6 by its /64, since one subscriber
 * usually holds a whole /64 and could otherwise take a fresh address for every attempt.
 */
export function ipRateLimitKey(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [head, tail = ""] = ip.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = ip.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
