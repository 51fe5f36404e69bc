import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SupplierSpec } from "@/server/test/factories";

// The database the test server runs on (see playwright.config.ts).
const E2E_DATABASE_URL = "file:./data/e2e.db";

/** Creates a published supplier in the running test server's database; returns its slug. */
export function createSupplier(spec: SupplierSpec): string {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const out = execFileSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", path.join(root, "e2e/pages/create-supplier.ts"), JSON.stringify(spec)],
    { cwd: root, env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL }, encoding: "utf8" },
  );
  return (JSON.parse(out.trim().split("\n").pop()!) as { slug: string }).slug;
}

/** A name no other test uses, so specs can run side by side and be run again. */
export function uniqueName(base: string): string {
  return `${base} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}
