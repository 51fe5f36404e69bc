/**
 * Writes under load (issue 11). One server started as in production (`npm start`, so
 * scripts/start.ts with its start-up checks and front server, NODE_ENV=production, behind one
 * simulated proxy: TRUST_PROXY=1) on a fresh database of synthetic suppliers:
 *
 * 1. load: `--writers` concurrent writers post reviews and reports through the app's server
 *    actions, as signed-in users, while `--readers` concurrent readers fetch detail pages,
 *    /api/suppliers and /api/suppliers/[slug]/reviews, for `--seconds`. Every answer that is not
 *    2xx/3xx, and every form answer that is not the success the user expects, is an error and is
 *    classified. Each acknowledged write goes into a client-side log and is looked up in the
 *    database afterwards.
 * 2. crash: the writers again (with `--crash-readers` readers, none by default: the readers only
 *    slow the writes down); after `--crash-after` seconds, and once `--crash-min-acks` writes
 *    were acknowledged in this phase, the server's whole process group gets SIGKILL. The
 *    server is started again on the same file, then every write acknowledged before the kill is
 *    looked up and the file must pass PRAGMA integrity_check.
 *
 *   npm run build && npm run bench:writes -- [--count 10000] [--writers 50] [--readers 200] [--seconds 60]
 *
 * Rate limits stay as shipped (5 reviews and 10 reports an hour per user and per address): each
 * writer cycles through its own pool of users, each with its own client address.
 * See bench/README.md ("Writes under load") and docs/decisions/0070-write-load-through-server-actions.md.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from "node:fs";
import { request } from "node:http";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { hashPassword } from "@/server/auth/password";
import { generateQueries } from "../search/queries";
import { checkDatabase, type Ack, type DatabaseCheck, type WriteKind } from "./check";
import { CookieJar, formStampFrom, getPage, postAction, signIn, type Outcome } from "./client";
import { run, stats } from "../common";

const { values: args } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    seed: { type: "string", default: "42" },
    port: { type: "string", default: "3207" },
    writers: { type: "string", default: "50" },
    readers: { type: "string", default: "200" },
    seconds: { type: "string", default: "60" },
    "crash-after": { type: "string", default: "15" },
    "crash-min-acks": { type: "string", default: "25" },
    "crash-readers": { type: "string", default: "0" },
    "users-per-writer": { type: "string", default: "10" },
    "no-crash": { type: "boolean", default: false },
    "timeout-seconds": { type: "string", default: "60" },
  },
});
const count = Number(args.count);
const port = Number(args.port);
const writerCount = Number(args.writers);
const readerCount = Number(args.readers);
const loadSeconds = Number(args.seconds);
const crashAfterSeconds = Number(args["crash-after"]);
const crashMinAcks = Number(args["crash-min-acks"]);
const crashReaders = Number(args["crash-readers"]);
const usersPerWriter = Number(args["users-per-writer"]);
const timeoutMs = Number(args["timeout-seconds"]) * 1000;

const root = process.cwd();
const resultsDir = path.join(root, "bench", "results");
const templateFile = path.join(resultsDir, `writes-template-${count}-seed${args.seed}.db`);
const dbFile = path.join(resultsDir, "writes.db");
const serverLog = path.join(resultsDir, "writes-server.log");
const ackLog = path.join(resultsDir, "writes-acks.jsonl");
const base = `http://127.0.0.1:${port}`;
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const PASSWORD = "bench writer pass phrase 42";
const REVIEWS_PER_USER = 5;
const REPORTS_PER_USER = 10;

// ---------------------------------------------------------------------------------------------
// Figures

const ms = (n: number) => (Number.isNaN(n) ? "-" : n < 10 ? n.toFixed(1) : n.toFixed(0));
const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

class Tally {
  readonly latencies = new Map<string, number[]>();
  readonly errors = new Map<string, number>();
  readonly examples = new Map<string, string>();
  /** When each kind of failure was first and last seen, in seconds from `started`. */
  readonly seen = new Map<string, [number, number]>();
  readonly started = performance.now();
  /** Failures of requests the crash test's kill cut off, kept apart from the rest. */
  readonly cut = new Map<string, number>();
  /** performance.now() of the kill; failures from then on are in `cut`. */
  cutoff = Infinity;
  total = 0;

  /** A latency that is not a request of its own (e.g. when a write was confirmed). */
  sample(group: string, ms: number) {
    let list = this.latencies.get(group);
    if (!list) this.latencies.set(group, (list = []));
    list.push(ms);
  }

  add(group: string, outcome: Outcome) {
    this.total++;
    if (outcome.ok) {
      this.sample(group, outcome.ms);
    } else {
      const key = `${group} ${outcome.kind}`;
      const now = performance.now();
      const into = now >= this.cutoff ? this.cut : this.errors;
      into.set(key, (into.get(key) ?? 0) + 1);
      const at = (now - this.started) / 1000;
      if (into === this.errors) this.seen.set(key, [this.seen.get(key)?.[0] ?? at, at]);
      if (outcome.detail && !this.examples.has(key)) this.examples.set(key, outcome.detail.replace(/\s+/g, " "));
    }
  }

  okSamples(groups: string[]): number[] {
    return groups.flatMap((g) => this.latencies.get(g) ?? []);
  }

  errorCount(): number {
    return [...this.errors.values()].reduce((a, b) => a + b, 0);
  }

  cutCount(): number {
    return [...this.cut.values()].reduce((a, b) => a + b, 0);
  }
}

