/**
 * The one module that reads process.env. Every setting is validated with zod on first use and
 * start-up fails with a single readable line when one is wrong.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export class ConfigError extends Error {
  override name = "ConfigError";
}

const DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
const DEFAULT_TILE_ATTRIBUTION = "© OpenStreetMap contributors";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const rawSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalString,
  AUTH_SECRET: optionalString,
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SITE_URL: optionalString.pipe(z.url().optional()),
  MAP_TILE_URL: optionalString.pipe(
    z
      .string()
      .refine((v) => /^https?:\/\//.test(v) && v.includes("{z}"), "must be an http(s) URL template with {z}, {x} and {y}")
      .optional(),
  ),
  MAP_TILE_ATTRIBUTION: optionalString,
  MAP_TILE_DATUM: optionalString.pipe(z.enum(["wgs84", "gcj02"], { error: "must be wgs84 or gcj02" }).optional()),
  AUTH_GITHUB_ID: optionalString,
  AUTH_GITHUB_SECRET: optionalString,
  AUTH_GOOGLE_ID: optionalString,
  AUTH_GOOGLE_SECRET: optionalString,
  INIT_DATABASE: z
    .enum(["", "0", "1", "false", "true"], { message: "must be 1 or 0" })
    .default("")
    .transform((v) => v === "1" || v === "true"),
  BACKUP_DIR: optionalString,
  BACKUP_KEEP: z.coerce.number().int().min(1).max(10_000).default(14),
  SMTP_URL: optionalString.pipe(
    z
      .string()
      .refine((v) => /^smtps?:\/\/[^\s]+$/.test(v), "must be an smtp:// or smtps:// URL")
      .optional(),
  ),
  MAIL_FROM: optionalString,
  TRUST_PROXY: optionalString.pipe(
    z
      .string()
      .regex(/^(true|false|\d{1,2})$/, "must be true, false or the number of proxies in front of the app")
      .optional(),
  ),
  FORM_MIN_FILL_SECONDS: z.coerce.number<string | undefined>().int().min(0).max(60).default(3),
  MAX_CONCURRENT_REQUESTS: z.coerce.number<string | undefined>().int().min(1).max(10_000).default(8),
  MAX_QUEUED_REQUESTS: z.coerce.number<string | undefined>().int().min(0).max(1_000_000).default(1000),
});

export type Env = {
  nodeEnv: "development" | "production" | "test";
  /** Always `file:<absolute path>`. */
  databaseUrl: string;
  databasePath: string;
  authSecret: string;
  /** True when the secret came from the generated file rather than the environment. */
  authSecretGenerated: boolean;
  port: number;
  siteUrl: string;
  mapTileUrl: string;
  mapTileAttribution: string;
  /** The datum the tiles are drawn in: gcj02 for Chinese tile sources (Amap, Tencent), whose roads sit a few hundred metres off WGS-84. */
  mapTileDatum: "wgs84" | "gcj02";
  oauth: {
    github?: { clientId: string; clientSecret: string };
    google?: { clientId: string; clientSecret: string };
  };
  /** Start-up may create (and seed) a database where a marker says one existed before. */
  initDatabase: boolean;
  /** Absolute; backups of the database are written here. */
  backupDir: string;
  /** How many backups `npm run db:backup` keeps. */
  backupKeep: number;
  /** SMTP server for outgoing mail; without it mails are written to data/outbox/. */
  smtpUrl?: string;
  mailFrom: string;
  /**
   * How many proxies in front of the app append to X-Forwarded-For; 0 means the header is not
   * trusted at all (anyone can send it) and client addresses are unknown.
   */
  trustProxyHops: number;
  /** Public forms sent sooner than this after they were shown are refused as bots. */
  formMinFillMs: number;
  /** Requests the server works on at once; the rest wait in arrival order (scripts/http-server.ts). */
  maxConcurrentRequests: number;
  /** Requests allowed to wait for a turn; more are answered 503 with Retry-After. */
  maxQueuedRequests: number;
};

