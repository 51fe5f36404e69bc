import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { DESKTOP, filterToggle, PHONE } from "./helpers";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const PAGES = [
  { name: "home", path: "/" },
  { name: "list", path: "/suppliers" },
  // Text narrows the facets: many zero-count (greyed) options.
  { name: "list with text", path: "/suppliers?q=pcb" },
  { name: "detail", path: "/suppliers/seg-electronics-market-seg-plaza" },
  { name: "404", path: "/suppliers/no-such-supplier" },
];

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

async function open(page: Page, path: string) {
  await page.goto(path);
  // The detail page's map (and its attribution) is drawn after hydration: check it too.
  if (path.startsWith("/suppliers/seg")) await expect(page.locator(".leaflet-control-attribution")).toBeVisible();
}

for (const locale of ["en", "ja", "zh"] as const) {
  const prefix = locale === "en" ? "" : `/${locale}`;
  for (const size of [
    { name: "desktop", use: DESKTOP },
    { name: "phone", use: PHONE },
  ]) {
    test.describe(`axe, WCAG 2.1 AA, ${locale}, ${size.name}`, () => {
      test.use(size.use);
      // A full axe run over a long page takes a while on a busy machine.
      test.describe.configure({ timeout: 60_000 });
      for (const p of PAGES) {
        test(`${p.name} has no violations`, async ({ page }) => {
          await open(page, prefix + (p.path === "/" && prefix ? "" : p.path));
          expect(await violations(page)).toEqual([]);
        });
      }
      if (size.name === "phone") {
        test("list with the filter panel open has no violations", async ({ page }) => {
          await page.goto(`${prefix}/suppliers?q=pcb`);
          await filterToggle(page).click();
          expect(await violations(page)).toEqual([]);
        });
      }
    });
  }
}