// ---------------------------------------------------------------------------------------------
// Database and users

function removeDatabase(file: string) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  rmSync(path.join(path.dirname(file), `.${path.basename(file)}.initialized`), { force: true });
}

/** A fresh copy of a migrated, seeded and synthesised database (the template is kept for the next run). */
function freshDatabase() {
  mkdirSync(resultsDir, { recursive: true });
  if (!existsSync(templateFile)) {
    console.log(`bench: building ${path.relative(root, templateFile)} (${count} synthetic suppliers)`);
    const env = { DATABASE_URL: `file:${templateFile}` };
    run(tsx, ["--conditions=react-server", "scripts/prepare-db.ts"], env);
    run(tsx, ["--conditions=react-server", "scripts/synth.ts", "--count", String(count), "--seed", String(args.seed)], env);
    const t = new Database(templateFile);
    t.pragma("wal_checkpoint(TRUNCATE)");
    t.close();
  }
  removeDatabase(dbFile);
  copyFileSync(templateFile, dbFile);
}

type BenchUser = {
  id: string;
  email: string;
  ip: string;
  jar?: CookieJar;
  reviewsLeft: number;
  reportsLeft: number;
  reviewed: Set<number>;
  reported: Set<string>;
};

/**
 * Confirmed accounts written straight into the database, as the e2e fixtures and an operator's
 * script do (there is no test-only endpoint); the password hash is the app's own argon2id,
 * computed once. Each user has a client address of its own (a documentation-range IPv6 /64), so
 * the per-address limits count per user as they would for real people.
 */
