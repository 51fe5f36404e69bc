import { describe, expect, it } from "vitest";
import { messagesByLocale, type Messages } from "./index";

function keys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

describe("message files", () => {
  const en = new Set(keys(messagesByLocale.en));
  for (const locale of ["ja", "zh"] as const) {
    const translated = new Set(keys(messagesByLocale[locale]));
    it(`${locale} has no key that English lacks`, () => {
      expect([...translated].filter((k) => !en.has(k))).toEqual([]);
    });
    // The English fallback is a safety net for a deployment, not a way to ship untranslated UI.
    it(`${locale} translates every English key`, () => {
      expect([...en].filter((k) => !translated.has(k))).toEqual([]);
    });
  }
});
