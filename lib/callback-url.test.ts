import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps a path on this site with its query and fragment, without the locale prefix", () => {
    expect(safeCallbackPath("/suppliers/seeed-studio?reviews=2#reviews")).toBe("/suppliers/seeed-studio?reviews=2#reviews");
    expect(safeCallbackPath("/ja/me")).toBe("/me");
    expect(safeCallbackPath("/zh")).toBe("/");
    expect(safeCallbackPath("/japan")).toBe("/japan");
  });

  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "\\\\evil", "me", "", null, 42, "/a\nb", `/${"a".repeat(600)}`])(
    "refuses %s",
    (raw) => {
      expect(safeCallbackPath(raw)).toBeNull();
    },
  );
});