async function createUsers(): Promise<BenchUser[][]> {
  const hash = await hashPassword(PASSWORD);
  const sqlite = new Database(dbFile);
  const insert = sqlite.prepare(
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "status", "emailVerified", "createdAt", "updatedAt")
     VALUES (?, ?, ?, ?, 'USER', 'ACTIVE', ?, ?, ?)`,
  );
  const now = new Date().toISOString().replace("Z", "+00:00");
  const pools: BenchUser[][] = [];
  sqlite.transaction(() => {
    for (let w = 0; w < writerCount; w++) {
      const pool: BenchUser[] = [];
      for (let i = 0; i < usersPerWriter; i++) {
        const id = `bench-w${w}-u${i}`;
        const email = `${id}@example.invalid`;
        insert.run(id, email, `Bench writer ${w}/${i}`, hash, now, now, now);
        pool.push({ id, email, ip: `2001:db8:${w.toString(16)}:${i.toString(16)}::1`, reviewsLeft: REVIEWS_PER_USER, reportsLeft: REPORTS_PER_USER, reviewed: new Set(), reported: new Set() });
      }
      pools.push(pool);
    }
  })();
  sqlite.close();
  return pools;
}

type Target = { id: number; slug: string; reviewIds: string[] };

function publishedSuppliers(): Target[] {
  const sqlite = new Database(dbFile, { readonly: true });
  const suppliers = sqlite.prepare(`SELECT "id", "slug" FROM "Supplier" WHERE "status" = 'PUBLISHED' ORDER BY "id"`).all() as { id: number; slug: string }[];
  const reviews = sqlite.prepare(`SELECT "id", "supplierId" FROM "Review" WHERE "status" = 'VISIBLE'`).all() as { id: string; supplierId: number }[];
  sqlite.close();
  const byId = new Map<number, Target>(suppliers.map((s) => [s.id, { ...s, reviewIds: [] }]));
  for (const r of reviews) byId.get(r.supplierId)?.reviewIds.push(r.id);
  return [...byId.values()];
}

// ---------------------------------------------------------------------------------------------
// Server

let server: ChildProcess | undefined;

/** `npm start` in a process group of its own, so that SIGKILL reaches every process of it. */
async function startServer(label: string): Promise<number> {
  const fd = openSync(serverLog, "a");
  writeFileSync(serverLog, `\n===== ${label} ${new Date().toISOString()}\n`, { flag: "a" });
  const started = performance.now();
  server = spawn("npm", ["start"], {
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: `file:${dbFile}`,
      TRUST_PROXY: "1",
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(path.join(root, "bench", "writes", "server-monitor.mjs")).href}`.trim(),
    },
    stdio: ["ignore", fd, fd],
  });
  closeSync(fd);
  const exited = new Promise<never>((_, reject) => server!.once("exit", (code) => reject(new Error(`server exited with ${code}; see ${serverLog}`))));
  for (let i = 0; i < 900; i++) {
    const up = await Promise.race([
      fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      ),
      exited,
    ]);
    if (up) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not become healthy within 3 minutes");
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));
}

async function stopServer(signal: "SIGTERM" | "SIGKILL") {
  if (!server?.pid) return;
  const child = server;
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
  await waitForExit(child);
  server = undefined;
}

/** Lines of the server log that speak of failures, grouped by their first words. */
function serverLogProblems(from: number): Map<string, number> {
  const text = readFileSync(serverLog, "utf8").slice(from);
  const out = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (!/SQLITE_|database is locked|Error|error|Transaction|P20\d\d|failed/.test(line)) continue;
    const key = line.trim().slice(0, 140);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

type MonitorLine = { at: number; loopP50: number; loopP99: number; loopMax: number; gcMs: number; gcMaxMs: number; cpuMs: number; rssMb: number };

/** The server's own view of a time window (bench/writes/server-monitor.mjs). */
function serverView(fromEpoch: number, toEpoch: number) {
  const lines = readFileSync(serverLog, "utf8")
    .split("\n")
    .filter((l) => l.startsWith("BENCH-MONITOR "))
    .map((l) => JSON.parse(l.slice("BENCH-MONITOR ".length)) as MonitorLine);
  const inside = lines.filter((l) => l.at > fromEpoch && l.at <= toEpoch + 5000);
  if (inside.length < 2) return undefined;
  const first = inside[0];
  const last = inside.at(-1)!;
  const windows = inside.slice(1);
  return {
    cpuShare: (last.cpuMs - first.cpuMs) / (last.at - first.at),
    loopMaxMs: Math.max(...windows.map((l) => l.loopMax)),
    loopP99MedianMs: stats(windows.map((l) => l.loopP99)).p50,
    gcMs: windows.reduce((a, l) => a + l.gcMs, 0),
    gcMaxMs: Math.max(...windows.map((l) => l.gcMaxMs)),
    rssMaxMb: Math.max(...windows.map((l) => l.rssMb)),
    seconds: (last.at - first.at) / 1000,
  };
}

// ---------------------------------------------------------------------------------------------
// Load

type Setup = {
  pools: BenchUser[][];
  suppliers: Target[];
  actions: { review: string; report: string };
  stamp: string;
};

function actionIds(): { review: string; report: string } {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const find = (name: string) => {
    const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === name)?.[0];
    if (!id) throw new Error(`no server action ${name} in the build`);
    return id;
  };
  return { review: find("saveReviewAction"), report: find("createReportAction") };
}

