import { beforeAll, describe, expect, it } from "vitest";
import { reviewSchema } from "@/lib/schemas/review";
import { db } from "@/server/db";
import { createReview } from "@/server/data/reviews";
import { createSupplier, createUser } from "@/server/test/factories";
import { GET } from "./route";

const call = async (slug: string, qs = "") => {
  const res = await GET(new Request(`http://test/api/suppliers/${slug}/reviews${qs}`), { params: Promise.resolve({ slug }) });
  return { status: res.status, body: await res.json() };
};

const MARKUP = `<script>alert("x")</script> <b>bold</b> [link](https://evil.example) https://evil.example/path`;

beforeAll(async () => {
  const s = await createSupplier({ name: "API Reviews Fab" });
  await createSupplier({ name: "API Pending Fab", status: "PENDING" });
  for (let i = 0; i < 12; i++) {
    const u = await createUser({ name: i === 0 ? null : `Reviewer ${i}` });
    const r = await createReview({
      actor: u,
      supplierId: s.id,
      input: reviewSchema.parse({ rating: String((i % 5) + 1), body: i === 11 ? `${MARKUP}\nSecond line of a long enough review.` : `Review number ${i} with enough words to pass.` }),
    });
    // Distinct, increasing creation times so "newest first" is observable.
    await db.review.update({ where: { id: r.id }, data: { createdAt: new Date(Date.UTC(2026, 0, 1 + i)) } });
  }
  const hiddenAuthor = await createUser();
  const hidden = await createReview({ actor: hiddenAuthor, supplierId: s.id, input: reviewSchema.parse({ rating: "1", body: "A hidden review that must never leave the API." }) });
  await db.review.update({ where: { id: hidden.id }, data: { status: "HIDDEN", createdAt: new Date(Date.UTC(2027, 0, 1)) } });
});

describe("GET /api/suppliers/[slug]/reviews", () => {
  it("answers the contract shape, newest first, visible reviews only", async () => {
    const { status, body } = await call("api-reviews-fab");
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(["items", "page", "pageSize", "total"]);
    expect(body).toMatchObject({ total: 12, page: 1, pageSize: 10 });
    expect(body.items).toHaveLength(10);
    const dates = body.items.map((i: { createdAt: string }) => i.createdAt);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(body.items.some((i: { body: string }) => i.body.includes("hidden"))).toBe(false);
    expect(body.items[0]).toMatchObject({ rating: expect.any(Number), body: expect.any(String), authorName: "Reviewer 11" });
    expect(body.items[0]).not.toHaveProperty("authorId");
  });

  it("returns review text as the plain text that was written", async () => {
    const { body } = await call("api-reviews-fab");
    expect(body.items[0].body).toBe(`${MARKUP}\nSecond line of a long enough review.`);
  });

  it("pages, and an empty page past the end", async () => {
    expect((await call("api-reviews-fab", "?page=2")).body).toMatchObject({ page: 2, total: 12 });
    expect((await call("api-reviews-fab", "?page=2")).body.items).toHaveLength(2);
    expect((await call("api-reviews-fab", "?page=9")).body.items).toEqual([]);
  });

  it.each(["?page=0", "?page=-1", "?page=abc", "?page=1.5", "?page=", "?page=1000000"])("answers 400 for %s", async (qs) => {
    const { status, body } = await call("api-reviews-fab", qs);
    expect(status).toBe(400);
    expect(body.error.code).toBe("BAD_REQUEST");
  });

  it("answers 404 for unknown and unpublished suppliers", async () => {
    for (const slug of ["nope", "api-pending-fab"]) {
      const { status, body } = await call(slug);
      expect(status).toBe(404);
      expect(body.error.code).toBe("NOT_FOUND");
    }
  });
});
