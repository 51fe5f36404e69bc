import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientMessages, messagesByLocale } from "./index";

const root = join(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const clientFiles = ["components", "app"].flatMap((d) => sourceFiles(join(root, d))).filter((f) => /^\s*["']use client["']/m.test(readFileSync(f, "utf8")));
const namespaces = new Set(Object.keys(messagesByLocale.en));
const allowed = new Set<string>(CLIENT_NAMESPACES);

describe("messages sent to the browser", () => {
  it("include every namespace a client component translates with", () => {
    const missing: string[] = [];
    for (const file of clientFiles) {
      for (const [, key] of readFileSync(file, "utf8").matchAll(/useTranslations\(\s*["'`]([^"'`]+)["'`]/g)) {
        const ns = key.split(".")[0];
        if (!allowed.has(ns)) missing.push(`${relative(root, file)}: ${key}`);
      }
    }
    expect(clientFiles.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it("include every namespace of the message keys that form schemas return (forms translate them in the browser)", () => {
    const missing = new Set<string>();
    for (const file of sourceFiles(join(root, "lib"))) {
      for (const [, ns] of readFileSync(file, "utf8").matchAll(/["'`]([a-zA-Z]+)\.[a-zA-Z][\w.]*["'`]/g)) {
        if (namespaces.has(ns) && !allowed.has(ns)) missing.add(`${relative(root, file)}: ${ns}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it("leave out the rest", () => {
    const sent = clientMessages(messagesByLocale.en);
    expect(Object.keys(sent).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    expect(sent.admin).toBeUndefined();
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(messagesByLocale.en).length * 0.7);
  });
});