async function signInAll(pools: BenchUser[][]) {
  const users = pools.flat();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < users.length) {
        const user = users[next++];
        user.jar = await signIn(base, { email: user.email, password: PASSWORD, ip: user.ip });
      }
    }),
  );
  return performance.now() - started;
}

type PhaseResult = {
  name: string;
  seconds: number;
  tally: Tally;
  acks: Ack[];
  probe: number[];
  loadavg: { start: string; end: string; max1m: number };
  exhaustedWriters: number;
  writeAttempts: number;
  killedAtSeconds?: number;
  readers: number;
  clientLoopMaxMs: number;
  server?: ReturnType<typeof serverView>;
};

const attempted = new Set<string>();
/** Writes sent by each writer over all phases: a write's token (`w<writer>-<n>`) is never reused. */
const sentBy = new Map<number, number>();
const allAcks: Ack[] = [];
let ackSeq = 0;

function random<T>(list: readonly T[]): T {
  return list[Math.floor(Math.random() * list.length)];
}

/** English pages live at /…, the others under /ja/… and /zh/… (i18n/routing.ts). */
const LOCALE_PREFIXES = ["", "", "/ja", "/zh"] as const;
const REASONS = ["SPAM", "WRONG_INFO", "CLOSED", "ABUSE", "OTHER"] as const;

/**
 * One writer: picks what to write (half reviews, a quarter reports on listings, a quarter on
 * reviews), the next user of its own pool that may still write it within the rate limits, and a
 * target that user has not written about, then posts the form and waits for the answer.
 */
