/**
 * Cheap bot filters for public forms, in front of the rate limits: a honeypot field that people
 * never see (bots fill every input) and a minimum time between showing the form and sending it
 * (bots post at once). The time comes from a stamp the server signs when it renders the form, so
 * a bot cannot make one up; a stamp is accepted for a day so that a tab left open still works.
 * Web Crypto keeps this module free of Node imports, so forms can import the field names.
 */
export const HONEYPOT_FIELD = "website";
export const STAMP_FIELD = "formStamp";

export const DEFAULT_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export type GuardProblem = "honeypot" | "tooFast" | "expired" | "invalid";

const encoder = new TextEncoder();

async function sign(secret: string, issuedAt: number): Promise<string> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", key, encoder.encode(`form-guard:${issuedAt}`));
  let binary = "";
  for (const byte of new Uint8Array(mac)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export async function createFormStamp(secret: string, now = Date.now()): Promise<string> {
  return `${now}.${await sign(secret, now)}`;
}

export async function checkFormGuard(options: {
  honeypot: unknown;
  stamp: unknown;
  secret: string;
  minFillMs: number;
  maxAgeMs?: number;
  now?: number;
}): Promise<GuardProblem | null> {
  const { honeypot, stamp, secret, minFillMs, maxAgeMs = DEFAULT_MAX_AGE_MS, now = Date.now() } = options;
  if (typeof honeypot === "string" ? honeypot !== "" : honeypot != null) return "honeypot";
  if (typeof stamp !== "string") return "invalid";
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(stamp);
  if (!match) return "invalid";
  const issuedAt = Number(match[1]);
  if (!sameText(match[2], await sign(secret, issuedAt))) return "invalid";
  if (issuedAt > now + 60_000 || now - issuedAt > maxAgeMs) return "expired";
  if (now - issuedAt < minFillMs) return "tooFast";
  return null;
}
