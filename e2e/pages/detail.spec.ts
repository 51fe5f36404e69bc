import type { Locator, Page } from "@playwright/test";
import { addressParts } from "@/lib/cjk";
import { expect, test } from "../fixtures";
import { createSupplier, uniqueName } from "./data";
import { DESKTOP, PHONE } from "./helpers";

const top = async (l: Locator) => (await l.boundingBox())!.y;

/** The line (top of its box) each character of an element's text is drawn on. */
function characterLines(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const out: { char: string; top: number }[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getBoundingClientRect();
        if (rect.width > 0 && !/\s/.test(text[i])) out.push({ char: text[i], top: Math.round(rect.top) });
      }
    }
    return out;
  });
}

test.describe("supplier page on a phone", () => {
  test.use(PHONE);

  test("is ordered for the street: name, taxi card, contacts, map and “open in”, then what they make, then reviews", async ({ page }) => {
    const slug = createSupplier({
      name: uniqueName("Street Order Works"),
      nameZh: "街序电子",
      addressZh: "深圳市福田区华强北路1002号",
      category: "pcb-assembly",
      district: "dapeng",
      capabilities: ["smt", "bga"],
      moq: 50,
      acceptsPrototypes: true,
      languages: ["en"],
      website: "https://example.com/street-order",
      description: "Fictional supplier written by an end-to-end test.",
    });
    await page.goto(`/suppliers/${slug}`);
    const h1 = page.getByRole("heading", { level: 1 });
    const taxi = page.getByRole("region", { name: "Show this to a taxi driver" });
    const contacts = page.getByRole("region", { name: "Contacts" });
    const map = page.getByRole("region", { name: "Map" });
    const openIn = page.getByRole("navigation", { name: "Open in" });
    const making = page.getByRole("region", { name: "What they make and ordering" });
    const reviews = page.getByRole("region", { name: "Reviews" });
    const order = [h1, taxi, contacts, map, openIn, making, reviews];
    const tops = [];
    for (const l of order) tops.push(await top(l));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    // Taxi card and contacts within the first two screens.
    expect(await top(contacts)).toBeLessThan(2 * PHONE.viewport.height);

    await expect(making).toContainText("Minimum order");
    await expect(making).toContainText("50 pieces");
    // Known facts are not repeated among the unknown ones.
    const unknown = page.getByText(/^Not yet known:/);
    await expect(unknown).toHaveCount(1);
    await expect(unknown).toContainText("lead time");
    await expect(unknown).not.toContainText("minimum order");
    await expect(unknown).not.toContainText("contacts");
  });

  test("unknown facts are one line with a way to add them, not rows of “Not known”, and there are no empty cards", async ({ page }) => {
    await page.goto("/suppliers/seeed-studio");
    await expect(page.getByText("Not known", { exact: true })).toHaveCount(0);
    const unknown = page.getByText(/^Not yet known:/);
    await expect(unknown).toContainText("minimum order");
    await expect(unknown).toContainText("lead time");
    await expect(unknown.getByRole("link", { name: "Know them? Suggest an edit" })).toHaveAttribute("href", "/suppliers/seeed-studio/edit");
    for (const section of await page.locator("article section").all()) {
      const heading = ((await section.getByRole("heading").first().textContent()) ?? "").trim();
      const text = ((await section.textContent()) ?? "").replace(heading, "").trim();
      expect(text.length, `section “${heading}” has content`).toBeGreaterThan(0);
    }
  });

  test("an approximate point is not printed with false precision; an exact one is", async ({ page }) => {
    await page.goto("/suppliers/seeed-studio");
    const location = page.getByRole("region", { name: "Location" });
    await expect(location).toContainText(/about 22\.\d\d, 113\.\d\d \(area only\)/);
    expect(await location.textContent()).not.toMatch(/\d+\.\d{3,}/);

    await page.goto("/suppliers/seg-electronics-market-seg-plaza");
    await expect(page.getByRole("region", { name: "Location" })).toContainText("22.54361, 114.08111");
  });

  test("the taxi card's Chinese address wraps between its parts, never inside a place name", async ({ page }) => {
    await page.goto("/suppliers/seg-electronics-market-seg-plaza");
    const address = "广东省深圳市福田区华强北路1002号 赛格广场";
    const lines = await characterLines(page, '[aria-labelledby="taxi"] p[lang="zh-Hans"] >> nth=0');
    expect(lines.map((l) => l.char).join("")).toBe(address.replace(" ", ""));
    expect(new Set(lines.map((l) => l.top)).size).toBeGreaterThan(1);
    let i = 0;
    for (const part of addressParts(address)) {
      const chars = lines.slice(i, i + part.trim().length);
      i += part.trim().length;
      expect(new Set(chars.map((c) => c.top)).size, `“${part}” on one line`).toBeLessThanOrEqual(1);
    }
  });

  test("the listing's own links are phone-sized targets: suggest an edit, report it, its sources", async ({ page }) => {
    await page.goto("/suppliers/seeed-studio");
    const own = page.getByRole("complementary", { name: "About this listing" });
    const targets = [
      own.getByRole("link", { name: "Suggest an edit" }),
      own.getByRole("link", { name: "Report this listing" }),
      own.locator("summary", { hasText: "Sources" }),
    ];
    for (const target of targets) expect((await target.boundingBox())!.height, (await target.textContent())!).toBeGreaterThanOrEqual(44);
  });
});

test.describe("supplier page on a wide screen", () => {
  test.use(DESKTOP);

  test("keeps the same order, the street column first", async ({ page }) => {
    await page.goto("/suppliers/seeed-studio");
    const taxi = page.getByRole("region", { name: "Show this to a taxi driver" });
    const about = page.getByRole("region", { name: "About" });
    expect((await taxi.boundingBox())!.x).toBeLessThan((await about.boundingBox())!.x);
    expect(Math.abs((await top(taxi)) - (await top(about)))).toBeLessThan(5);
  });
});