async function writer(w: number, setup: Setup, phase: string, t0: number, tally: Tally, acks: Ack[], stop: () => boolean, counters: { attempts: number; exhausted: number }) {
  const pool = setup.pools[w];
  let cursor = 0;
  while (!stop()) {
    const roll = Math.random();
    const wanted: WriteKind = roll < 0.5 ? "review" : roll < 0.75 ? "listing-report" : "review-report";
    const order: WriteKind[] = wanted === "review" ? ["review", "listing-report"] : [wanted, "review"];
    let user: BenchUser | undefined;
    let kind: WriteKind | undefined;
    for (const k of order) {
      for (let i = 0; i < pool.length && !user; i++) {
        const u = pool[(cursor + i) % pool.length];
        if (k === "review" ? u.reviewsLeft > 0 : u.reportsLeft > 0) {
          user = u;
          cursor = (cursor + i + 1) % pool.length;
        }
      }
      if (user) {
        kind = k;
        break;
      }
    }
    if (!user || !kind) {
      counters.exhausted++;
      return;
    }
    const n = (sentBy.get(w) ?? 0) + 1;
    sentBy.set(w, n);
    const token = `w${w}-${n}`;
    attempted.add(token);
    let supplier = random(setup.suppliers);
    let fields: Record<string, string>;
    const guard = { formStamp: setup.stamp, website: "" };
    if (kind === "review") {
      while (user.reviewed.has(supplier.id)) supplier = random(setup.suppliers);
      user.reviewed.add(supplier.id);
      user.reviewsLeft--;
      fields = {
        ...guard,
        supplierSlug: supplier.slug,
        rating: String(1 + Math.floor(Math.random() * 5)),
        title: `Bench review ${token}`,
        body: `[${token}] Quoted within a day, boards arrived as ordered; written by the write-load benchmark.`,
        ordered: "",
        visitedOn: "",
      };
    } else {
      let targetId: string;
      if (kind === "review-report") {
        while (supplier.reviewIds.length === 0) supplier = random(setup.suppliers);
        targetId = random(supplier.reviewIds);
      } else {
        targetId = supplier.slug;
      }
      // One open report per reporter and target is a rule; a user never repeats one.
      if (user.reported.has(targetId)) continue;
      user.reported.add(targetId);
      user.reportsLeft--;
      fields = { ...guard, target: kind === "review-report" ? "review" : "listing", targetId, reason: random(REASONS), details: `[${token}] Reported by the write-load benchmark.` };
    }
    counters.attempts++;
    const ack: Ack = { phase, kind, token, userId: user.id, atMs: 0 };
    const outcome = await postAction({
      base,
      pagePath: `${random(LOCALE_PREFIXES)}/suppliers/${supplier.slug}`,
      actionId: kind === "review" ? setup.actions.review : setup.actions.report,
      fields,
      jar: user.jar!,
      ip: user.ip,
      timeoutMs,
      expect: kind === "review" ? { redirectContains: "notice=review-created" } : { success: "thanks" },
      onAcknowledged: () => {
        ack.atMs = performance.now() - t0;
        ack.atMs = Math.round(ack.atMs);
        acks.push(ack);
        allAcks.push(ack);
        writeFileSync(ackLog, JSON.stringify({ seq: ++ackSeq, ...ack }) + "\n", { flag: "a" });
      },
    });
    tally.add(kind === "review" ? "write:review" : "write:report", outcome);
    // The review's answer confirms the write in its headers; its body is the redirected page.
    if (outcome.ok && outcome.ackMs !== undefined) tally.sample("write:review-confirmed", outcome.ackMs);
  }
}

// The search benchmark's query mix (30 of each kind, fixed seed): readers repeat them, as real
// visitors repeat popular searches.
const QUERIES = generateQueries(30, 1);

function readPath(setup: Setup): [string, string] {
  const roll = Math.random();
  const s = random(setup.suppliers);
  if (roll < 1 / 3) return ["read:detail", `${random(LOCALE_PREFIXES)}/suppliers/${s.slug}`];
  if (roll < 2 / 3) {
    const qs = random(QUERIES).qs;
    return ["read:api-list", `/api/suppliers${qs ? `?${qs}` : ""}`];
  }
  return ["read:api-reviews", `/api/suppliers/${s.slug}/reviews${Math.random() < 0.2 ? "?page=2" : ""}`];
}

async function reader(r: number, setup: Setup, tally: Tally, stop: () => boolean) {
  const ip = `198.51.100.${r % 250}`;
  while (!stop()) {
    const [group, p] = readPath(setup);
    tally.add(group, await getPage(base, p, ip, timeoutMs));
  }
}

/**
 * A TRACE request is answered by the front server (405) without Next or the database, so its
 * latency is the event loop's: it shows when the process is blocked (e.g. waiting for a SQLite
 * lock synchronously).
 */
async function probe(samples: number[], stop: () => boolean) {
  while (!stop()) {
    const started = performance.now();
    // fetch refuses TRACE; node:http sends it.
    const answered = await new Promise<boolean>((resolve) => {
      const req = request(`${base}/`, { method: "TRACE", timeout: timeoutMs }, (res) => {
        res.resume();
        res.on("end", () => resolve(true));
      });
      req.on("error", () => resolve(false));
      req.on("timeout", () => req.destroy());
      req.end();
    });
    if (answered) samples.push(performance.now() - started);
    await new Promise((res) => setTimeout(res, 100));
  }
}

