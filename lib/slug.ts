/** URL slugs: lower-case ASCII words joined by hyphens; names with no Latin letters fall back. */
export function slugify(input: string, fallback = "supplier"): string {
  const slug = input
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || fallback;
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** slugify stops at 80; the rest leaves room for a "-2" that tells namesakes apart. */
export const MAX_SLUG_LENGTH = 100;

/** The rule the database keeps too (the url_and_slug_rules migration). */
export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value);
}
