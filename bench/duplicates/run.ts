/**
 * Duplicate-candidate lookup benchmark: `findDuplicateCandidates` for probes modelled on what
 * people submit (an existing supplier's name with a typo or a legal suffix, its site, its phone,
 * a point next to it, and unrelated names) against the import benchmark's base database.
 *
 *   npm run bench:import -- --rows 100   (builds bench/results/import-base-100000.db once)
 *   npm run bench:duplicates -- --base 100000 --probes 200
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import type { DuplicateProbe } from "@/lib/listing/duplicates";
import { mulberry32, pick } from "@/lib/synth";

const { values: args } = parseArgs({ options: { base: { type: "string", default: "100000" }, probes: { type: "string", default: "200" } } });
const file = path.join(process.cwd(), "bench", "results", `import-base-${args.base}.db`);
if (!existsSync(file)) {
  console.error(`no ${file}: run npm run bench:import first`);
  process.exit(2);
}
process.env.DATABASE_URL = `file:${file}`;

type Sample = { id: number; name: string; nameZh: string | null; website: string | null; lat: number; lng: number; category: string };

function typo(name: string, rng: () => number): string {
  const i = 1 + Math.floor(rng() * (name.length - 2));
  return name.slice(0, i) + name.slice(i + 1);
}

async function main() {
  const { findDuplicateCandidates } = await import("@/server/data/listings");
  const sqlite = new Database(file, { readonly: true });
  const samples = sqlite
    .prepare(
      `SELECT s."id", s."name", s."nameZh", s."website", s."lat", s."lng", c."slug" AS "category"
         FROM "Supplier" s JOIN "Category" c ON c."id" = s."primaryCategoryId"
        WHERE s."status" = 'PUBLISHED' AND s."lat" IS NOT NULL ORDER BY s."id" LIMIT 5000`,
    )
    .all() as Sample[];
  sqlite.close();
  const rng = mulberry32(11);
  const kinds: Record<string, (s: Sample) => DuplicateProbe> = {
    "name with a typo": (s) => ({ names: [typo(s.name, rng)], website: null, phone: null, location: null, categories: [s.category] }),
    "name + Co., Ltd.": (s) => ({ names: [`${s.name} Co., Ltd.`], website: null, phone: null, location: null, categories: [s.category] }),
    "Chinese name": (s) => ({ names: [s.nameZh ?? s.name], website: null, phone: null, location: null, categories: [s.category] }),
    "same website": (s) => ({ names: ["Zzqx Unrelated"], website: s.website, phone: null, location: null, categories: [s.category] }),
    "point 20 m away": (s) => ({ names: ["Zzqx Unrelated"], website: null, phone: null, location: { lat: s.lat + 20 / 111_320, lng: s.lng }, categories: [s.category] }),
    "full form (all of it)": (s) => ({
      names: [s.name, s.nameZh ?? ""].filter(Boolean),
      website: s.website,
      phone: "+8613800138000",
      location: { lat: s.lat, lng: s.lng },
      categories: [s.category],
    }),
    "unrelated new place": () => ({ names: ["Quokka Precision Widgets"], website: "https://quokka.example/", phone: "+8675526123456", location: { lat: 22.6, lng: 114.0 }, categories: ["cnc-machining"] }),
  };
  console.log(`bench: ${args.probes} probes per kind against ${args.base} suppliers`);
  console.log("| probe | p50 | p95 | max | found the supplier |");
  console.log("| --- | --- | --- | --- | --- |");
  for (const [label, make] of Object.entries(kinds)) {
    const times: number[] = [];
    let hits = 0;
    // Synthetic suppliers without a site cannot be found by one.
    const pool = label === "same website" ? samples.filter((s) => s.website !== null) : samples;
    for (let i = 0; i < Number(args.probes); i++) {
      const s = pick(rng, pool);
      const probe = make(s);
      const started = performance.now();
      const found = await findDuplicateCandidates({ probe });
      times.push(performance.now() - started);
      if (found.some((f) => f.id === s.id)) hits++;
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)].toFixed(1);
    console.log(`| ${label} | ${at(0.5)} ms | ${at(0.95)} ms | ${times[times.length - 1].toFixed(1)} ms | ${hits}/${times.length} |`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