/** Project root: scripts, the server and tests all run from it. */
const root = process.cwd();
export const dataDir = path.join(root, "data");

export function resolveDatabaseUrl(raw: string | undefined): { url: string; filePath: string } {
  const value = raw ?? "file:./data/app.db";
  const match = /^file:(.+)$/.exec(value);
  if (!match) {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
    throw new ConfigError(
      `DATABASE_URL must be a SQLite file URL such as file:./data/app.db (got ${scheme ? `scheme "${scheme}:"` : `"${value}"`})`,
    );
  }
  const filePath = path.resolve(/*turbopackIgnore: true*/ root, match[1].replace(/\?.*$/, ""));
  return { url: `file:${filePath}`, filePath };
}

function pair(id: string | undefined, secret: string | undefined) {
  return id && secret ? { clientId: id, clientSecret: secret } : undefined;
}

/**
 * With no AUTH_SECRET the embedded default still works: a random secret is generated once and
 * kept in data/auth-secret, readable only by its owner.
 */
function readOrCreateSecret(): { secret: string; created: boolean } {
  const file = path.join(dataDir, "auth-secret");
  try {
    return { secret: readFileSync(file, "utf8").trim(), created: false };
  } catch {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const secret = randomBytes(32).toString("base64url");
    try {
      writeFileSync(file, secret + "\n", { mode: 0o600, flag: "wx" });
      return { secret, created: true };
    } catch {
      // Another process created it first: use theirs.
      return { secret: readFileSync(file, "utf8").trim(), created: false };
    }
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = rawSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`${issue.path.join(".")} ${issue.message}`);
  }
  const raw = parsed.data;
  const db = resolveDatabaseUrl(raw.DATABASE_URL);
  let authSecret = raw.AUTH_SECRET;
  let authSecretGenerated = false;
  if (!authSecret) {
    const { secret, created } = readOrCreateSecret();
    authSecret = secret;
    authSecretGenerated = true;
    if (created) console.warn(`AUTH_SECRET is not set: generated one in ${path.relative(root, dataDir)}/auth-secret`);
  }
  const siteUrl = (raw.SITE_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, "");
  const trust = raw.TRUST_PROXY ?? "false";
  return {
    nodeEnv: raw.NODE_ENV,
    databaseUrl: db.url,
    databasePath: db.filePath,
    authSecret,
    authSecretGenerated,
    port: raw.PORT,
    siteUrl,
    mapTileUrl: raw.MAP_TILE_URL ?? DEFAULT_TILE_URL,
    mapTileAttribution: raw.MAP_TILE_ATTRIBUTION ?? DEFAULT_TILE_ATTRIBUTION,
    mapTileDatum: raw.MAP_TILE_DATUM ?? "wgs84",
    oauth: {
      github: pair(raw.AUTH_GITHUB_ID, raw.AUTH_GITHUB_SECRET),
      google: pair(raw.AUTH_GOOGLE_ID, raw.AUTH_GOOGLE_SECRET),
    },
    initDatabase: raw.INIT_DATABASE,
    backupDir: path.resolve(/*turbopackIgnore: true*/ root, raw.BACKUP_DIR ?? path.join(path.dirname(db.filePath), "backups")),
    backupKeep: raw.BACKUP_KEEP,
    smtpUrl: raw.SMTP_URL,
    mailFrom: raw.MAIL_FROM ?? `Shenzhen Hardware Directory <no-reply@${new URL(siteUrl).hostname}>`,
    trustProxyHops: trust === "true" ? 1 : trust === "false" ? 0 : Number(trust),
    formMinFillMs: raw.FORM_MIN_FILL_SECONDS * 1000,
    maxConcurrentRequests: raw.MAX_CONCURRENT_REQUESTS,
    maxQueuedRequests: raw.MAX_QUEUED_REQUESTS,
  };
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
