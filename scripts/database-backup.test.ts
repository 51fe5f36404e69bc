/**
 * A backup taken while another process keeps writing is a consistent snapshot, and a restore
 * puts exactly that snapshot in place: same row counts, same suppliers checksum.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appliedMigrationRow, committedMigrations, PRISMA_MIGRATIONS_TABLE } from "@/lib/migrations";
import { backupDatabase, checkBackupFile, listBackups, processesUsing, restoreDatabase } from "./database-backup";
import { markerPath, StartupError } from "./database-file";

const dir = mkdtempSync(path.join(os.tmpdir(), "shd-backup-"));
const live = path.join(dir, "app.db");
const backupDir = path.join(dir, "backups");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function createAppDatabase(file: string, suppliers: number) {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.exec(PRISMA_MIGRATIONS_TABLE);
  for (const m of committedMigrations()) {
    sqlite.exec(m.sql);
    const [sql, params] = appliedMigrationRow(m);
    sqlite.prepare(sql).run(...params);
  }
  sqlite.prepare(`INSERT INTO "Category" ("slug", "labelEn", "labelZh", "labelJa") VALUES ('pcb-fab', 'PCB', 'PCB', 'PCB')`).run();
  const insert = sqlite.prepare(`INSERT INTO "Supplier" ("slug", "name", "description", "primaryCategoryId", "updatedAt") VALUES (?, ?, ?, 1, 0)`);
  sqlite.transaction(() => {
    for (let i = 0; i < suppliers; i++) insert.run(`seeded-${i}`, `Seeded Works ${i}`, "Boards, assembly and enclosures. ".repeat(8));
  })();
  sqlite.close();
}

/** Rows of every table, and a checksum of the Supplier rows in id order. */
function snapshot(file: string) {
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = sqlite.prepare(`SELECT "name" FROM sqlite_master WHERE "type" = 'table' AND "name" NOT LIKE 'sqlite_%' ORDER BY "name"`).pluck().all() as string[];
    const counts = Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]));
    const hash = createHash("sha256");
    for (const row of sqlite.prepare(`SELECT * FROM "Supplier" ORDER BY "id"`).iterate()) hash.update(JSON.stringify(row));
    const orphans = sqlite
      .prepare(`SELECT count(*) FROM "Supplier" s WHERE s."slug" LIKE 'written-%' AND NOT EXISTS (SELECT 1 FROM "SupplierCategory" c WHERE c."supplierId" = s."id")`)
      .pluck()
      .get() as number;
    return { counts, checksum: hash.digest("hex"), orphans };
  } finally {
    sqlite.close();
  }
}

/**
 * Another process writing as the server would: each transaction adds a supplier with its
 * category link and changes an existing supplier's rating. Prints its count of commits.
 */
function startWriter(file: string): { child: ChildProcess; commits: () => number; done: Promise<number> } {
  const script = `
    const Database = require(process.env.BETTER_SQLITE3);
    const db = new Database(process.env.DB, { timeout: 5000 });
    const add = db.prepare('INSERT INTO "Supplier" ("slug", "name", "primaryCategoryId", "updatedAt") VALUES (?, ?, 1, 0)');
    const link = db.prepare('INSERT INTO "SupplierCategory" ("supplierId", "categoryId") VALUES (?, 1)');
    const rate = db.prepare('UPDATE "Supplier" SET "ratingAvg" = ? WHERE "id" = ?');
    const write = db.transaction((n) => {
      const id = Number(add.run('written-' + n, 'Written Works ' + n).lastInsertRowid);
      link.run(id);
      rate.run((n % 50) / 10, 1 + (n * 7919) % id);
    });
    let n = 0, stop = false;
    process.stdin.on('end', () => { stop = true; });
    process.stdin.resume();
    (function loop() {
      for (let i = 0; i < 10; i++) write(++n);
      process.stdout.write(n + '\\n');
      if (stop) { db.close(); process.stdout.write('done ' + n + '\\n'); process.exit(0); }
      setImmediate(loop);
    })();`;
  const child = spawn(process.execPath, ["-e", script], {
    env: { ...process.env, DB: file, BETTER_SQLITE3: createRequire(import.meta.url).resolve("better-sqlite3") },
    stdio: ["pipe", "pipe", "inherit"],
  });
  let last = 0;
  const done = new Promise<number>((resolve, reject) => {
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      for (const line of chunk.trim().split("\n")) {
        const finished = /^done (\d+)$/.exec(line);
        if (finished) resolve(Number(finished[1]));
        else last = Number(line);
      }
    });
    child.on("exit", (code) => (code === 0 ? undefined : reject(new Error(`writer exited with ${code}`))));
  });
  return { child, commits: () => last, done };
}

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((r) => setTimeout(r, 20));
}

const SEEDED = 3000;

beforeAll(() => createAppDatabase(live, SEEDED));

