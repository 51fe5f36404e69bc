import type { Locator, Page } from "@playwright/test";

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
export const DESKTOP = { viewport: { width: 1366, height: 900 } } as const;

/** Presses Tab until `target` has focus; fails after `max` presses. Returns the presses used. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return i;
  }
  throw new Error(`focus did not reach the target in ${max} Tab presses`);
}

/** Sums the layout shifts not caused by input, from the start of the page's life. */
export async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) w.__cls += e.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

/** The filter panel (<details>) and its toggle. */
export function filterPanel(page: Page) {
  return page.locator("details[data-filter-panel]");
}

export function filterToggle(page: Page) {
  return filterPanel(page).locator("summary").first();
}

/** The result count heading, e.g. "41 suppliers". */
export function resultsHeading(page: Page) {
  return page.getByRole("heading", { level: 2, name: /^(No suppliers|\d+ suppliers?)$/ });
}
