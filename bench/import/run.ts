/**
 * CSV import benchmark: a generated file of N rows (new fictional suppliers, plus updates of
 * existing ones) previewed and imported into a copy of a database of --base synthetic suppliers.
 * Prints how long preview and apply take, how long each write transaction held SQLite's write
 * lock, how long the event loop stalled and how long small writes from elsewhere waited.
 *
 *   npm run bench:import -- --rows 10000 --updates 1000 --base 100000 [--heavy-updates] [--chunk-size 200]
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { toCsvLine } from "@/lib/csv";
import { CSV_COLUMNS, csvHeader, csvRow, type ExportRecord } from "@/lib/export-format";
import { mulberry32, pick, randInt } from "@/lib/synth";
import { CAPABILITIES, CATEGORIES, DISTRICTS, LANGUAGES } from "@/lib/taxonomy";

const { values: args } = parseArgs({
  options: {
    rows: { type: "string", default: "10000" },
    updates: { type: "string", default: "1000" },
    base: { type: "string", default: "100000" },
    "chunk-size": { type: "string", default: "200" },
    "heavy-updates": { type: "boolean", default: false },
  },
});
const rows = Number(args.rows);
const updates = Math.min(Number(args.updates), rows);
const baseCount = Number(args.base);
const chunkSize = Number(args["chunk-size"]);
const root = process.cwd();
const resultsDir = path.join(root, "bench", "results");
const baseFile = path.join(resultsDir, `import-base-${baseCount}.db`);
const workFile = path.join(resultsDir, `import-work.db`);
const tsx = path.join(root, "node_modules", ".bin", "tsx");

function run(argv: string[], file: string) {
  const r = spawnSync(tsx, ["--conditions=react-server", ...argv], { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${argv.join(" ")} failed`);
}

function prepareDatabase() {
  mkdirSync(resultsDir, { recursive: true });
  if (!existsSync(baseFile)) {
    console.log(`bench: building ${baseFile}`);
    run(["scripts/prepare-db.ts"], baseFile);
    run(["scripts/synth.ts", "--count", String(baseCount)], baseFile);
  }
  // Applies migrations added since the base was built.
  run(["scripts/prepare-db.ts"], baseFile);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(workFile + suffix, { force: true });
  const sqlite = new Database(baseFile);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  copyFileSync(baseFile, workFile);
}

/**
 * A file like an admin would upload: new fictional suppliers, and corrections of existing ones
 * taken from the export itself (phone and MOQ; with --heavy-updates also the address, the
 * capabilities and the languages, which make the full-text index rebuild those suppliers).
 */
