import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * Specs that add or change published data (accounts, reviews, submissions, moderation)
 * run after the read-only ones: the browse specs count and page through the seeded suppliers,
 * and a supplier appearing or vanishing half-way would break them. Run one of them on its own
 * with `--no-deps`.
 */
const WRITES = /[\\/]e2e[\\/](account|reviews|submit|admin)[\\/][^\\/]+\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  // Generous: a few journeys (keyboard-only filtering, axe on the map) take many steps on a 2-core machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"], ["json", { outputFile: ".reports/playwright.json" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not reachable here.
      executablePath: "/usr/bin/chromium",
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "reads", testIgnore: WRITES },
    { name: "writes", testMatch: WRITES, dependencies: ["reads"] },
  ],
  webServer: {
    // A fresh database for every run, migrated and seeded by the same start-up as production;
    // --init because start-up otherwise refuses to replace a database that existed before.
    command: "rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm && node --import tsx scripts/start.ts --init",
    url: `http://127.0.0.1:${PORT}/api/health`,
    env: {
      PORT: String(PORT),
      DATABASE_URL: "file:./data/e2e.db",
      SITE_URL: `http://127.0.0.1:${PORT}`,
      MAP_TILE_URL: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
      // Tests act as different clients behind one trusted proxy (X-Forwarded-For per test, see
      // e2e/fixtures.ts), and fill forms faster than a person could.
      TRUST_PROXY: "1",
      FORM_MIN_FILL_SECONDS: "0",
    },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
