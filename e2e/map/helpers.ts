import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The map region of the /map page. */
export const mapRegion = (page: Page) => page.getByRole("region", { name: "Map of suppliers" });

/** Cluster markers on the map: buttons named "Zoom in: N suppliers …". */
export const clusterMarkers = (page: Page) => mapRegion(page).getByRole("button", { name: /^Zoom in: \d+ suppliers/ });

/** The side list (a drawer on phones) of what is in view. */
export const sidePanel = (page: Page) => page.getByRole("region", { name: "Filters and suppliers in view" });

/** The "N suppliers in view" status, as a number. */
export async function inViewCount(page: Page): Promise<number> {
  const text = await page.getByRole("status").filter({ hasText: /in view/ }).textContent();
  const m = /(\d+) suppliers? in view|No suppliers in view/.exec(text ?? "");
  expect(m, `status text "${text}"`).not.toBeNull();
  return m![1] ? Number(m![1]) : 0;
}

export const urlParam = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
