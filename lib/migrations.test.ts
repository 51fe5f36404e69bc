import { describe, expect, it } from "vitest";
import { committedMigrations, migrationProblem } from "./migrations";

describe("committedMigrations", () => {
  it("lists prisma/migrations in order with Prisma's checksum (sha256 of the file)", () => {
    const all = committedMigrations();
    expect(all[0].name).toBe("20261125000000_init");
    expect(all.map((m) => m.name)).toEqual([...all.map((m) => m.name)].sort());
    expect(all[0].checksum).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("migrationProblem", () => {
  const committed = ["1_init", "2_search", "3_rules"];
  it("is null when every committed migration is applied and nothing else", () => {
    expect(migrationProblem(committed, ["3_rules", "1_init", "2_search"])).toBeNull();
  });
  it("names the first missing, unknown or unfinished migration", () => {
    expect(migrationProblem(committed, ["1_init", "2_search"])).toMatch(/behind: migration 3_rules/);
    expect(migrationProblem(committed, [])).toMatch(/migration 1_init is not applied/);
    expect(migrationProblem(committed, [...committed, "4_future"])).toMatch(/4_future, which this version does not know/);
    expect(migrationProblem(committed, ["1_init"], ["2_search"])).toMatch(/2_search did not finish/);
  });
});
