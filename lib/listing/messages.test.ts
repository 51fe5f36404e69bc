import { describe, expect, it } from "vitest";
import { messagesByLocale, type Messages } from "@/messages/index";
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from "../audit";
import { LISTING_FIELD_NAMES } from "./fields";
import { IMPORT_ERROR_KEYS } from "./import";
import { REJECTION_CODES } from "./reasons";
import { LISTING_ERROR_KEYS } from "./schema";

function lookup(messages: Messages, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (typeof node === "object" && node !== null ? (node as Messages)[part] : undefined), messages);
}

/** Every message key the moderation code hands to the interface, as next-intl resolves it. */
const KEYS = [
  ...LISTING_ERROR_KEYS,
  ...IMPORT_ERROR_KEYS,
  ...[...LISTING_FIELD_NAMES, "source"].map((f) => `listingForm.fields.${f}`),
  ...REJECTION_CODES.map((c) => `moderation.rejection.${c}`),
  ...AUDIT_ACTIONS.map((a) => `audit.actions.${a}`),
  ...AUDIT_TARGET_TYPES.map((t) => `audit.targetTypes.${t}`),
];

describe("moderation message keys", () => {
  for (const locale of ["en", "ja", "zh"] as const) {
    it(`exist in ${locale}`, () => {
      expect(KEYS.filter((k) => typeof lookup(messagesByLocale[locale], k) !== "string")).toEqual([]);
    });
  }
});