/**
 * Runs the writers, readers and the probe for `seconds`. With `kill`, the phase goes on until at
 * least `kill.minAcks` writes were acknowledged in it too (under heavy load a write can take tens
 * of seconds), then calls `kill.run`; requests failing from that moment on were cut off by it.
 */
async function runPhase(name: string, setup: Setup, seconds: number, readers: number, kill?: { minAcks: number; run: () => Promise<void> }): Promise<PhaseResult> {
  const tally = new Tally();
  const acks: Ack[] = [];
  const probeSamples: number[] = [];
  const counters = { attempts: 0, exhausted: 0 };
  let stopped = false;
  const stop = () => stopped;
  const loadStart = load();
  let max1m = loadavg()[0];
  const sampler = setInterval(() => (max1m = Math.max(max1m, loadavg()[0])), 2000);
  const t0 = performance.now();
  const startEpoch = Date.now();
  const clientLoop = monitorEventLoopDelay({ resolution: 10 });
  clientLoop.enable();
  const tasks = [
    ...Array.from({ length: writerCount }, (_, w) => writer(w, setup, name, t0, tally, acks, stop, counters)),
    ...Array.from({ length: readers }, (_, r) => reader(r, setup, tally, stop)),
    probe(probeSamples, stop),
  ];
  await new Promise((r) => setTimeout(r, seconds * 1000));
  let killedAtSeconds: number | undefined;
  if (kill) {
    const giveUp = performance.now() + 300_000;
    while (acks.length < kill.minAcks && performance.now() < giveUp) await new Promise((r) => setTimeout(r, 250));
    tally.cutoff = performance.now();
    killedAtSeconds = (tally.cutoff - t0) / 1000;
    await kill.run();
  }
  stopped = true;
  await Promise.all(tasks);
  clearInterval(sampler);
  clientLoop.disable();
  return {
    name,
    seconds: (performance.now() - t0) / 1000,
    tally,
    acks,
    probe: probeSamples,
    loadavg: { start: loadStart, end: load(), max1m },
    exhaustedWriters: counters.exhausted,
    writeAttempts: counters.attempts,
    killedAtSeconds,
    readers,
    clientLoopMaxMs: clientLoop.max / 1e6,
    server: kill ? undefined : serverView(startEpoch, Date.now()),
  };
}

// ---------------------------------------------------------------------------------------------
// Report

