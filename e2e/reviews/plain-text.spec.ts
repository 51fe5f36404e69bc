import { expect, test } from "../fixtures";
import { writeReview } from "./review-page";

const HOSTILE = [
  `<script>window.__xss = 1</script> <b>bold?</b> <img src=x onerror="window.__xss = 2">`,
  `[a link](https://evil.example/md) and https://evil.example/plain`,
  `</script><script>window.__xss = 3</script> still just text.`,
].join("\n");

test("review text is plain text on the page, in the API and in JSON-LD", async ({ page, login, createSupplier }) => {
  const supplier = await createSupplier();
  await login({ name: "Plain Writer" });
  await page.goto(`/suppliers/${supplier.slug}`);
  await writeReview(page, { stars: 3, body: HOSTILE });

  const item = page.getByRole("region", { name: "Reviews" }).getByRole("listitem").filter({ hasText: "by Plain Writer" });
  const body = item.locator("p").filter({ hasText: "window.__xss = 1" });
  expect(await body.innerText()).toBe(HOSTILE);
  await expect(item.locator("b, img, script")).toHaveCount(0);
  await expect(item.getByRole("link")).toHaveCount(0);
  expect(await body.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe("pre-line");
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  const api = await (await page.request.get(`/api/suppliers/${supplier.slug}/reviews`)).json();
  expect(api.items[0].body).toBe(HOSTILE);

  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(1);
  const ld = JSON.parse((await scripts.textContent()) ?? "");
  expect(ld.review[0]).toMatchObject({ "@type": "Review", reviewBody: HOSTILE, author: { name: "Plain Writer" }, reviewRating: { ratingValue: 3 } });
  expect(ld.aggregateRating).toMatchObject({ ratingValue: 3, reviewCount: 1 });
});
