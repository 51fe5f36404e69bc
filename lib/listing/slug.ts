/**
 * The URL slug a new listing starts from: its name, with Chinese characters in pinyin (a name
 * without Latin letters would otherwise become the bare fallback).
 */
import { pinyin } from "pinyin-pro";
import { slugify } from "../slug";

const FALLBACK = "supplier";

const HAN = /\p{Script=Han}/u;

const romanise = (text: string) => pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive" }).join(" ");

export function listingSlugBase(names: { name: string; nameZh: string | null }): string {
  const fromName = slugify(HAN.test(names.name) ? romanise(names.name) : names.name, "");
  if (fromName !== "") return fromName;
  return names.nameZh ? slugify(romanise(names.nameZh), FALLBACK) : FALLBACK;
}

/** The first of base, base-2, base-3, … that is not taken. */
export function nextFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