function printPhase(p: PhaseResult) {
  const t = p.tally;
  console.log(`\n== ${p.name}: ${writerCount} writers, ${p.readers} readers, ${p.seconds.toFixed(1)} s, load average ${p.loadavg.start} → ${p.loadavg.end} (1-min max ${p.loadavg.max1m.toFixed(2)}, ${cpus().length} cores)`);
  console.log(`requests ${t.total} (${(t.total / p.seconds).toFixed(0)}/s); write attempts ${p.writeAttempts}, acknowledged ${p.acks.length} (${(p.acks.length / p.seconds).toFixed(1)}/s)`);
  console.log(`group                    n      p50     p95     p99     max  (ms, answered requests)`);
  const row = (label: string, s: ReturnType<typeof stats>) =>
    console.log(`${label.padEnd(22)} ${String(s.n).padStart(6)} ${ms(s.p50).padStart(8)} ${ms(s.p95).padStart(7)} ${ms(s.p99).padStart(7)} ${ms(s.max).padStart(7)}`);
  for (const g of ["read:detail", "read:api-list", "read:api-reviews", "write:review", "write:review-confirmed", "write:report"]) row(g, stats(t.okSamples([g])));
  row("reads (all)", stats(t.okSamples(["read:detail", "read:api-list", "read:api-reviews"])));
  row("writes (all)", stats(t.okSamples(["write:review", "write:report"])));
  row("TRACE probe", stats(p.probe));
  const sv = p.server;
  if (sv) {
    console.log(
      `server process: ${sv.cpuShare.toFixed(2)} cores of CPU over ${sv.seconds.toFixed(0)} s; event-loop delay max ${ms(sv.loopMaxMs)} ms ` +
        `(median of 5-s p99s ${ms(sv.loopP99MedianMs)} ms); GC pauses ${ms(sv.gcMs)} ms in all, longest ${ms(sv.gcMaxMs)} ms; RSS max ${sv.rssMaxMb.toFixed(0)} MB`,
    );
  }
  console.log(`load generator: event-loop delay max ${ms(p.clientLoopMaxMs)} ms`);
  const errors = [...t.errors].sort((a, b) => b[1] - a[1]);
  console.log(`errors reaching users${p.killedAtSeconds === undefined ? "" : " before the kill"}: ${t.errorCount()}`);
  for (const [k, v] of errors) {
    const [first, last] = t.seen.get(k)!;
    console.log(`  ${String(v).padStart(6)}  ${k} (${first.toFixed(1)}–${last.toFixed(1)} s)${t.examples.has(k) ? `  e.g. ${t.examples.get(k)!.slice(0, 120)}` : ""}`);
  }
  if (p.killedAtSeconds !== undefined) {
    console.log(`requests cut off by the kill (in flight at ${p.killedAtSeconds.toFixed(1)} s, or sent to the dead server): ${t.cutCount()}`);
    for (const [k, v] of [...t.cut].sort((a, b) => b[1] - a[1])) console.log(`  ${String(v).padStart(6)}  ${k}`);
  }
  if (p.exhaustedWriters) console.log(`${p.exhaustedWriters} writers ran out of users within the rate limits (raise --users-per-writer)`);
}

function printCheck(label: string, c: DatabaseCheck) {
  console.log(
    `${label}: ${c.acknowledged} acknowledged writes, missing ${c.missing.length}; ${c.landedWithoutAck} writes landed without an acknowledgement; ` +
      `unknown bench rows ${c.unknownRows}; rating mismatches ${c.ratingMismatches.length}; integrity_check: ${c.integrity}; foreign_key_check problems: ${c.foreignKeyProblems}`,
  );
  for (const m of c.missing.slice(0, 10)) console.log(`  MISSING ${JSON.stringify(m)}`);
  for (const m of c.ratingMismatches.slice(0, 5)) console.log(`  RATING ${JSON.stringify(m)}`);
}

