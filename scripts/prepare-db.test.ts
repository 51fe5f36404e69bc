/**
 * Start-up's database step, run as `npm start` runs it, against throw-away folders: a first
 * start creates and seeds an owner-only database; a later start never silently replaces a
 * database that has gone missing or was emptied; a read-only database is reported as such.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { markerPath } from "./database-file";

const NOBODY = 65534;
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "shd-prepare-"));
  dirs.push(dir);
  return dir;
}

function prepare(databasePath: string, { args = [] as string[], env = {} as Record<string, string>, asNobody = false } = {}) {
  const node = [process.execPath, "--conditions=react-server", "--import", "tsx", "scripts/prepare-db.ts", ...args];
  const command = asNobody ? ["setpriv", `--reuid=${NOBODY}`, `--regid=${NOBODY}`, "--clear-groups", ...node] : node;
  const result = spawnSync(command[0], command.slice(1), {
    encoding: "utf8",
    env: { NODE_ENV: "production", PATH: process.env.PATH, HOME: os.tmpdir(), DATABASE_URL: `file:${databasePath}`, AUTH_SECRET: "test-secret", ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const count = (file: string, table: string) => {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
};
const mode = (file: string) => statSync(file).mode & 0o777;

describe("prepare-db", { timeout: 120_000 }, () => {
  it("creates, migrates and seeds a database on a first start, readable by its owner only", () => {
    const file = path.join(tempDir(), "fresh", "app.db");
    const { status, output } = prepare(file);
    expect(status, output).toBe(0);
    expect(count(file, "Supplier")).toBeGreaterThan(0);
    expect(mode(file)).toBe(0o600);
    expect(mode(markerPath(file))).toBe(0o600);
    expect(mode(path.dirname(file))).toBe(0o700);
    // Files SQLite makes beside the database take its permissions.
    const sqlite = new Database(file);
    sqlite.prepare(`UPDATE "Category" SET "sortOrder" = "sortOrder"`).run();
    for (const f of readdirSync(path.dirname(file))) expect(mode(path.join(path.dirname(file), f)), f).toBe(0o600);
    sqlite.close();
  });

  it("tightens the permissions of an existing world-readable database", () => {
    const file = path.join(tempDir(), "app.db");
    expect(prepare(file).status).toBe(0);
    chmodSync(file, 0o644);
    expect(prepare(file).status).toBe(0);
    expect(mode(file)).toBe(0o600);
  });

  it("refuses to replace a database that went missing, and creates a new one when told to", () => {
    const file = path.join(tempDir(), "app.db");
    expect(prepare(file).status).toBe(0);
    // What `rm app.db*` deletes.
    for (const f of readdirSync(path.dirname(file)).filter((f) => f.startsWith("app.db"))) rmSync(path.join(path.dirname(file), f));

    const refused = prepare(file);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/Start-up failed: there is no database at .*app\.db, but one was created there/);
    expect(refused.output).toMatch(/npm run db:restore -- FILE.*--init/);
    expect(existsSync(file)).toBe(false);

    const flagged = prepare(file, { args: ["--init"] });
    expect(flagged.status, flagged.output).toBe(0);
    expect(count(file, "Supplier")).toBeGreaterThan(0);

    rmSync(file);
    expect(prepare(file, { env: { INIT_DATABASE: "1" } }).status).toBe(0);
  });

  it("refuses a database that was emptied or truncated, instead of seeding it again", () => {
    const file = path.join(tempDir(), "app.db");
    expect(prepare(file).status).toBe(0);
    const sqlite = new Database(file);
    sqlite.exec(`DELETE FROM "Supplier"; DELETE FROM "Category"`);
    sqlite.close();
    const emptied = prepare(file);
    expect(emptied.status).toBe(1);
    expect(emptied.output).toMatch(/has no suppliers and no categories, but it was set up before/);
    expect(count(file, "Supplier")).toBe(0);

    truncateSync(file, 0);
    for (const suffix of ["-wal", "-shm"]) rmSync(file + suffix, { force: true });
    const truncated = prepare(file);
    expect(truncated.status).toBe(1);
    expect(truncated.output).toMatch(/has no tables, but it was set up before/);
  });

  it("says a read-only database is read-only", () => {
    const dir = tempDir();
    const file = path.join(dir, "app.db");
    expect(prepare(file).status).toBe(0);
    const root = process.getuid?.() === 0;
    // root may write anything: the check runs as an ordinary user there.
    if (root) for (const f of [dir, ...readdirSync(dir).map((n) => path.join(dir, n))]) chownSync(f, NOBODY, NOBODY);
    chmodSync(file, 0o400);
    chmodSync(dir, 0o500);
    try {
      const { status, output } = prepare(file, { asNobody: root });
      expect(status).toBe(1);
      expect(output).toMatch(/Start-up failed: the database .*app\.db is read-only for this process/);
      expect(output).not.toMatch(/External error/);
    } finally {
      chmodSync(dir, 0o700);
    }
  });
});