describe("backup while writes are running, then restore", { timeout: 120_000 }, () => {
  let backup: string;
  let atBackup: ReturnType<typeof snapshot>;
  let writes: { before: number; after: number };

  it("takes a consistent, owner-only copy while another process commits", async () => {
    const writer = startWriter(live);
    await until(() => writer.commits() >= 300);
    const before = writer.commits();
    const { file } = await backupDatabase({ databasePath: live, backupDir, keep: 3 });
    await until(() => writer.commits() >= before + 300);
    writer.child.stdin!.end();
    const after = await writer.done;
    writes = { before, after };
    backup = file;

    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(backupDir).mode & 0o777).toBe(0o700);
    expect(checkBackupFile(file)).toMatchObject({ migration: committedMigrations().at(-1)!.name });
    atBackup = snapshot(file);
    // Whole transactions only: every written supplier has its category link.
    expect(atBackup.orphans).toBe(0);
    const written = atBackup.counts.Supplier - SEEDED;
    expect(written).toBe(atBackup.counts.SupplierCategory);
    // A snapshot from the middle of the writes: after the first ones, before the last.
    expect(written).toBeGreaterThanOrEqual(before);
    expect(written).toBeLessThan(after);
    expect(snapshot(live).counts.Supplier).toBe(SEEDED + after);
  });

  it("restores exactly that snapshot into the stopped deployment, keeping the replaced files", () => {
    const { facts, movedAside } = restoreDatabase({ databasePath: live, backupFile: backup });
    expect(facts.suppliers).toBe(atBackup.counts.Supplier);
    const restored = snapshot(live);
    expect(restored.counts).toEqual(atBackup.counts);
    expect(restored.checksum).toBe(atBackup.checksum);
    expect(statSync(live).mode & 0o777).toBe(0o600);
    expect(existsSync(markerPath(live))).toBe(true);
    expect(snapshot(movedAside!).counts.Supplier).toBe(SEEDED + writes.after);
    const sqlite = new Database(live, { readonly: true });
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    sqlite.close();
  });

  it("keeps the newest backups only", async () => {
    for (let i = 0; i < 4; i++) await backupDatabase({ databasePath: live, backupDir, keep: 3, now: new Date(Date.UTC(2030, 0, 1, 0, 0, i)) });
    const kept = listBackups(live, backupDir).map((f) => path.basename(f));
    expect(kept).toEqual(["app-20300101T000001.000Z.db", "app-20300101T000002.000Z.db", "app-20300101T000003.000Z.db"]);
  });
});

describe("restore refuses", { timeout: 60_000 }, () => {
  const target = path.join(dir, "target.db");
  beforeAll(() => createAppDatabase(target, 5));

  const refusal = (backupFile: string) => {
    try {
      restoreDatabase({ databasePath: target, backupFile });
    } catch (error) {
      expect(error).toBeInstanceOf(StartupError);
      return (error as Error).message;
    }
    throw new Error("restored");
  };

  it("a file that is not a sound SQLite database of this app at a known migration", () => {
    const text = path.join(dir, "notes.txt");
    writeFileSync(text, "not a database\n".repeat(100));
    expect(refusal(text)).toMatch(/not a readable SQLite database|cannot be opened/);

    const corrupt = path.join(dir, "corrupt.db");
    createAppDatabase(corrupt, 500);
    const bytes = readFileSync(corrupt);
    bytes.fill(0x41, 40_960, 45_056);
    writeFileSync(corrupt, bytes);
    expect(refusal(corrupt)).toMatch(/integrity check|not a readable/);

    const other = path.join(dir, "other.db");
    const o = new Database(other);
    o.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)`);
    o.close();
    expect(refusal(other)).toMatch(/not a database of this app/);

    const future = path.join(dir, "future.db");
    createAppDatabase(future, 1);
    const f = new Database(future);
    f.prepare(`INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name") VALUES ('x', 'x', '2999-01-01', '29991231000000_later')`).run();
    f.close();
    expect(refusal(future)).toMatch(/29991231000000_later, which this version does not know/);
    expect(snapshot(target).counts.Supplier).toBe(5);
  });

  it("while a process holds the database open", async () => {
    const good = path.join(dir, "good.db");
    createAppDatabase(good, 2);
    const holder = spawn(process.execPath, ["-e", `const D = require(process.env.B); const d = new D(process.env.DB); d.prepare('SELECT 1').get(); console.log('open'); setInterval(() => {}, 1000);`], {
      env: { ...process.env, DB: target, B: createRequire(import.meta.url).resolve("better-sqlite3") },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise((resolve) => holder.stdout!.once("data", resolve));
    try {
      expect(processesUsing(target)).toContain(holder.pid);
      expect(refusal(good)).toMatch(new RegExp(`in use by process ${holder.pid}.*stop the server first`));
    } finally {
      holder.kill();
    }
    expect(snapshot(target).counts.Supplier).toBe(5);
  });
});