function printLog(from: number) {
  const problems = serverLogProblems(from);
  const total = [...problems.values()].reduce((a, b) => a + b, 0);
  console.log(`server log lines about failures: ${total}`);
  for (const [line, n] of [...problems].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${String(n).padStart(6)}  ${line}`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("no production build: run npm run build first");
  console.log(`bench:writes  ${new Date().toISOString()}  load average ${load()} on ${cpus().length} cores`);
  freshDatabase();
  const pools = await createUsers();
  const suppliers = publishedSuppliers();
  rmSync(serverLog, { force: true });
  rmSync(ackLog, { force: true });
  const actions = actionIds();
  const ready = await startServer("start");
  console.log(`database: ${count} synthetic suppliers (${suppliers.length} published), ${pools.flat().length} users; server healthy after ${(ready / 1000).toFixed(1)} s`);
  try {
    const signInMs = await signInAll(pools);
    const first = pools[0][0];
    const page = await fetch(`${base}/suppliers/${suppliers[0].slug}`, { headers: { cookie: first.jar!.header(), "x-forwarded-for": first.ip } });
    const html = await page.text();
    for (const id of Object.values(actions)) if (!html.includes(id)) throw new Error(`action ${id} is not on the detail page`);
    const setup: Setup = { pools, suppliers, actions, stamp: formStampFrom(html) };
    console.log(`signed in ${pools.flat().length} users in ${(signInMs / 1000).toFixed(1)} s; actions ${actions.review} (review), ${actions.report} (report)`);
    // Warm-up, one request of each kind in each language, so that loading the routes' code is not
    // measured (the writes come in through the writers' own first requests only after this).
    for (const prefix of LOCALE_PREFIXES) {
      for (const p of [`${prefix}/suppliers/${suppliers[1].slug}`, "/api/suppliers?q=pcb", `/api/suppliers/${suppliers[1].slug}/reviews`]) {
        await getPage(base, p, "198.51.100.254", timeoutMs);
      }
    }
    // The form guard refuses forms sent within FORM_MIN_FILL_SECONDS (3) of being shown.
    await new Promise((r) => setTimeout(r, 3500));

    const logStart = readFileSync(serverLog, "utf8").length;
    const loadPhase = await runPhase("load", setup, loadSeconds, readerCount);
    printPhase(loadPhase);
    printLog(logStart);
    const loadCheck = checkDatabase(dbFile, allAcks, attempted);
    printCheck("database after the load", loadCheck);
    // The checks above block this process for seconds; meanwhile the server closed idle
    // keep-alive sockets, and the client must see those closes before it sends on them again.
    await new Promise((r) => setTimeout(r, 1000));

    let crash: { phase: PhaseResult; check: DatabaseCheck; restartMs: number; health: string } | undefined;
    if (!args["no-crash"]) {
      const logCrash = readFileSync(serverLog, "utf8").length;
      let killedAt = 0;
      const phase = await runPhase("crash", setup, crashAfterSeconds, crashReaders, {
        minAcks: crashMinAcks,
        run: async () => {
          killedAt = performance.now();
          await stopServer("SIGKILL");
        },
      });
      printPhase(phase);
      console.log(
        `server killed with SIGKILL ${phase.killedAtSeconds!.toFixed(1)} s into the load, ${phase.acks.length} writes acknowledged in this phase before the kill, ` +
          `${phase.tally.cut.size ? [...phase.tally.cut].filter(([k]) => k.startsWith("write:")).reduce((a, [, v]) => a + v, 0) : 0} write requests cut off`,
      );
      const restartMs = await startServer("restart after kill -9");
      const health = await (await fetch(`${base}/api/health`)).text();
      console.log(`restarted on the same database: healthy after ${(restartMs / 1000).toFixed(1)} s (${((performance.now() - killedAt) / 1000).toFixed(1)} s after the kill); /api/health ${health}`);
      printLog(logCrash);
      const check = checkDatabase(dbFile, allAcks, attempted);
      printCheck("database after kill -9 and restart", check);
      crash = { phase, check, restartMs, health };
    }

    const summary = (p: PhaseResult) => ({
      seconds: p.seconds,
      requests: p.tally.total,
      writeAttempts: p.writeAttempts,
      acknowledged: p.acks.length,
      errors: Object.fromEntries(p.tally.errors),
      cutByKill: p.tally.cutCount(),
      killedAtSeconds: p.killedAtSeconds,
      reads: stats(p.tally.okSamples(["read:detail", "read:api-list", "read:api-reviews"])),
      writes: stats(p.tally.okSamples(["write:review", "write:report"])),
      byGroup: Object.fromEntries([...p.tally.latencies].map(([g, l]) => [g, stats(l)])),
      probe: stats(p.probe),
      loadavg: p.loadavg,
      exhaustedWriters: p.exhaustedWriters,
    });
    writeFileSync(
      path.join(resultsDir, `writes-${new Date().toISOString().replace(/[:.]/g, "-")}.json`),
      JSON.stringify(
        {
          count,
          writers: writerCount,
          readers: readerCount,
          usersPerWriter,
          load: summary(loadPhase),
          loadCheck: { ...loadCheck, missing: loadCheck.missing.length },
          crash: crash && { ...summary(crash.phase), restartMs: crash.restartMs, health: crash.health, check: { ...crash.check, missing: crash.check.missing.length } },
        },
        null,
        2,
      ),
    );
  } finally {
    await stopServer("SIGTERM");
  }
}

await main();