function generateCsv(existing: ExportRecord[], heavy: boolean): string {
  const rng = mulberry32(7);
  const lines = [csvHeader()];
  for (let i = 0; i < rows; i++) {
    const district = pick(rng, DISTRICTS);
    const category = pick(rng, CATEGORIES).slug;
    const capabilities = [pick(rng, CAPABILITIES).slug, pick(rng, CAPABILITIES).slug];
    const phone = `1380013${String(i % 10000).padStart(4, "0")}`;
    if (i < updates) {
      const r = existing[i];
      const changed: ExportRecord = { ...r, phone, moq: randInt(rng, 1, 1000) };
      if (heavy) Object.assign(changed, { addressEn: `${r.addressEn ?? ""} (Bldg 2)`, capabilities, languages: [pick(rng, LANGUAGES).code] });
      lines.push(csvRow(changed, "https://bench.example"));
      continue;
    }
    const record: Record<string, string | number | boolean | null> = {
      name: `Bench Import Works ${String(i).padStart(5, "0")}`,
      nameZh: `基准导入工厂${i}`,
      category,
      categories: category,
      capabilities: capabilities.join(";"),
      languages: pick(rng, LANGUAGES).code,
      district: district.slug,
      addressEn: `${randInt(rng, 1, 300)} Bench Road`,
      lat: district.centre.lat + (rng() - 0.5) * 0.02,
      lng: district.centre.lng + (rng() - 0.5) * 0.02,
      locationApproximate: false,
      phone,
      moq: randInt(rng, 1, 1000),
      acceptsSmallOrders: rng() < 0.5,
    };
    lines.push(toCsvLine(CSV_COLUMNS.map((c) => record[c] ?? "")));
  }
  return lines.join("");
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

async function main() {
  prepareDatabase();
  process.env.DATABASE_URL = `file:${workFile}`;
  // Imported after DATABASE_URL is set: the server modules read it once.
  const { db } = await import("@/server/db");
  const { previewImport, startImport } = await import("@/server/data/import");

  const { exportPublishedSuppliers } = await import("@/server/data/export");
  const existing: ExportRecord[] = [];
  for await (const batch of exportPublishedSuppliers()) {
    existing.push(...batch);
    if (existing.length >= updates) break;
  }
  const csv = generateCsv(existing, args["heavy-updates"]);
  console.log(`bench: ${rows} rows (${rows - updates} new, ${updates} ${args["heavy-updates"] ? "heavy" : "light"} updates), ${(csv.length / 1e6).toFixed(1)} MB, base ${baseCount} suppliers`);

  const admin = {
    ...(await db.user.create({ data: { email: `bench-admin-${Date.now()}@example.invalid`, role: "ADMIN", emailVerified: new Date() }, select: { id: true, role: true } })),
    status: "ACTIVE" as const,
    emailVerified: true,
  };
  const other = await db.user.create({ data: { email: `bench-other-${Date.now()}@example.invalid` }, select: { id: true } });

  let t = performance.now();
  const preview = await previewImport({ actor: admin, csv });
  const previewMs = performance.now() - t;
  console.log(
    `preview: ${ms(previewMs)} — ${preview.creates.length} to create, ${preview.updates.length} to update, ${preview.unchanged.length} unchanged, ${preview.invalid.length} invalid`,
  );

  // Small writes from "other requests" every 20 ms while the import runs.
  const waits: number[] = [];
  let writing = true;
  const writer = (async () => {
    let n = 0;
    while (writing) {
      const started = performance.now();
      await db.user.update({ where: { id: other.id }, data: { name: `bench ${n++}` }, select: { id: true } });
      waits.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  // The longest the event loop went without running a 5 ms timer: how long every other request
  // in this process would have waited.
  let stall = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last - 5);
    last = now;
  }, 5);
  t = performance.now();
  const cpu = process.cpuUsage();
  const { finished } = await startImport({ csv, actor: admin, chunkSize });
  const result = await finished;
  const applyMs = performance.now() - t;
  const cpuUsed = process.cpuUsage(cpu);
  // Let the ticker run once more: the final transaction's stall ends just before `finished`
  // settles, and would otherwise never be seen.
  await new Promise((r) => setTimeout(r, 20));
  clearInterval(ticker);
  writing = false;
  await writer;

  const chunks = result.lockMs.chunks;
  const sorted = [...waits].sort((a, b) => a - b);
  // CPU time against wall time tells work from waiting on a busy machine.
  console.log(`apply: ${ms(applyMs)} (CPU ${ms((cpuUsed.user + cpuUsed.system) / 1000)}) — ${result.created} created, ${result.updated} updated`);
  console.log(
    `write lock: ${chunks.length} chunks of ${chunkSize}, longest ${ms(Math.max(0, ...chunks))}, mean ${ms(chunks.reduce((a, b) => a + b, 0) / Math.max(1, chunks.length))}, total ${ms(chunks.reduce((a, b) => a + b, 0))}; final transaction ${ms(result.lockMs.final)}`,
  );
  console.log(`event loop: longest stall ${ms(stall)}`);
  console.log(
    `other writes during apply: ${waits.length}, p50 ${ms(sorted[Math.floor(sorted.length / 2)] ?? 0)}, max ${ms(sorted[sorted.length - 1] ?? 0)}`,
  );
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
