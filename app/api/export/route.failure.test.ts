import { describe, expect, it, vi } from "vitest";

// A database that answers the first batch and then fails.
vi.mock("@/server/data/export", () => ({
  async *exportPublishedSuppliers() {
    yield [];
    throw new Error("disk I/O error");
  },
}));

const { GET } = await import("./route");

describe("GET /api/export when the database fails part-way", () => {
  it.each(["csv", "geojson"])("errors the %s body instead of ending it as if complete", async (format) => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await GET(new Request(`http://test/api/export?format=${format}`));
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow(/disk I\/O error/);
  });
});
