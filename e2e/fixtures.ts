import { test as base, expect } from "@playwright/test";

// A 1×1 transparent PNG: map tiles are never fetched from the network in tests.
const TILE = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);

export const test = base.extend<{ stubTiles: void }>({
  stubTiles: [
    async ({ page }, use) => {
      await page.route("https://tile.openstreetmap.org/**", (route) => route.fulfill({ contentType: "image/png", body: TILE }));
      await use();
    },
    { auto: true },
  ],
});

export { expect };
