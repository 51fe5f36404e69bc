import { readdirSync, readlinkSync, realpathSync } from "node:fs";
import Database from "better-sqlite3";
import { describe, expect, it, vi } from "vitest";
import { getEnv } from "@/lib/env";
import { db, readRows } from "@/server/db";
import { consumeRateLimit } from "@/server/rate-limit";
import { catchUpSearchIndex } from "@/server/search/index-sync";
import { createSupplier, createUser } from "@/server/test/factories";

/**
 * Concurrent requests in one server process share Prisma's connection. Their code interleaves at
 * every await, so another request's statement can come while a transaction is open. Each test
 * puts one there on purpose: the transaction waits on a promise the test settles, which stands in
 * for the point where the event loop runs someone else's code.
 */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** Time for statements issued meanwhile to run; without the lock they finish within it. */
const turn = () => new Promise((resolve) => setTimeout(resolve, 50));

describe("Prisma's connection with a transaction open", () => {
  it("keeps other requests' statements out of the transaction: no uncommitted reads, nothing undone with it", async () => {
    const u = await createUser({ name: "Before" });
    const someoneElse = await createUser({ name: "Someone" });
    const inside = gate();
    const hold = gate();
    const tx = db.$transaction(async (t) => {
      await t.user.update({ where: { id: u.id }, data: { name: "Uncommitted" } });
      inside.open();
      await hold.opened;
      throw new Error("the transaction fails and rolls back");
    });
    await inside.opened;
    // Other requests read that row and write rows of their own while the transaction is open
    // (Prisma's queries are lazy: `then` sends them now).
    const read = db.user.findUnique({ where: { id: u.id }, select: { name: true } }).then((row) => row);
    const renamed = db.user.update({ where: { id: someoneElse.id }, data: { name: "Renamed" }, select: { id: true } }).then((row) => row);
    await turn();
    hold.open();
    await expect(tx).rejects.toThrow("rolls back");
    expect(await read).toEqual({ name: "Before" });
    await renamed;
    // That request was told its write succeeded: it must still be there.
    expect(await db.user.findUnique({ where: { id: someoneElse.id }, select: { name: true } })).toEqual({ name: "Renamed" });
  });

  it("takes the write lock at BEGIN, so another process writing between a read and a write cannot fail the transaction", async () => {
    const s = await createSupplier({ name: "Immediate Fab" });
    // Another process: its own connection, which gives up at once instead of waiting.
    const other = new Database(getEnv().databasePath, { timeout: 0 });
    try {
      const inside = gate();
      const hold = gate();
      const tx = db.$transaction(async (t) => {
        const row = await t.supplier.findUniqueOrThrow({ where: { id: s.id }, select: { reviewCount: true } });
        inside.open();
        await hold.opened;
        await t.supplier.update({ where: { id: s.id }, data: { reviewCount: row.reviewCount + 1 } });
      });
      await inside.opened;
      // A deferred transaction would let this write in, and then fail its own write with
      // SQLITE_BUSY (its read snapshot is stale); with the lock taken at BEGIN, this one waits.
      expect(() => other.prepare(`UPDATE "Supplier" SET "reviewCount" = 100 WHERE "id" = ?`).run(s.id)).toThrow(/SQLITE_BUSY|locked/);
      hold.open();
      await tx;
      expect(await db.supplier.findUniqueOrThrow({ where: { id: s.id }, select: { reviewCount: true } })).toEqual({ reviewCount: 1 });
    } finally {
      other.close();
    }
  });

  it("gives the lock back when COMMIT itself fails", async () => {
    const u = await createUser();
    await expect(
      db.$transaction(async (t) => {
        // A deferred foreign key makes the COMMIT fail, which leaves SQLite's transaction open.
        await t.$executeRawUnsafe(`PRAGMA defer_foreign_keys = ON`);
        await t.$executeRawUnsafe(
          `INSERT INTO "Review" ("id", "supplierId", "authorId", "rating", "body", "createdAt", "updatedAt") VALUES ('dangling', 99999999, ?, 5, 'x', 0, 0)`,
          u.id,
        );
      }),
    ).rejects.toThrow();
    // Rolled back, and the next transaction and statements run.
    await db.$transaction(async (t) => t.user.update({ where: { id: u.id }, data: { name: "Next" } }));
    expect(await db.review.count({ where: { id: "dangling" } })).toBe(0);
  });
});

describe("the rate limiter's connection with a transaction open", () => {
  it("waits for the transaction instead of blocking the process until SQLITE_BUSY", async () => {
    const u = await createUser();
    const inside = gate();
    const hold = gate();
    const tx = db.$transaction(async (t) => {
      await t.user.update({ where: { id: u.id }, data: { name: "Writing" } });
      inside.open();
      await hold.opened;
    });
    await inside.opened;
    // better-sqlite3 waits for a lock synchronously: without the process-wide write lock this
    // call froze the event loop for the 5 s busy timeout (the transaction could not go on to its
    // COMMIT meanwhile) and then failed with SQLITE_BUSY.
    const counted = consumeRateLimit({ key: `tx-open:${u.id}`, limit: 5, windowMs: 60_000 });
    await turn();
    hold.open();
    await tx;
    await expect(counted).resolves.toMatchObject({ ok: true, remaining: 4 });
  });
});

describe("the search indexer's connection with a transaction open", () => {
  it("waits for the transaction, and the process keeps running meanwhile", async () => {
    const s = await createSupplier({ name: "Indexed While Writing" });
    const u = await createUser();
    const inside = gate();
    const hold = gate();
    const tx = db.$transaction(async (t) => {
      await t.user.update({ where: { id: u.id }, data: { name: "Writing" } });
      inside.open();
      await hold.opened;
    });
    await inside.opened;
    const indexed = catchUpSearchIndex();
    // A timer still fires: the indexer is not sleeping in SQLite's busy handler on the main thread.
    const started = Date.now();
    await turn();
    expect(Date.now() - started).toBeLessThan(1_000);
    hold.open();
    await tx;
    await expect(indexed).resolves.toBeGreaterThanOrEqual(1);
    const row = readRows(`SELECT count(*) AS n FROM "search_key" WHERE "supplierId" = ?`, [s.id]);
    expect(row).toEqual([{ n: 1 }]);
  });
});

describe("connections per process", () => {
  /** Open descriptors of this process on the database file itself (not its -wal or -shm). */
  function openOnDatabase(): number {
    const file = realpathSync(getEnv().databasePath);
    return readdirSync("/proc/self/fd").filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`) === file;
      } catch {
        return false;
      }
    }).length;
  }

  async function useEveryConnection() {
    const fresh = {
      db: await import("@/server/db"),
      rateLimit: await import("@/server/rate-limit"),
      index: await import("@/server/search/index-sync"),
    };
    await fresh.db.db.user.count();
    fresh.db.readRows(`SELECT 1`, []);
    await fresh.rateLimit.consumeRateLimit({ key: `connections:${Math.random()}`, limit: 5, windowMs: 60_000 });
    await fresh.index.catchUpSearchIndex();
  }

  it("opens each connection once, however often Next evaluates the modules", async () => {
    await useEveryConnection();
    const once = openOnDatabase();
    // Prisma's, the reader's, the rate limiter's and the search indexer's.
    expect(once).toBe(4);
    // Next evaluates server modules once per bundle: a second evaluation reuses them.
    vi.resetModules();
    await useEveryConnection();
    expect(openOnDatabase()).toBe(once);
  });
});
