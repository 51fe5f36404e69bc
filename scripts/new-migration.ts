/**
 * Writes the next migration: the SQL that takes the committed migrations to the current
 * schema.prisma. Prisma does not model the hand-made search objects (FTS5 tables, views, a
 * collated index), so the diff always proposes to drop them; those statements are removed here. Usage: npm run db:new-migration -- <name>
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- <name in snake_case>");
  process.exit(2);
}

const prisma = path.join(process.cwd(), "node_modules", ".bin", "prisma");
const sql = execFileSync(
  prisma,
  ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);

// The diff is a list of blocks, each introduced by a "-- Verb" comment line.
const blocks = sql.split(/\n(?=-- [A-Z])/);
// Objects made by hand in the search migrations, which Prisma's schema cannot describe.
const HAND_MADE = /"(search_index|search_vocab|search_key|search_pending|search_meta|supplier_name_fts)|_nocase_idx"/;
const kept = blocks.filter((b) => !HAND_MADE.test(b) && /\S/.test(b.replace(/^--.*$/gm, "")));
if (kept.length === 0) {
  console.log("schema.prisma matches the migrations: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), kept.join("\n").trim() + "\n");
console.log(`wrote ${dir}/migration.sql; review it, then run npm run db:migrate`);
