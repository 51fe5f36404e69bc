/**
 * Lighthouse performance figures (mobile preset: simulated slow 4G and a 4× slower CPU) for a
 * few pages of an already started server, in the installed Chromium.
 *
 *   npm run lighthouse -- [BASE_URL] [--runs N] [--path /x …] [--block PATTERN …]
 *
 * BASE_URL defaults to http://127.0.0.1:3000; the pages default to /, /suppliers and one
 * supplier's page. With --runs N each page is measured N times and the median is printed.
 * Map tiles are blocked (never fetched from the internet): the OpenStreetMap tile servers by
 * default, plus any --block pattern (Lighthouse URL patterns, `*` as wildcard) for another
 * MAP_TILE_URL. Chromium comes from CHROME_PATH (the npm script sets /usr/bin/chromium).
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const DEFAULT_PATHS = ["/", "/suppliers", "/suppliers/seg-electronics-market-seg-plaza"];
const TILE_PATTERNS = ["*tile.openstreetmap.org*", "*tile.osm.org*"];

type Options = { base: string; runs: number; paths: string[]; block: string[] };

function parseArgs(argv: string[]): Options {
  const options: Options = { base: "http://127.0.0.1:3000", runs: 1, paths: [], block: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === "--runs") options.runs = Math.max(1, Number.parseInt(value(), 10) || 1);
    else if (arg === "--path") options.paths.push(value());
    else if (arg === "--block") options.block.push(value());
    else if (/^https?:\/\//.test(arg)) options.base = arg.replace(/\/$/, "");
    else throw new Error(`unknown argument ${arg}`);
  }
  if (options.paths.length === 0) options.paths = DEFAULT_PATHS;
  return options;
}

type Figures = { score: number; cls: number; lcp: number; tbt: number; fcp: number };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function measure(url: string, port: number, block: string[]): Promise<Figures> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance"],
    blockedUrlPatterns: block,
  });
  if (!result) throw new Error(`no Lighthouse result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    cls: audit("cumulative-layout-shift"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    fcp: audit("first-contentful-paint"),
  };
}

const options = parseArgs(process.argv.slice(2));
// Chromium refuses to start sandboxed as root (containers, CI).
const chromeFlags = ["--headless=new", "--disable-gpu", ...(process.getuid?.() === 0 ? ["--no-sandbox"] : [])];
const chrome = await chromeLauncher.launch({ chromeFlags });
try {
  console.log(`Lighthouse mobile preset, ${options.runs} run(s) per page, median; base ${options.base}`);
  console.log(["page".padEnd(48), "perf", "CLS".padStart(6), "LCP ms".padStart(7), "TBT ms".padStart(7), "FCP ms".padStart(7), "  scores of the runs"].join("  "));
  for (const path of options.paths) {
    const runs: Figures[] = [];
    for (let i = 0; i < options.runs; i++) runs.push(await measure(options.base + path, chrome.port, [...TILE_PATTERNS, ...options.block]));
    const pick = (k: keyof Figures) => median(runs.map((r) => r[k]));
    console.log(
      [
        path.padEnd(48),
        String(pick("score")).padStart(4),
        pick("cls").toFixed(3).padStart(6),
        String(Math.round(pick("lcp"))).padStart(7),
        String(Math.round(pick("tbt"))).padStart(7),
        String(Math.round(pick("fcp"))).padStart(7),
        // The spread says how much the machine's load moved the figures.
        `  ${runs.map((r) => r.score).join(" ")}`,
      ].join("  "),
    );
  }
} finally {
  chrome.kill();
}
