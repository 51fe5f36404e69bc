import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv, resolveDatabaseUrl } from "./env";

describe("resolveDatabaseUrl", () => {
  it("defaults to data/app.db under the project and makes paths absolute", () => {
    expect(resolveDatabaseUrl(undefined).filePath).toBe(path.join(process.cwd(), "data", "app.db"));
    expect(resolveDatabaseUrl("file:/tmp/x.db")).toEqual({ url: "file:/tmp/x.db", filePath: "/tmp/x.db" });
  });

  it("rejects other schemes with one readable line", () => {
    expect(() => resolveDatabaseUrl("postgres://localhost/db")).toThrow(ConfigError);
    expect(() => resolveDatabaseUrl("postgres://localhost/db")).toThrow(/scheme "postgres:"/);
    expect(() => resolveDatabaseUrl("nonsense")).toThrow(/must be a SQLite file URL/);
  });
});

describe("parseEnv", () => {
  const base = { AUTH_SECRET: "s3cret", NODE_ENV: "test" };

  it("applies defaults", () => {
    const env = parseEnv(base);
    expect(env).toMatchObject({
      port: 3000,
      siteUrl: "http://localhost:3000",
      mapTileUrl: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
      authSecret: "s3cret",
      authSecretGenerated: false,
      oauth: { github: undefined, google: undefined },
    });
  });

  it("reads the database start-up and backup settings", () => {
    expect(parseEnv(base)).toMatchObject({ initDatabase: false, backupDir: path.join(process.cwd(), "data", "backups"), backupKeep: 14 });
    expect(parseEnv({ ...base, INIT_DATABASE: "1", DATABASE_URL: "file:/srv/shd/app.db", BACKUP_KEEP: "3" })).toMatchObject({
      initDatabase: true,
      backupDir: "/srv/shd/backups",
      backupKeep: 3,
    });
    expect(parseEnv({ ...base, BACKUP_DIR: "/mnt/backups" }).backupDir).toBe("/mnt/backups");
    expect(() => parseEnv({ ...base, INIT_DATABASE: "yes please" })).toThrow(/INIT_DATABASE/);
    expect(() => parseEnv({ ...base, BACKUP_KEEP: "0" })).toThrow(/BACKUP_KEEP/);
  });

  it("rejects a bad port and a tile URL without placeholders", () => {
    expect(() => parseEnv({ ...base, PORT: "http" })).toThrow(/PORT/);
    expect(() => parseEnv({ ...base, MAP_TILE_URL: "https://tiles.example/x.png" })).toThrow(/MAP_TILE_URL/);
  });

  it("reads the tiles' datum, WGS-84 unless told", () => {
    expect(parseEnv(base).mapTileDatum).toBe("wgs84");
    expect(parseEnv({ ...base, MAP_TILE_DATUM: "gcj02" }).mapTileDatum).toBe("gcj02");
    expect(() => parseEnv({ ...base, MAP_TILE_DATUM: "bd09" })).toThrow(/MAP_TILE_DATUM must be wgs84 or gcj02/);
  });

  it("enables an OAuth provider only with both id and secret", () => {
    expect(parseEnv({ ...base, AUTH_GITHUB_ID: "id" }).oauth.github).toBeUndefined();
    expect(parseEnv({ ...base, AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "x" }).oauth.github).toEqual({ clientId: "id", clientSecret: "x" });
  });

  it("reads the mail, proxy and form settings", () => {
    expect(parseEnv(base)).toMatchObject({
      smtpUrl: undefined,
      mailFrom: "Shenzhen Hardware Directory <no-reply@localhost>",
      trustProxyHops: 0,
      formMinFillMs: 3000,
    });
    const env = parseEnv({
      ...base,
      SMTP_URL: "smtps://user:pw@mail.example.com:465",
      MAIL_FROM: "Directory <hello@example.com>",
      TRUST_PROXY: "2",
      FORM_MIN_FILL_SECONDS: "0",
    });
    expect(env).toMatchObject({ smtpUrl: "smtps://user:pw@mail.example.com:465", mailFrom: "Directory <hello@example.com>", trustProxyHops: 2, formMinFillMs: 0 });
    expect(parseEnv({ ...base, TRUST_PROXY: "true" }).trustProxyHops).toBe(1);
    expect(parseEnv({ ...base, TRUST_PROXY: "false" }).trustProxyHops).toBe(0);
    expect(() => parseEnv({ ...base, TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
    expect(() => parseEnv({ ...base, SMTP_URL: "http://mail" })).toThrow(/SMTP_URL/);
    expect(() => parseEnv({ ...base, FORM_MIN_FILL_SECONDS: "600" })).toThrow(/FORM_MIN_FILL_SECONDS/);
  });

  it("reads how many requests run at once and how many may wait", () => {
    expect(parseEnv(base)).toMatchObject({ maxConcurrentRequests: 8, maxQueuedRequests: 1000 });
    expect(parseEnv({ ...base, MAX_CONCURRENT_REQUESTS: "16", MAX_QUEUED_REQUESTS: "0" })).toMatchObject({ maxConcurrentRequests: 16, maxQueuedRequests: 0 });
    expect(() => parseEnv({ ...base, MAX_CONCURRENT_REQUESTS: "0" })).toThrow(/MAX_CONCURRENT_REQUESTS/);
    expect(() => parseEnv({ ...base, MAX_QUEUED_REQUESTS: "lots" })).toThrow(/MAX_QUEUED_REQUESTS/);
  });

  it("generates an owner-only secret file once when AUTH_SECRET is unset", () => {
    const first = parseEnv({ NODE_ENV: "test" });
    const second = parseEnv({ NODE_ENV: "test" });
    expect(first.authSecretGenerated).toBe(true);
    expect(first.authSecret).toBe(second.authSecret);
    expect(first.authSecret.length).toBeGreaterThanOrEqual(32);
    const file = path.join(process.cwd(), "data", "auth-secret");
    expect(readFileSync(file, "utf8").trim()).toBe(first.authSecret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});
