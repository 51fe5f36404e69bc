import type { Page } from "@playwright/test";

/** The result cards of the supplier list: each is an article whose heading links to the supplier. */
export function results(page: Page) {
  return page.getByRole("region", { name: /supplier/i }).getByRole("article");
}

export function resultNames(page: Page) {
  return results(page).getByRole("heading", { level: 3 });
}

/** "Showing 21–40 of 41" under the result count. */
export function rangeText(page: Page) {
  return page.getByText(/^Showing \d+–\d+ of \d+$/);
}
