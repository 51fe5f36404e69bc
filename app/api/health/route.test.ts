import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEnv } from "@/lib/env";
import { committedMigrations } from "@/lib/migrations";
import { seedReferenceData } from "@/server/seed/sample-data";
import { GET } from "./route";

let sqlite: Database.Database;
beforeAll(async () => {
  await seedReferenceData();
  sqlite = new Database(getEnv().databasePath);
});
afterAll(() => sqlite.close());

async function health() {
  const res = await GET(new Request("http://test/api/health"));
  expect(res.headers.get("cache-control")).toBe("no-store");
  return { status: res.status, body: await res.json() };
}

describe("GET /api/health", () => {
  it("answers the contract when the schema is current and the tables read", async () => {
    expect(await health()).toEqual({ status: 200, body: { status: "ok", db: "ok" } });
  });

  it("answers 503 with a reason when the latest migration is not applied", async () => {
    const latest = committedMigrations().at(-1)!.name;
    const row = sqlite.prepare(`SELECT * FROM "_prisma_migrations" WHERE "migration_name" = ?`).get(latest) as Record<string, unknown>;
    sqlite.prepare(`DELETE FROM "_prisma_migrations" WHERE "migration_name" = ?`).run(latest);
    try {
      const { status, body } = await health();
      expect(status).toBe(503);
      expect(body).toEqual({ status: "error", db: "error", reason: `the schema is behind: migration ${latest} is not applied` });
    } finally {
      const columns = Object.keys(row);
      sqlite.prepare(`INSERT INTO "_prisma_migrations" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`).run(...Object.values(row));
    }
    expect((await health()).status).toBe(200);
  });

  it("answers 503 when the database has a migration this version does not know", async () => {
    sqlite.prepare(`INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name") VALUES ('x', 'x', '2999-01-01', '29991231000000_future')`).run();
    try {
      expect((await health()).body.reason).toMatch(/29991231000000_future, which this version does not know/);
    } finally {
      sqlite.prepare(`DELETE FROM "_prisma_migrations" WHERE "id" = 'x'`).run();
    }
  });

  it("answers 503 when the data is gone (rows deleted under the running server)", async () => {
    sqlite.exec(`DELETE FROM "Category"`);
    try {
      expect(await health()).toMatchObject({ status: 503, body: { reason: "the Category table is empty" } });
    } finally {
      await seedReferenceData();
    }
  });

  it("answers 503 when a table cannot be read", async () => {
    sqlite.exec(`ALTER TABLE "Supplier" RENAME TO "Supplier_gone"`);
    try {
      const { status, body } = await health();
      expect(status).toBe(503);
      expect(body.reason).toMatch(/^the database cannot be read/);
    } finally {
      sqlite.exec(`ALTER TABLE "Supplier_gone" RENAME TO "Supplier"`);
    }
    expect((await health()).status).toBe(200);
  });
});
